package com.example.commerce.query.inventory;

import com.example.commerce.api.common.Sku;
import com.example.commerce.api.inventory.ReservationRefused;
import com.example.commerce.api.inventory.StockAdjusted;
import com.example.commerce.api.inventory.StockCommitted;
import com.example.commerce.api.inventory.StockReleased;
import com.example.commerce.api.inventory.StockReserved;
import com.example.commerce.api.inventory.StockRestocked;
import com.example.commerce.api.inventory.StockReturned;
import com.example.commerce.query.projection.Generations;
import com.example.commerce.query.projection.Projection;
import java.util.List;
import java.util.function.UnaryOperator;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps on hand and reserved per SKU. The counts move by deltas, so each row remembers the last
 * sequence number of its Inventory aggregate that it applied, and an event at or below it (a
 * redelivery) changes nothing.
 */
@Component
@ProcessingGroup(InventoryProjection.NAME)
public class InventoryProjection implements Projection {

    public static final String NAME = "inventory-view";

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
        for (int generation : generations.targets(NAME, replay)) {
            List<Row> rows = jdbc.query("SELECT on_hand, reserved, last_sequence FROM inventory_view_stock"
                            + " WHERE generation = ? AND sku = ?",
                    (rs, i) -> new Row(new Counts(rs.getInt("on_hand"), rs.getInt("reserved")),
                            rs.getLong("last_sequence")),
                    generation, sku.value());
            if (rows.isEmpty()) {
                Counts counts = change.apply(new Counts(0, 0));
                jdbc.update("INSERT INTO inventory_view_stock (generation, sku, on_hand, reserved, last_sequence)"
                                + " VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                        generation, sku.value(), counts.onHand(), counts.reserved(), seq);
            } else if (seq > rows.get(0).lastSequence()) {
                Counts counts = change.apply(rows.get(0).counts());
                jdbc.update("UPDATE inventory_view_stock SET on_hand = ?, reserved = ?, last_sequence = ?"
                                + " WHERE generation = ? AND sku = ? AND last_sequence < ?",
                        counts.onHand(), counts.reserved(), seq, generation, sku.value(), seq);
            }
        }
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

    private record Row(Counts counts, long lastSequence) {
    }
}
