package com.example.commerce.query.inventory;

/** One SKU's stock: {@code available = onHand - reserved}. */
public record StockView(String sku, int onHand, int reserved, int available) {

    public static StockView of(String sku, int onHand, int reserved) {
        return new StockView(sku, onHand, reserved, onHand - reserved);
    }
}
