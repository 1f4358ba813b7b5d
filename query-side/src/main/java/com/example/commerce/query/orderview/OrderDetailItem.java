package com.example.commerce.query.orderview;

/** One line of an order with the names and unit price snapshotted when it was placed. */
public record OrderDetailItem(String sku, String productName, String variantName, long unitPrice, int quantity,
                              long subtotal) {
}
