package com.example.commerce.query.orderview;

/** Asks for an order's current detail, and (as a subscription query) for every change to it. */
public record FindOrderDetail(String orderId) {
}
