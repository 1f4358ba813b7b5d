package com.example.commerce.api.shipment;

import com.example.commerce.api.common.ShipmentId;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The carrier reports the parcel delivered at the given time. */
public record RecordShipmentDelivered(@TargetAggregateIdentifier ShipmentId shipmentId, Instant deliveredAt) {
}
