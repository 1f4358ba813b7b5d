package com.example.commerce.bench.baseline;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A sellable variant with the names and price an order line snapshots. */
@Entity
@Table(name = "sku")
public class SkuEntity {

    @Id
    private String sku;
    @Column(name = "product_name", nullable = false)
    private String productName;
    @Column(name = "variant_name", nullable = false)
    private String variantName;
    @Column(nullable = false)
    private long price;
    @Column(nullable = false)
    private boolean active;

    protected SkuEntity() {
    }

    public SkuEntity(String sku, String productName, String variantName, long price, boolean active) {
        this.sku = sku;
        this.productName = productName;
        this.variantName = variantName;
        this.price = price;
        this.active = active;
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

    public long getPrice() {
        return price;
    }

    public boolean isActive() {
        return active;
    }
}
