package com.example.commerce.api.inventory;

import com.example.commerce.api.common.OrderId;
import com.example.commerce.api.common.Sku;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The order process puts a paid, cancelled order's units back on hand. It names the quantity
 * itself (the order's line), so that the Inventory need not remember every order it ever sold to.
 */
public record ReturnStock(@TargetAggregateIdentifier Sku sku, OrderId orderId, int quantity) {
}
