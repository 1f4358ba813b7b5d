package com.example.commerce.query.inventory;

import com.example.commerce.api.inventory.InventoryEvent;
import com.example.commerce.api.inventory.ReservationRefused;
import com.example.commerce.api.inventory.StockAdjusted;
import com.example.commerce.api.inventory.StockCommitted;
import com.example.commerce.api.inventory.StockReleased;
import com.example.commerce.api.inventory.StockReserved;
import com.example.commerce.api.inventory.StockRestocked;
import com.example.commerce.api.inventory.StockReturned;
import com.example.commerce.query.projection.Generations;
import org.axonframework.eventhandling.ReplayStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/** Feeds inventory events to the inventory view's handlers as a processor would: for tests of other packages. */
public final class InventoryProjectionDriver {

    private final InventoryProjection projection;

    public InventoryProjectionDriver(JdbcTemplate jdbc, Generations generations) {
        this.projection = new InventoryProjection(jdbc, generations);
    }

    public void on(InventoryEvent event, long sequence) {
        on(event, sequence, ReplayStatus.REGULAR);
    }

    public void on(InventoryEvent event, long sequence, ReplayStatus replay) {
        if (event instanceof StockRestocked restocked) {
            projection.on(restocked, sequence, replay);
        } else if (event instanceof StockAdjusted adjusted) {
            projection.on(adjusted, sequence, replay);
        } else if (event instanceof StockReserved reserved) {
            projection.on(reserved, sequence, replay);
        } else if (event instanceof ReservationRefused refused) {
            projection.on(refused, sequence, replay);
        } else if (event instanceof StockReleased released) {
            projection.on(released, sequence, replay);
        } else if (event instanceof StockCommitted committed) {
            projection.on(committed, sequence, replay);
        } else if (event instanceof StockReturned returned) {
            projection.on(returned, sequence, replay);
        }
    }
}
