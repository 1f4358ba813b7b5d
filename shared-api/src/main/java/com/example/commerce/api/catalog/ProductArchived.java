package com.example.commerce.api.catalog;

import com.example.commerce.api.common.ProductId;

/** A product was taken off sale. */
public record ProductArchived(ProductId productId) implements ProductEvent {
}
