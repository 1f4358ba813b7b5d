package com.example.commerce.api.order;

import com.example.commerce.api.common.Address;
import com.example.commerce.api.common.CustomerId;
import com.example.commerce.api.common.OrderId;
import java.time.Instant;
import java.util.List;

/**
 * An order was recorded with its snapshotted lines and amounts. Its stock was reserved in the same
 * transaction, and {@link OrderAccepted} follows in it.
 */
public record OrderPlaced(OrderId orderId, String orderNumber, CustomerId customerId, List<OrderLine> lines, Address shippingAddress, String couponCode, OrderAmounts amounts, Instant paymentDueAt) implements OrderEvent {
}
