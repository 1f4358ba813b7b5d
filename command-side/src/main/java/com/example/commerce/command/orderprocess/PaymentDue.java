package com.example.commerce.command.orderprocess;

import com.example.commerce.api.common.OrderId;

/** The payload of the payment deadline: this order's time to pay is up. Stored with the deadline. */
public record PaymentDue(OrderId orderId) {
}
