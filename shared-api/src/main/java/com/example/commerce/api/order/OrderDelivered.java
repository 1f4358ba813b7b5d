package com.example.commerce.api.order;

import com.example.commerce.api.common.OrderId;
import java.time.Instant;

/** The carrier delivered the order; unless confirmed earlier it completes at autoConfirmAt. */
public record OrderDelivered(OrderId orderId, Instant deliveredAt, Instant autoConfirmAt) implements OrderEvent {
}
