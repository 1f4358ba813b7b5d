package com.example.commerce.api.payment;

import com.example.commerce.api.common.PaymentId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The gateway, synchronously or by webhook, reports the payment declined. */
public record DeclinePayment(@TargetAggregateIdentifier PaymentId paymentId, String reason) {
}
