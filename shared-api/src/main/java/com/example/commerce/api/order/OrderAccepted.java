package com.example.commerce.api.order;

import com.example.commerce.api.common.OrderId;
import java.time.Instant;

/**
 * Every line's stock is held: the order is pending payment until its due time. The order keeps its
 * own payment deadline; paymentDeadlineId names it so that paying or cancelling can cancel it
 * (null in events stored by earlier versions, whose order process kept the deadline).
 */
public record OrderAccepted(OrderId orderId, Instant paymentDueAt, String paymentDeadlineId) implements OrderEvent {
}
