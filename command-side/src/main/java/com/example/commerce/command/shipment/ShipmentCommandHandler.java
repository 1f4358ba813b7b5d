package com.example.commerce.command.shipment;

import com.example.commerce.api.order.ShipOrder;
import com.example.commerce.command.AggregateLookup;
import com.example.commerce.command.order.Order;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

/** Ships a paid order: the tracking number is claimed, the order shipped and the shipment opened in one transaction. */
@Component
public class ShipmentCommandHandler {

    private final Repository<Order> orders;
    private final Repository<Shipment> shipments;
    private final TrackingNumbers trackingNumbers;

    public ShipmentCommandHandler(Repository<Order> orders, Repository<Shipment> shipments,
                                  TrackingNumbers trackingNumbers) {
        this.orders = orders;
        this.shipments = shipments;
        this.trackingNumbers = trackingNumbers;
    }

    @CommandHandler
    public void handle(ShipOrder command) throws Exception {
        Aggregate<Order> order = AggregateLookup.load(orders, "order", command.orderId());
        order.execute(o -> o.ship(command.shipmentId(), command.carrier(), command.trackingNumber()));
        trackingNumbers.claim(command.carrier(), command.trackingNumber(), command.shipmentId());
        shipments.newInstance(() -> new Shipment(command.shipmentId(), command.orderId(), command.carrier(),
                command.trackingNumber()));
    }
}
