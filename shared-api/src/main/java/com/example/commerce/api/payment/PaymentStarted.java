package com.example.commerce.api.payment;

import com.example.commerce.api.common.Money;
import com.example.commerce.api.common.OrderId;
import com.example.commerce.api.common.PaymentId;

/** A payment of the order's total was opened with a provider and waits for its answer. */
public record PaymentStarted(PaymentId paymentId, OrderId orderId, String provider, Money amount) implements PaymentEvent {
}
