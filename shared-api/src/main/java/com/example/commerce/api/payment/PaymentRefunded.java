package com.example.commerce.api.payment;

import com.example.commerce.api.common.Money;
import com.example.commerce.api.common.OrderId;
import com.example.commerce.api.common.PaymentId;

/** The payment's amount went back to the customer. */
public record PaymentRefunded(PaymentId paymentId, OrderId orderId, Money amount, String refundTransactionId) implements PaymentEvent {
}
