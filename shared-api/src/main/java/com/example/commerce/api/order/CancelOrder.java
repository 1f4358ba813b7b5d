package com.example.commerce.api.order;

import com.example.commerce.api.common.CustomerId;
import com.example.commerce.api.common.OrderId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A customer, an admin or the payment deadline cancels an order; requestedBy is null for staff and the system. */
public record CancelOrder(@TargetAggregateIdentifier OrderId orderId, CustomerId requestedBy, String reason) {
}
