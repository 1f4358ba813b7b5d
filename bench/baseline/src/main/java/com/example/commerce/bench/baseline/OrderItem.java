package com.example.commerce.bench.baseline;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One line of an order, with the names and unit price as they were when it was placed. */
@Embeddable
public class OrderItem {

    @Column(nullable = false)
    private String sku;
    @Column(name = "product_name", nullable = false)
    private String productName;
    @Column(name = "variant_name", nullable = false)
    private String variantName;
    @Column(name = "unit_price", nullable = false)
    private long unitPrice;
    @Column(nullable = false)
    private int quantity;

    protected OrderItem() {
    }

    public OrderItem(String sku, String productName, String variantName, long unitPrice, int quantity) {
        this.sku = sku;
        this.productName = productName;
        this.variantName = variantName;
        this.unitPrice = unitPrice;
        this.quantity = quantity;
    }

    public String getSku() {
        return sku;
    }

    public String getProductName() {
        return productName;
    }

    public String getVariantName() {
        return variantName;
    }

    public long getUnitPrice() {
        return unitPrice;
    }

    public int getQuantity() {
        return quantity;
    }

    public long subtotal() {
        return unitPrice * quantity;
    }
}
