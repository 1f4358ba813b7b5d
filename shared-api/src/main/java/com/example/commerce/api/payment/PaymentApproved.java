package com.example.commerce.api.payment;

import com.example.commerce.api.common.Money;
import com.example.commerce.api.common.OrderId;
import com.example.commerce.api.common.PaymentId;

/** The gateway approved the payment. */
public record PaymentApproved(PaymentId paymentId, OrderId orderId, String pgTransactionId, Money amount) implements PaymentEvent {
}
