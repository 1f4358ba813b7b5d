package com.example.commerce.command.inventory;

import com.example.commerce.api.common.Sku;

/** A SKU's stock right after a command: what is on hand, what is held for orders, what can still be sold. */
public record StockLevel(Sku sku, int onHand, int reserved) {

    public int available() {
        return onHand - reserved;
    }
}
