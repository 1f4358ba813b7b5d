package com.example.commerce.api.order;

import com.example.commerce.api.common.OrderId;

/** The purchase was confirmed: the order's life is over. */
public record OrderCompleted(OrderId orderId, boolean automatic) implements OrderEvent {
}
