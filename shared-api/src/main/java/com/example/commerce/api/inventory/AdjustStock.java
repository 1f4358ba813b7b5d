package com.example.commerce.api.inventory;

import com.example.commerce.api.common.Sku;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** An admin corrects the on-hand count (stocktake, damage) with a reason. */
public record AdjustStock(@TargetAggregateIdentifier Sku sku, int delta, String reason) {
}
