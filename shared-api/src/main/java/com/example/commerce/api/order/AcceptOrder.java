package com.example.commerce.api.order;

import com.example.commerce.api.common.OrderId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The order process reports that every line's stock is reserved: the order now waits for payment. */
public record AcceptOrder(@TargetAggregateIdentifier OrderId orderId) {
}
