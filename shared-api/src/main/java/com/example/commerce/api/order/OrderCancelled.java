package com.example.commerce.api.order;

import com.example.commerce.api.common.OrderId;
import com.example.commerce.api.common.OrderStatus;
import com.example.commerce.api.common.PaymentId;
import java.util.List;

/**
 * The order was cancelled; when it was paid, paymentId names the payment to refund. It names the
 * units to give back and the coupon whose use to release, so that an order cancelled unpaid needs
 * no process of its own until then (units: null in events stored by earlier versions).
 */
public record OrderCancelled(OrderId orderId, String reason, OrderStatus cancelledFrom, PaymentId paymentId,
                             String couponCode, List<OrderedUnits> units) implements OrderEvent {
}
