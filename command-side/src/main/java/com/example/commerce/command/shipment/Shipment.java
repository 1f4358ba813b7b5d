package com.example.commerce.command.shipment;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.example.commerce.api.common.OrderId;
import com.example.commerce.api.common.ShipmentId;
import com.example.commerce.api.shipment.RecordShipmentDelivered;
import com.example.commerce.api.shipment.RecordShipmentInTransit;
import com.example.commerce.api.shipment.ShipmentCreated;
import com.example.commerce.api.shipment.ShipmentDelivered;
import com.example.commerce.api.shipment.ShipmentInTransit;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A parcel with a carrier: created, in transit, delivered. Carriers report out of order and more
 * than once; delivered is final, and a report that would move the parcel back changes nothing.
 */
@Aggregate
public class Shipment {

    @AggregateIdentifier
    private ShipmentId shipmentId;
    private OrderId orderId;
    private ShipmentStatus status;

    protected Shipment() {
        // for Axon
    }

    public Shipment(ShipmentId shipmentId, OrderId orderId, String carrier, String trackingNumber) {
        apply(new ShipmentCreated(shipmentId, orderId, carrier, trackingNumber));
    }

    @CommandHandler
    public void handle(RecordShipmentInTransit command) {
        if (status == ShipmentStatus.CREATED) {
            apply(new ShipmentInTransit(shipmentId, orderId, command.occurredAt()));
        }
    }

    @CommandHandler
    public void handle(RecordShipmentDelivered command) {
        if (status != ShipmentStatus.DELIVERED) {
            apply(new ShipmentDelivered(shipmentId, orderId, command.deliveredAt()));
        }
    }

    @EventSourcingHandler
    void on(ShipmentCreated event) {
        shipmentId = event.shipmentId();
        orderId = event.orderId();
        status = ShipmentStatus.CREATED;
    }

    @EventSourcingHandler
    void on(ShipmentInTransit event) {
        status = ShipmentStatus.IN_TRANSIT;
    }

    @EventSourcingHandler
    void on(ShipmentDelivered event) {
        status = ShipmentStatus.DELIVERED;
    }

    enum ShipmentStatus { CREATED, IN_TRANSIT, DELIVERED }
}
