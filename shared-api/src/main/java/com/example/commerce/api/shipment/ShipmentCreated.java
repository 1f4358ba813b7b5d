package com.example.commerce.api.shipment;

import com.example.commerce.api.common.OrderId;
import com.example.commerce.api.common.ShipmentId;

/** A parcel for the order was handed to a carrier under a tracking number. */
public record ShipmentCreated(ShipmentId shipmentId, OrderId orderId, String carrier, String trackingNumber) implements ShipmentEvent {
}
