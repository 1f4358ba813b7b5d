package com.example.commerce.api.catalog;

import com.example.commerce.api.common.Money;
import com.example.commerce.api.common.ProductId;
import com.example.commerce.api.common.Sku;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** An admin changes a variant's price; orders already placed keep their snapshot. */
public record ChangeVariantPrice(@TargetAggregateIdentifier ProductId productId, Sku sku, Money price) {
}
