package com.example.commerce.api.error;

/** A SKU is already taken by a product: SKUs are unique across the whole catalog. */
public class DuplicateSku extends RuleViolation {

    public DuplicateSku(Object sku) {
        super("duplicate-sku", "SKU " + sku + " is already used by another variant");
    }
}
