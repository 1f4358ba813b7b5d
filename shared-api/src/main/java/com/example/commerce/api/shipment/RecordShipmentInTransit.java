package com.example.commerce.api.shipment;

import com.example.commerce.api.common.ShipmentId;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The carrier reports the parcel on its way. */
public record RecordShipmentInTransit(@TargetAggregateIdentifier ShipmentId shipmentId, Instant occurredAt) {
}
