package com.example.commerce.query.catalog;

import java.util.Map;

/** A variant of a listed product with its own price and how many units can be ordered now. */
public record VariantView(String variantId, String sku, String name, Map<String, String> attributes, long price,
                          long available) {
}
