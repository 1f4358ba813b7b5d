package com.example.commerce.query.inventory;

/** Whether the catalog has a SKU at all (in any status); the catalog view answers. */
public interface KnownSkus {

    boolean knowsSku(String sku);
}
