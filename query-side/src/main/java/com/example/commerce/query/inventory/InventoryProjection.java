package com.example.commerce.query.inventory;

import com.example.commerce.api.common.Sku;
import com.example.commerce.api.inventory.InventoryEvent;
import com.example.commerce.api.inventory.ReservationRefused;
import com.example.commerce.api.inventory.StockAdjusted;
import com.example.commerce.api.inventory.StockCommitted;
import com.example.commerce.api.inventory.StockReleased;
import com.example.commerce.api.inventory.StockReserved;
import com.example.commerce.api.inventory.StockRestocked;
import com.example.commerce.api.inventory.StockReturned;
import com.example.commerce.query.projection.Generations;
import com.example.commerce.query.projection.ProcessorBatch;
import com.example.commerce.query.projection.Projection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.Message;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps on hand and reserved per SKU. The counts move by deltas, so each row remembers the last
 * sequence number of its Inventory aggregate that it applied, and an event at or below it (a
 * redelivery) changes nothing. A processor batch folds its events per SKU and writes each row
 * once ({@link StockBatch}).
 */
@Component
@ProcessingGroup(InventoryProjection.NAME)
public class InventoryProjection implements Projection {

    public static final String NAME = "inventory-view";
    private static final String BATCH_RESOURCE = InventoryProjection.class.getName() + ".batch";

    private final JdbcTemplate jdbc;
    private final Generations generations;

    public InventoryProjection(JdbcTemplate jdbc, Generations generations) {
        this.jdbc = jdbc;
        this.generations = generations;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> tables() {
        return List.of("inventory_view_stock");
    }

    @EventHandler
    void on(StockRestocked event, @SequenceNumber Long sequence, ReplayStatus replay) {
        apply(event.sku(), sequence, replay, stock -> stock.withOnHand(event.onHand()));
    }

    @EventHandler
    void on(StockAdjusted event, @SequenceNumber Long sequence, ReplayStatus replay) {
        apply(event.sku(), sequence, replay, stock -> stock.withOnHand(event.onHand()));
    }

    @EventHandler
    void on(StockReserved event, @SequenceNumber Long sequence, ReplayStatus replay) {
        apply(event.sku(), sequence, replay, stock -> stock.plus(0, event.quantity()));
    }

    @EventHandler
    void on(ReservationRefused event, @SequenceNumber Long sequence, ReplayStatus replay) {
        apply(event.sku(), sequence, replay, UnaryOperator.identity());
    }

    @EventHandler
    void on(StockReleased event, @SequenceNumber Long sequence, ReplayStatus replay) {
        apply(event.sku(), sequence, replay, stock -> stock.plus(0, -event.quantity()));
    }

    @EventHandler
    void on(StockCommitted event, @SequenceNumber Long sequence, ReplayStatus replay) {
        apply(event.sku(), sequence, replay, stock -> stock.plus(-event.quantity(), -event.quantity()));
    }

    @EventHandler
    void on(StockReturned event, @SequenceNumber Long sequence, ReplayStatus replay) {
        apply(event.sku(), sequence, replay, stock -> stock.plus(event.quantity(), 0));
    }

    private void apply(Sku sku, Long sequence, ReplayStatus replay, UnaryOperator<Counts> change) {
        long seq = sequence == null ? Long.MAX_VALUE : sequence;
        boolean inBatch = ProcessorBatch.isRunning();
        StockBatch batch = inBatch
                ? ProcessorBatch.fold(BATCH_RESOURCE, messages -> new StockBatch(jdbc, skusOf(messages)), StockBatch::write)
                : new StockBatch(jdbc, Set.of(sku.value()));
        for (int generation : generations.targets(NAME, replay)) {
            batch.apply(generation, sku.value(), seq, change);
        }
        if (!inBatch) {
            batch.write();
        }
    }

    /** The SKUs of the batch's inventory events; payloads of other events are left unread. */
    private static Set<String> skusOf(List<? extends Message<?>> messages) {
        Set<String> skus = new HashSet<>();
        for (Message<?> message : messages) {
            if (InventoryEvent.class.isAssignableFrom(message.getPayloadType())) {
                skus.add(((InventoryEvent) message.getPayload()).sku().value());
            }
        }
        return skus;
    }

    /** On hand and reserved units. */
    record Counts(int onHand, int reserved) {

        Counts withOnHand(int newOnHand) {
            return new Counts(newOnHand, reserved);
        }

        Counts plus(int onHandDelta, int reservedDelta) {
            return new Counts(onHand + onHandDelta, reserved + reservedDelta);
        }
    }

}
