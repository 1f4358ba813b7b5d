package com.example.commerce.api.inventory;

import com.example.commerce.api.common.OrderId;
import com.example.commerce.api.common.Sku;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The order process puts a paid, cancelled order's units back on hand. */
public record ReturnStock(@TargetAggregateIdentifier Sku sku, OrderId orderId) {
}
