package com.example.commerce.api.inventory;

import com.example.commerce.api.common.OrderId;
import com.example.commerce.api.common.Sku;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The order process gives back units it held for an order that will not be paid. */
public record ReleaseStock(@TargetAggregateIdentifier Sku sku, OrderId orderId) {
}
