package com.example.commerce.api.payment;

import com.example.commerce.api.common.OrderId;
import com.example.commerce.api.common.PaymentId;

/** The gateway declined the payment; the order may be paid again. */
public record PaymentDeclined(PaymentId paymentId, OrderId orderId, String reason) implements PaymentEvent {
}
