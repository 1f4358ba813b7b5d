package com.example.commerce.api.catalog;

import com.example.commerce.api.common.ProductId;

/** A product went on sale. */
public record ProductActivated(ProductId productId) implements ProductEvent {
}
