package com.example.commerce.command.inventory;

import com.example.commerce.api.common.OrderId;
import com.example.commerce.api.common.Sku;
import com.example.commerce.api.inventory.ReservationRefused;
import com.example.commerce.api.inventory.StockAdjusted;
import com.example.commerce.api.inventory.StockCommitted;
import com.example.commerce.api.inventory.StockReleased;
import com.example.commerce.api.inventory.StockReserved;
import com.example.commerce.api.inventory.StockRestocked;
import com.example.commerce.api.inventory.StockReturned;

/** The object mother of one SKU's stock: the events of its Inventory, for the SKU and orders below. */
final class Stock {

    static final Sku SKU = Sku.of("TEE-RED-L");
    static final OrderId ORDER = OrderId.of("order-1");
    static final OrderId OTHER_ORDER = OrderId.of("order-2");

    private Stock() {
    }

    static StockRestocked restocked(int quantity, int onHand) {
        return new StockRestocked(SKU, quantity, onHand);
    }

    static StockAdjusted adjusted(int delta, String reason, int onHand) {
        return new StockAdjusted(SKU, delta, reason, onHand);
    }

    static StockReserved reserved(OrderId orderId, int quantity) {
        return new StockReserved(SKU, orderId, quantity);
    }

    static ReservationRefused refused(OrderId orderId, int requested, int available) {
        return new ReservationRefused(SKU, orderId, requested, available);
    }

    static StockReleased released(OrderId orderId, int quantity) {
        return new StockReleased(SKU, orderId, quantity);
    }

    static StockCommitted committed(OrderId orderId, int quantity) {
        return new StockCommitted(SKU, orderId, quantity);
    }

    static StockReturned returned(OrderId orderId, int quantity) {
        return new StockReturned(SKU, orderId, quantity);
    }
}
