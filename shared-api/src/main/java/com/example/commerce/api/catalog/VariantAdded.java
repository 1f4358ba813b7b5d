package com.example.commerce.api.catalog;

import com.example.commerce.api.common.ProductId;

/** A variant was added to a product. */
public record VariantAdded(ProductId productId, VariantSpec variant) implements ProductEvent {
}
