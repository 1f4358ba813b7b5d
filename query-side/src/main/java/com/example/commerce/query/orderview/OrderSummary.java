package com.example.commerce.query.orderview;

import java.time.Instant;

/** An order in a list. */
public record OrderSummary(String orderId, String orderNumber, String status, long total, Instant placedAt) {
}
