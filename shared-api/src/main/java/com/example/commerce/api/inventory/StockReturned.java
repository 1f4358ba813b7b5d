package com.example.commerce.api.inventory;

import com.example.commerce.api.common.OrderId;
import com.example.commerce.api.common.Sku;

/** A cancelled paid order's units came back on hand. */
public record StockReturned(Sku sku, OrderId orderId, int quantity) implements InventoryEvent {
}
