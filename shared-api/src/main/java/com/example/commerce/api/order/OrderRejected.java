package com.example.commerce.api.order;

import com.example.commerce.api.common.OrderId;
import java.util.List;

/** The order could not be reserved and was given up before the customer could pay; nothing stays held. */
public record OrderRejected(OrderId orderId, List<Shortfall> unavailable, String couponCode) implements OrderEvent {
}
