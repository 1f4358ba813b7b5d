package com.example.commerce.api.inventory;

import com.example.commerce.api.common.OrderId;
import com.example.commerce.api.common.Sku;

/** Units are held for an order: reserved grew, available shrank. */
public record StockReserved(Sku sku, OrderId orderId, int quantity) implements InventoryEvent {
}
