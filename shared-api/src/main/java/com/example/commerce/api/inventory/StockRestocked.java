package com.example.commerce.api.inventory;

import com.example.commerce.api.common.Sku;

/** Units arrived: on hand grew by quantity. */
public record StockRestocked(Sku sku, int quantity, int onHand) implements InventoryEvent {
}
