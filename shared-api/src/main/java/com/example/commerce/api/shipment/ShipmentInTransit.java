package com.example.commerce.api.shipment;

import com.example.commerce.api.common.OrderId;
import com.example.commerce.api.common.ShipmentId;
import java.time.Instant;

/** The parcel is on its way. */
public record ShipmentInTransit(ShipmentId shipmentId, OrderId orderId, Instant occurredAt) implements ShipmentEvent {
}
