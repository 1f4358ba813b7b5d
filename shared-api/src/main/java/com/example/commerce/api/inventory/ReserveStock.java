package com.example.commerce.api.inventory;

import com.example.commerce.api.common.OrderId;
import com.example.commerce.api.common.Sku;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The order process holds units for an order until it is paid or given up. */
public record ReserveStock(@TargetAggregateIdentifier Sku sku, OrderId orderId, int quantity) {
}
