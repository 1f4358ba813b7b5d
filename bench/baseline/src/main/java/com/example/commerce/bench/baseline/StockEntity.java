package com.example.commerce.bench.baseline;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Units available per SKU (the seed's model: reserving decrements it). */
@Entity
@Table(name = "stock")
public class StockEntity {

    @Id
    private String sku;
    @Column(nullable = false)
    private int available;

    protected StockEntity() {
    }

    public String getSku() {
        return sku;
    }

    public int getAvailable() {
        return available;
    }
}
