package com.example.commerce.query.orderview;

import static com.example.commerce.query.orderview.OrderEvents.aPaymentId;
import static com.example.commerce.query.orderview.OrderEvents.anOrder;
import static org.assertj.core.api.Assertions.assertThat;

import com.example.commerce.api.common.PaymentId;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.junit.jupiter.api.Test;

class OrderViewSequencingPolicyTest {

    private final OrderViewSequencingPolicy policy = new OrderViewSequencingPolicy();
    private final OrderEvents order = anOrder();

    @Test
    void putsAnOrdersPaymentAndShipmentEventsInTheOrdersSequence() {
        PaymentId payment = aPaymentId();
        Object orderSequence = policy.getSequenceIdentifierFor(
                new GenericDomainEventMessage<>("Order", order.orderId.value(), 1, order.accepted()));

        assertThat(policy.getSequenceIdentifierFor(new GenericDomainEventMessage<>("Payment", payment.value(), 0,
                order.paymentStarted(payment, "toss")))).isEqualTo(orderSequence);
        assertThat(policy.getSequenceIdentifierFor(new GenericDomainEventMessage<>("Shipment",
                order.shipmentId.value(), 0, order.shipmentCreated()))).isEqualTo(orderSequence);
    }

    @Test
    void keepsOtherEventsSequentialPerAggregate() {
        Object sequence = policy.getSequenceIdentifierFor(
                new GenericDomainEventMessage<>("Coupon", "WELCOME10", 0, "not an order event"));

        assertThat(sequence).isEqualTo("WELCOME10");
    }
}
