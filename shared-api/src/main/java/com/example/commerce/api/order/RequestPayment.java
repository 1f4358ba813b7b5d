package com.example.commerce.api.order;

import com.example.commerce.api.common.CustomerId;
import com.example.commerce.api.common.OrderId;
import com.example.commerce.api.common.PaymentId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A customer starts paying a pending order through a provider. */
public record RequestPayment(@TargetAggregateIdentifier OrderId orderId, PaymentId paymentId, CustomerId requestedBy, String provider) {
}
