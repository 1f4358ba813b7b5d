package com.example.commerce.api.inventory;

import com.example.commerce.api.common.OrderId;
import com.example.commerce.api.common.Sku;

/** A paid order's held units left stock: on hand and reserved both shrank. */
public record StockCommitted(Sku sku, OrderId orderId, int quantity) implements InventoryEvent {
}
