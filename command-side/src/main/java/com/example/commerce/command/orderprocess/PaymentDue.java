package com.example.commerce.command.orderprocess;

import com.example.commerce.api.common.OrderId;

/**
 * The payload of the payment deadline that order processes of earlier versions kept (orders now
 * keep their own: {@code PaymentOverdue}). Stored with the deadline.
 */
public record PaymentDue(OrderId orderId) {
}
