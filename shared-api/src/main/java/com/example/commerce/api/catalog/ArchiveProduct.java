package com.example.commerce.api.catalog;

import com.example.commerce.api.common.ProductId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** An admin takes a product off sale for good. */
public record ArchiveProduct(@TargetAggregateIdentifier ProductId productId) {
}
