package com.example.commerce.api.catalog;

import com.example.commerce.api.common.ProductId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** An admin puts a product on sale: only active products are listed and orderable. */
public record ActivateProduct(@TargetAggregateIdentifier ProductId productId) {
}
