package com.example.commerce.api.order;

import com.example.commerce.api.common.Address;
import com.example.commerce.api.common.CustomerId;
import com.example.commerce.api.common.OrderId;
import java.time.Instant;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A customer places an order; lines carry the product and variant names and prices snapshotted at this moment. */
public record PlaceOrder(@TargetAggregateIdentifier OrderId orderId, String orderNumber, CustomerId customerId, List<OrderLine> lines, Address shippingAddress, String couponCode, Instant paymentDueAt) {
}
