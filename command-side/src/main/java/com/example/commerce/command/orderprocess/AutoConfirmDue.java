package com.example.commerce.command.orderprocess;

import com.example.commerce.api.common.OrderId;

/** The payload of the auto-confirmation deadline: this delivered order completes now. Stored with the deadline. */
public record AutoConfirmDue(OrderId orderId) {
}
