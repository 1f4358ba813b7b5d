package com.example.commerce.api.order;

import com.example.commerce.api.common.OrderId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The payment deadline passed: the order is cancelled if it is still waiting for payment, and left alone otherwise. */
public record ExpireOrder(@TargetAggregateIdentifier OrderId orderId) {
}
