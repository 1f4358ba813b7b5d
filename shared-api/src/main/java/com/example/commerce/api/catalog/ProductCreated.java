package com.example.commerce.api.catalog;

import com.example.commerce.api.common.CategoryId;
import com.example.commerce.api.common.Money;
import com.example.commerce.api.common.ProductId;
import java.util.List;

/** A product was created in draft with its first variants. */
public record ProductCreated(ProductId productId, String name, String description, CategoryId categoryId, Money basePrice, List<VariantSpec> variants) implements ProductEvent {
}
