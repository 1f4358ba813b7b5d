package com.example.commerce.api.inventory;

import com.example.commerce.api.common.Sku;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** An admin records units arriving in the warehouse. */
public record RestockInventory(@TargetAggregateIdentifier Sku sku, int quantity) {
}
