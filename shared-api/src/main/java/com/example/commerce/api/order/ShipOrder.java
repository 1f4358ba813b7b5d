package com.example.commerce.api.order;

import com.example.commerce.api.common.OrderId;
import com.example.commerce.api.common.ShipmentId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** An admin hands a paid order to a carrier. */
public record ShipOrder(@TargetAggregateIdentifier OrderId orderId, ShipmentId shipmentId, String carrier, String trackingNumber) {
}
