package com.example.commerce.api.order;

import com.example.commerce.api.common.OrderId;
import com.example.commerce.api.common.OrderStatus;
import com.example.commerce.api.common.PaymentId;

/** The order was cancelled; when it was paid, paymentId names the payment to refund. */
public record OrderCancelled(OrderId orderId, String reason, OrderStatus cancelledFrom, PaymentId paymentId, String couponCode) implements OrderEvent {
}
