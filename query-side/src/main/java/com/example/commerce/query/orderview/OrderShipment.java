package com.example.commerce.query.orderview;

/** The order's parcel; {@code status} is {@code created}, {@code in_transit} or {@code delivered}. */
public record OrderShipment(String shipmentId, String carrier, String trackingNumber, String status) {

    public static final String CREATED = "created";
    public static final String IN_TRANSIT = "in_transit";
    public static final String DELIVERED = "delivered";

    OrderShipment withStatus(String newStatus) {
        return new OrderShipment(shipmentId, carrier, trackingNumber, newStatus);
    }
}
