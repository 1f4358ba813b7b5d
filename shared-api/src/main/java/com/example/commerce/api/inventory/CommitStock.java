package com.example.commerce.api.inventory;

import com.example.commerce.api.common.OrderId;
import com.example.commerce.api.common.Sku;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The order process takes an order's held units out of stock once it is paid. */
public record CommitStock(@TargetAggregateIdentifier Sku sku, OrderId orderId) {
}
