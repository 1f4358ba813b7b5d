package com.example.commerce.api.shipment;

import com.example.commerce.api.common.OrderId;
import com.example.commerce.api.common.ShipmentId;

/** Every event of a Shipment; sealed so that projections can switch over them exhaustively. */
public sealed interface ShipmentEvent
        permits ShipmentCreated,
                ShipmentInTransit,
                ShipmentDelivered {

    ShipmentId shipmentId();

    OrderId orderId();
}
