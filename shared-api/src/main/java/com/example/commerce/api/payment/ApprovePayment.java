package com.example.commerce.api.payment;

import com.example.commerce.api.common.Money;
import com.example.commerce.api.common.PaymentId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The gateway, synchronously or by webhook, reports the payment approved for this amount. */
public record ApprovePayment(@TargetAggregateIdentifier PaymentId paymentId, String pgTransactionId, Money amount) {
}
