package com.example.commerce.api.order;

import com.example.commerce.api.common.Money;
import com.example.commerce.api.common.OrderId;
import com.example.commerce.api.common.PaymentId;

/** The customer started paying the order; the payment with this id carries it on. */
public record PaymentRequested(OrderId orderId, PaymentId paymentId, String provider, Money amount) implements OrderEvent {
}
