package com.example.commerce.api.order;

import com.example.commerce.api.common.OrderId;
import com.example.commerce.api.common.ShipmentId;

/** The order left the shop with this shipment. */
public record OrderShipped(OrderId orderId, ShipmentId shipmentId, String carrier, String trackingNumber) implements OrderEvent {
}
