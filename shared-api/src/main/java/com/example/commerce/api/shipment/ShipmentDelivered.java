package com.example.commerce.api.shipment;

import com.example.commerce.api.common.OrderId;
import com.example.commerce.api.common.ShipmentId;
import java.time.Instant;

/** The parcel reached the customer at the carrier's stated time. */
public record ShipmentDelivered(ShipmentId shipmentId, OrderId orderId, Instant deliveredAt) implements ShipmentEvent {
}
