package com.example.commerce.query.orderview;

import static com.example.commerce.query.orderview.OrderEvents.aPaymentId;
import static com.example.commerce.query.orderview.OrderEvents.anOrder;
import static com.example.commerce.query.orderview.OrderEvents.at;
import static org.assertj.core.api.Assertions.assertThat;

import com.example.commerce.api.common.PaymentId;
import org.junit.jupiter.api.Test;

class OrderViewRowTest {

    private final OrderEvents order = anOrder();
    private final String orderStream = order.orderId.value();

    @Test
    void skipsARedeliveredEventOfAnAggregate() {
        OrderViewRow placed = OrderViewRow.next(null, orderStream, 0, order.placed(), at(0), 10).orElseThrow();
        OrderViewRow accepted = OrderViewRow.next(placed, orderStream, 1, order.accepted(), at(1), 12).orElseThrow();

        assertThat(OrderViewRow.next(accepted, orderStream, 1, order.accepted(), at(1), 12)).isEmpty();
        assertThat(OrderViewRow.next(accepted, orderStream, 0, order.placed(), at(0), 10)).isEmpty();
    }

    @Test
    void appliesAnotherAggregatesEventThatCommittedWithALowerGlobalIndex() {
        PaymentId payment = aPaymentId();
        OrderViewRow row = OrderViewRow.next(null, orderStream, 0, order.placed(), at(0), 10).orElseThrow();
        row = OrderViewRow.next(row, orderStream, 1, order.accepted(), at(1), 12).orElseThrow();
        row = OrderViewRow.next(row, orderStream, 2, order.paymentRequested(payment, "toss"), at(2), 20).orElseThrow();

        OrderViewRow late = OrderViewRow.next(row, payment.value(), 0, order.paymentStarted(payment, "toss"), at(2), 19)
                .orElseThrow();

        assertThat(late.appliedSequences()).containsEntry(payment.value(), 0L).containsEntry(orderStream, 2L);
        assertThat(late.lastGlobalIndex()).isEqualTo(20);
    }

    @Test
    void countsAVersionOnlyForAChangedDetail() {
        PaymentId payment = aPaymentId();
        OrderViewRow row = OrderViewRow.next(null, orderStream, 0, order.placed(), at(0), 10).orElseThrow();
        row = OrderViewRow.next(row, orderStream, 1, order.accepted(), at(1), 11).orElseThrow();
        OrderViewRow requested = OrderViewRow.next(row, orderStream, 2, order.paymentRequested(payment, "toss"), at(2),
                12).orElseThrow();

        OrderViewRow started = OrderViewRow.next(requested, payment.value(), 0, order.paymentStarted(payment, "toss"),
                at(2), 13).orElseThrow();

        assertThat(requested.version()).isEqualTo(3);
        assertThat(started.version()).isEqualTo(3);
        assertThat(started.changedFrom(requested)).isFalse();
    }

    @Test
    void waitsForThePlacementBeforeKeepingARow() {
        assertThat(OrderViewRow.next(null, orderStream, 1, order.accepted(), at(1), 11)).isEmpty();
    }
}
