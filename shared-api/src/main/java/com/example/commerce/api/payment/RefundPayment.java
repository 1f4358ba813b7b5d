package com.example.commerce.api.payment;

import com.example.commerce.api.common.PaymentId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The order process gives a payment back: its order was cancelled after payment, or was paid twice. */
public record RefundPayment(@TargetAggregateIdentifier PaymentId paymentId) {
}
