package com.example.commerce.api.order;

import com.example.commerce.api.common.OrderId;
import java.time.Instant;

/** Every line's stock is held: the order is pending payment until its due time. */
public record OrderAccepted(OrderId orderId, Instant paymentDueAt) implements OrderEvent {
}
