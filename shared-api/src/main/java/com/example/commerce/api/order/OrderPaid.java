package com.example.commerce.api.order;

import com.example.commerce.api.common.Money;
import com.example.commerce.api.common.OrderId;
import com.example.commerce.api.common.PaymentId;

/** The order was paid. */
public record OrderPaid(OrderId orderId, PaymentId paymentId, Money amount) implements OrderEvent {
}
