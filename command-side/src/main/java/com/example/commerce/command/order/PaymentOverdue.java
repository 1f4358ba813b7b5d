package com.example.commerce.command.order;

import com.example.commerce.api.common.OrderId;

/** The payload of an order's own payment deadline: which order's payment is overdue. */
public record PaymentOverdue(OrderId orderId) {
}
