package com.example.commerce.api.catalog;

import com.example.commerce.api.common.ProductId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** An admin adds a variant to an existing product. */
public record AddVariant(@TargetAggregateIdentifier ProductId productId, VariantSpec variant) {
}
