package com.example.commerce.api.catalog;

import com.example.commerce.api.common.CategoryId;
import com.example.commerce.api.common.Money;
import com.example.commerce.api.common.ProductId;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** An admin creates a product in draft with its first variants. */
public record CreateProduct(@TargetAggregateIdentifier ProductId productId, String name, String description, CategoryId categoryId, Money basePrice, List<VariantSpec> variants) {
}
