package com.example.commerce.api.order;

import com.example.commerce.api.common.CustomerId;
import com.example.commerce.api.common.OrderId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The customer confirms the purchase, or the auto-confirmation deadline does (automatic). */
public record CompleteOrder(@TargetAggregateIdentifier OrderId orderId, CustomerId requestedBy, boolean automatic) {
}
