package com.example.commerce.command.orderprocess;

import com.example.commerce.api.order.OrderEvent;
import com.example.commerce.api.payment.PaymentEvent;
import com.example.commerce.api.shipment.ShipmentEvent;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.async.SequencingPolicy;
import org.axonframework.eventhandling.async.SequentialPerAggregatePolicy;

/**
 * Keeps every event about one order (from the order, its payments and its shipments) in one
 * segment, in order, so that one order's saga is never handled by two threads or nodes at once.
 */
public class OrderSequencingPolicy implements SequencingPolicy<EventMessage<?>> {

    @Override
    public Object getSequenceIdentifierFor(EventMessage<?> event) {
        Object payload = event.getPayload();
        if (payload instanceof OrderEvent order) {
            return order.orderId().value();
        }
        if (payload instanceof PaymentEvent payment) {
            return payment.orderId().value();
        }
        if (payload instanceof ShipmentEvent shipment) {
            return shipment.orderId().value();
        }
        return SequentialPerAggregatePolicy.instance().getSequenceIdentifierFor(event);
    }
}
