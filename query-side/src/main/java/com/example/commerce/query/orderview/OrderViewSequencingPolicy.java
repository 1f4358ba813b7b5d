package com.example.commerce.query.orderview;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.async.SequencingPolicy;
import org.axonframework.eventhandling.async.SequentialPerAggregatePolicy;

/**
 * Handles the events of one order, its payments and its shipments one after another (they all
 * change one row); anything else sequentially per aggregate.
 */
public class OrderViewSequencingPolicy implements SequencingPolicy<EventMessage<?>> {

    @Override
    public Object getSequenceIdentifierFor(EventMessage<?> event) {
        String orderId = OrderDetails.orderIdOf(event.getPayload());
        return orderId != null ? orderId : SequentialPerAggregatePolicy.instance().getSequenceIdentifierFor(event);
    }
}
