package com.example.commerce.api.catalog;

import com.example.commerce.api.common.Money;
import com.example.commerce.api.common.ProductId;
import com.example.commerce.api.common.Sku;

/** A variant's price changed. */
public record VariantPriceChanged(ProductId productId, Sku sku, Money oldPrice, Money newPrice) implements ProductEvent {
}
