package com.example.commerce.query.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.commerce.api.common.OrderId;
import com.example.commerce.api.common.Sku;
import com.example.commerce.api.inventory.InventoryEvent;
import com.example.commerce.api.inventory.ReservationRefused;
import com.example.commerce.api.inventory.StockAdjusted;
import com.example.commerce.api.inventory.StockCommitted;
import com.example.commerce.api.inventory.StockReleased;
import com.example.commerce.api.inventory.StockReserved;
import com.example.commerce.api.inventory.StockRestocked;
import com.example.commerce.api.inventory.StockReturned;
import com.example.commerce.query.ReadModelDatabase;
import com.example.commerce.query.projection.Generations;
import java.util.List;
import java.util.UUID;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.junit.jupiter.api.Test;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;

class InventoryProjectionTest {

    private static final Sku SKU = Sku.of("TEE-RED-L");

    private final JdbcTemplate jdbc = ReadModelDatabase.create();
    private final Generations generations = new Generations(jdbc);
    private final InventoryProjectionDriver events = new InventoryProjectionDriver(jdbc, generations);
    private final InventoryReader reader = new InventoryReader(jdbc, generations);
    private final OrderId first = OrderId.of(UUID.randomUUID());
    private final OrderId second = OrderId.of(UUID.randomUUID());

    @Test
    void followsStockThroughReservationPaymentAndReturn() {
        events.on(new StockRestocked(SKU, 10, 10), 0);
        events.on(new StockReserved(SKU, first, 3), 1);
        events.on(new StockReserved(SKU, second, 2), 2);
        events.on(new ReservationRefused(SKU, OrderId.of(UUID.randomUUID()), 9, 5), 3);
        assertThat(stock()).isEqualTo(StockView.of("TEE-RED-L", 10, 5));

        events.on(new StockReleased(SKU, second, 2), 4);
        events.on(new StockCommitted(SKU, first, 3), 5);
        assertThat(stock()).isEqualTo(new StockView("TEE-RED-L", 7, 0, 7));

        events.on(new StockReturned(SKU, first, 3), 6);
        events.on(new StockAdjusted(SKU, -4, "stocktake", 6), 7);
        assertThat(stock()).isEqualTo(new StockView("TEE-RED-L", 6, 0, 6));
    }

    @Test
    void changesNothingWhenAnEventIsDeliveredAgain() {
        events.on(new StockRestocked(SKU, 10, 10), 0);
        events.on(new StockReserved(SKU, first, 3), 1);

        events.on(new StockReserved(SKU, first, 3), 1);
        events.on(new StockRestocked(SKU, 10, 10), 0);

        assertThat(stock()).isEqualTo(StockView.of("TEE-RED-L", 10, 3));
    }

    @Test
    void rebuildsIntoTheNextGenerationWhileTheActiveOneKeepsServing() {
        events.on(new StockRestocked(SKU, 10, 10), 0);
        events.on(new StockReserved(SKU, first, 3), 1);
        jdbc.update("UPDATE projection_generation SET building_generation = 2, status = 'rebuilding'"
                + " WHERE name = 'inventory-view'");
        generations.forget(InventoryProjection.NAME);

        events.on(new StockRestocked(SKU, 10, 10), 0, ReplayStatus.REPLAY);
        events.on(new StockReserved(SKU, first, 3), 1, ReplayStatus.REPLAY);
        events.on(new StockReleased(SKU, first, 3), 2, ReplayStatus.REGULAR);

        assertThat(stock()).isEqualTo(StockView.of("TEE-RED-L", 10, 0));
        jdbc.update("UPDATE projection_generation SET active_generation = 2, building_generation = NULL,"
                + " status = 'serving' WHERE name = 'inventory-view'");
        assertThat(stock()).isEqualTo(StockView.of("TEE-RED-L", 10, 0));
    }

    @Test
    void foldsAProcessorBatchPerSkuAndSkipsWhatTheRowsHaveAlready() {
        Sku other = Sku.of("TEE-BLUE-M");
        events.on(new StockRestocked(SKU, 10, 10), 0);

        inOneBatch(event(new StockReserved(SKU, first, 3), 1), event(new StockRestocked(other, 5, 5), 0),
                event(new StockReserved(SKU, second, 2), 2), event(new StockReserved(SKU, first, 3), 1),
                event(new StockRestocked(SKU, 10, 10), 0), event(new StockReserved(other, first, 1), 1));

        assertThat(stock()).isEqualTo(StockView.of("TEE-RED-L", 10, 5));
        assertThat(reader.stock(other.value())).contains(StockView.of("TEE-BLUE-M", 5, 1));
    }

    @Test
    void handlesABatchAgainRatherThanOverwriteARowChangedAfterItWasRead() {
        events.on(new StockRestocked(SKU, 10, 10), 0);
        BatchingUnitOfWork<?> batch = new BatchingUnitOfWork<>(List.of(event(new StockReserved(SKU, first, 3), 1)));

        assertThatThrownBy(() -> batch.execute(() -> {
            handleCurrentMessage();
            jdbc.update("UPDATE inventory_view_stock SET reserved = 2, last_sequence = 1 WHERE sku = ?", SKU.value());
        })).isInstanceOf(OptimisticLockingFailureException.class);

        assertThat(stock()).isEqualTo(StockView.of("TEE-RED-L", 10, 2));
    }

    /** Handles the events as a processor handles one batch: in one unit of work, each row written as it commits. */
    private void inOneBatch(DomainEventMessage<?>... messages) {
        new BatchingUnitOfWork<>(List.of(messages)).execute(this::handleCurrentMessage);
    }

    private void handleCurrentMessage() {
        DomainEventMessage<?> message = (DomainEventMessage<?>) CurrentUnitOfWork.get().getMessage();
        events.on((InventoryEvent) message.getPayload(), message.getSequenceNumber());
    }

    private static DomainEventMessage<?> event(InventoryEvent event, long sequence) {
        return new GenericDomainEventMessage<>("Inventory", event.sku().value(), sequence, event);
    }

    private StockView stock() {
        return reader.stock(SKU.value()).orElseThrow();
    }
}
