package com.example.commerce.api.inventory;

import com.example.commerce.api.common.Sku;

/** The on-hand count was corrected by delta for a stated reason. */
public record StockAdjusted(Sku sku, int delta, String reason, int onHand) implements InventoryEvent {
}
