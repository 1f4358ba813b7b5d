package com.example.commerce.api.inventory;

import com.example.commerce.api.common.OrderId;
import com.example.commerce.api.common.Sku;

/** Units held for an order were given back: available grew. */
public record StockReleased(Sku sku, OrderId orderId, int quantity) implements InventoryEvent {
}
