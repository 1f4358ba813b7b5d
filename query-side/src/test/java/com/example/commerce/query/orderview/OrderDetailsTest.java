package com.example.commerce.query.orderview;

import static com.example.commerce.query.orderview.OrderEvents.aPaymentId;
import static com.example.commerce.query.orderview.OrderEvents.anOrder;
import static com.example.commerce.query.orderview.OrderEvents.at;
import static org.assertj.core.api.Assertions.assertThat;

import com.example.commerce.api.common.OrderStatus;
import com.example.commerce.api.common.PaymentId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrderDetailsTest {

    private final OrderEvents order = anOrder();

    @Test
    void recordsAPlacedOrderWithoutShowingIt() {
        OrderDetail detail = history().then(order.placed(), at(0)).detail();

        assertThat(detail.status()).isEqualTo("placed");
        assertThat(detail.visible()).isFalse();
        assertThat(detail.orderId()).isEqualTo(order.orderId.value());
        assertThat(detail.orderNumber()).isEqualTo(order.orderNumber);
        assertThat(detail.customerId()).isEqualTo(order.customerId.value());
        assertThat(detail.items()).singleElement().satisfies(item -> {
            assertThat(item.sku()).isEqualTo("TEE-RED-L");
            assertThat(item.productName()).isEqualTo("Tee");
            assertThat(item.variantName()).isEqualTo("Red / L");
            assertThat(item.unitPrice()).isEqualTo(19_000);
            assertThat(item.quantity()).isEqualTo(2);
            assertThat(item.subtotal()).isEqualTo(38_000);
        });
        assertThat(detail.subtotal()).isEqualTo(38_000);
        assertThat(detail.shippingFee()).isEqualTo(3_000);
        assertThat(detail.discount()).isZero();
        assertThat(detail.tax()).isEqualTo(3_727);
        assertThat(detail.total()).isEqualTo(OrderEvents.TOTAL);
        assertThat(detail.shippingAddress().city()).isEqualTo("Seoul");
        assertThat(detail.placedAt()).isEqualTo(at(0));
        assertThat(detail.timeline()).isEmpty();
    }

    @Test
    void showsTheOrderAsPendingFromItsAcceptance() {
        OrderDetail detail = history().then(order.placed(), at(0)).then(order.accepted(), at(1)).detail();

        assertThat(detail.status()).isEqualTo("pending");
        assertThat(detail.visible()).isTrue();
        assertThat(detail.paymentDueAt()).isEqualTo(order.paymentDueAt);
        assertThat(detail.timeline()).containsExactly(new TimelineEntry("pending", at(1)));
    }

    @Test
    void showsARequestedPaymentAsProcessing() {
        PaymentId payment = aPaymentId();

        OrderDetail detail = accepted().then(order.paymentRequested(payment, "toss"), at(10))
                .then(order.paymentStarted(payment, "toss"), at(10)).detail();

        assertThat(detail.payment()).isEqualTo(new OrderPayment(payment.value(), "toss", "processing",
                OrderEvents.TOTAL, null));
        assertThat(detail.status()).isEqualTo("pending");
    }

    @Test
    void marksTheOrderPaidWhenItsPaymentIsApproved() {
        PaymentId payment = aPaymentId();

        OrderDetail detail = accepted().then(order.paymentStarted(payment, "toss"), at(10))
                .then(order.paymentApproved(payment), at(11)).then(order.paid(payment), at(12)).detail();

        assertThat(detail.payment().status()).isEqualTo("completed");
        assertThat(detail.status()).isEqualTo("paid");
        assertThat(detail.paidAt()).isEqualTo(at(12));
        assertThat(detail.timeline()).extracting(TimelineEntry::status).containsExactly("pending", "paid");
    }

    @Test
    void failsADeclinedPaymentWithItsReasonAndLeavesTheOrderPending() {
        PaymentId payment = aPaymentId();

        OrderDetail detail = accepted().then(order.paymentStarted(payment, "toss"), at(10))
                .then(order.paymentDeclined(payment, "card_declined"), at(11)).detail();

        assertThat(detail.payment().status()).isEqualTo("failed");
        assertThat(detail.payment().failureReason()).isEqualTo("card_declined");
        assertThat(detail.status()).isEqualTo("pending");
    }

    @Test
    void showsOnlyTheLatestStartedPayment() {
        PaymentId declined = aPaymentId();
        PaymentId retried = aPaymentId();

        OrderDetail detail = accepted()
                .then(order.paymentRequested(declined, "toss"), at(10))
                .then(order.paymentStarted(declined, "toss"), at(10))
                .then(order.paymentDeclined(declined, "card_declined"), at(11))
                .then(order.paymentRequested(retried, "kakaopay"), at(20))
                .then(order.paymentStarted(retried, "kakaopay"), at(20))
                .detail();

        assertThat(detail.payment()).isEqualTo(new OrderPayment(retried.value(), "kakaopay", "processing",
                OrderEvents.TOTAL, null));
    }

    @Test
    void ignoresLaterEventsOfAPaymentNoLongerShown() {
        PaymentId older = aPaymentId();
        PaymentId newer = aPaymentId();

        OrderDetail detail = accepted()
                .then(order.paymentStarted(older, "toss"), at(10))
                .then(order.paymentStarted(newer, "stripe"), at(20))
                .then(order.paymentApproved(older), at(21))
                .detail();

        assertThat(detail.payment().paymentId()).isEqualTo(newer.value());
        assertThat(detail.payment().status()).isEqualTo("processing");
    }

    @Test
    void cancelsAPendingOrderWithItsReason() {
        OrderDetail detail = accepted().then(order.cancelled("payment_timeout", OrderStatus.PENDING, null), at(1800))
                .detail();

        assertThat(detail.status()).isEqualTo("cancelled");
        assertThat(detail.cancelledAt()).isEqualTo(at(1800));
        assertThat(detail.cancellationReason()).isEqualTo("payment_timeout");
        assertThat(detail.ended()).isTrue();
        assertThat(detail.timeline()).extracting(TimelineEntry::status).containsExactly("pending", "cancelled");
    }

    @Test
    void refundsThePaymentOfACancelledPaidOrder() {
        PaymentId payment = aPaymentId();

        OrderDetail detail = paid(payment)
                .then(order.cancelled("cancelled_by_customer", OrderStatus.PAID, payment), at(100))
                .then(order.paymentRefunded(payment), at(101))
                .detail();

        assertThat(detail.status()).isEqualTo("cancelled");
        assertThat(detail.payment().status()).isEqualTo("refunded");
        assertThat(detail.timeline()).extracting(TimelineEntry::status).containsExactly("pending", "paid", "cancelled");
    }

    @Test
    void followsTheShipmentFromCreationToDelivery() {
        PaymentId payment = aPaymentId();
        History shipped = paid(payment).then(order.shipped(), at(300)).then(order.shipmentCreated(), at(300));

        assertThat(shipped.detail().status()).isEqualTo("shipped");
        assertThat(shipped.detail().shippedAt()).isEqualTo(at(300));
        assertThat(shipped.detail().shipment()).isEqualTo(new OrderShipment(order.shipmentId.value(), "cj", "TRK-1",
                "created"));

        OrderDetail inTransit = shipped.then(order.shipmentInTransit(), at(400)).detail();
        assertThat(inTransit.shipment().status()).isEqualTo("in_transit");
        assertThat(inTransit.status()).isEqualTo("shipped");

        OrderDetail delivered = shipped.then(order.shipmentDelivered(at(500)), at(501)).detail();
        assertThat(delivered.shipment().status()).isEqualTo("delivered");
    }

    @Test
    void neverMovesADeliveredShipmentBackInTransit() {
        OrderDetail detail = paid(aPaymentId()).then(order.shipped(), at(300)).then(order.shipmentCreated(), at(300))
                .then(order.shipmentDelivered(at(500)), at(501)).then(order.shipmentInTransit(), at(502)).detail();

        assertThat(detail.shipment().status()).isEqualTo("delivered");
    }

    @Test
    void deliversAtTheCarriersTimeAndSetsTheAutoConfirmation() {
        Instant carrierTime = at(450);

        OrderDetail detail = shipped().then(order.delivered(carrierTime), at(500)).detail();

        assertThat(detail.status()).isEqualTo("delivered");
        assertThat(detail.deliveredAt()).isEqualTo(carrierTime);
        assertThat(detail.autoConfirmAt()).isEqualTo(carrierTime.plusSeconds(7 * 24 * 3600));
        assertThat(detail.timeline()).last().isEqualTo(new TimelineEntry("delivered", at(500)));
    }

    @Test
    void completesADeliveredOrder() {
        OrderDetail detail = shipped().then(order.delivered(at(450)), at(500)).then(order.completed(false), at(600))
                .detail();

        assertThat(detail.status()).isEqualTo("completed");
        assertThat(detail.completedAt()).isEqualTo(at(600));
        assertThat(detail.ended()).isTrue();
    }

    @Test
    void listsEachStatusOnceInTheOrderItWasEntered() {
        OrderDetail detail = shipped().then(order.delivered(at(450)), at(500)).then(order.completed(true), at(600))
                .detail();

        assertThat(detail.timeline()).containsExactly(
                new TimelineEntry("pending", at(1)),
                new TimelineEntry("paid", at(12)),
                new TimelineEntry("shipped", at(300)),
                new TimelineEntry("delivered", at(500)),
                new TimelineEntry("completed", at(600)));
    }

    @Test
    void changesNothingWhenAnEventIsAppliedAgain() {
        PaymentId payment = aPaymentId();
        List<Object> events = List.of(order.placed(), order.accepted(), order.paymentRequested(payment, "toss"),
                order.paymentStarted(payment, "toss"), order.paymentApproved(payment), order.paid(payment),
                order.shipped(), order.shipmentCreated(), order.shipmentInTransit(),
                order.shipmentDelivered(at(450)), order.delivered(at(450)), order.completed(false));
        OrderDetail detail = null;
        for (int i = 0; i < events.size(); i++) {
            detail = OrderDetails.apply(detail, events.get(i), at(i));

            assertThat(OrderDetails.apply(detail, events.get(i), at(i))).isSameAs(detail);
        }
        assertThat(detail.timeline()).hasSize(5);
    }

    @Test
    void ignoresTransitionsTheOrderCannotMake() {
        OrderDetail pending = accepted().detail();

        assertThat(OrderDetails.apply(pending, order.shipped(), at(5))).isSameAs(pending);
        assertThat(OrderDetails.apply(pending, order.completed(true), at(5))).isSameAs(pending);
        assertThat(OrderDetails.apply(pending, order.delivered(at(5)), at(5))).isSameAs(pending);
    }

    @Test
    void knowsNoOrderBeforeItsPlacementNorFromAnotherOrdersEvents() {
        OrderEvents other = anOrder();

        assertThat(OrderDetails.apply(null, order.accepted(), at(1))).isNull();
        OrderDetail pending = accepted().detail();
        assertThat(OrderDetails.apply(pending, other.cancelled("x", OrderStatus.PENDING, null), at(2)))
                .isSameAs(pending);
    }

    @Test
    void foldsAWholeHistoryInStoredOrder() {
        OrderDetail folded = OrderDetails.fold(List.of(order.placed(), order.accepted()), List.of(at(0), at(1)));

        assertThat(folded).isEqualTo(accepted().detail());
    }

    private History history() {
        return new History(List.of());
    }

    private History accepted() {
        return history().then(order.placed(), at(0)).then(order.accepted(), at(1));
    }

    private History paid(PaymentId payment) {
        return accepted().then(order.paymentStarted(payment, "toss"), at(10))
                .then(order.paymentApproved(payment), at(11)).then(order.paid(payment), at(12));
    }

    private History shipped() {
        return paid(aPaymentId()).then(order.shipped(), at(300)).then(order.shipmentCreated(), at(300));
    }

    /** Stored events with their times, folded on demand. */
    private record History(List<Object[]> stored) {

        History then(Object event, Instant at) {
            List<Object[]> more = new ArrayList<>(stored);
            more.add(new Object[] {event, at});
            return new History(more);
        }

        OrderDetail detail() {
            OrderDetail detail = null;
            for (Object[] entry : stored) {
                detail = OrderDetails.apply(detail, entry[0], (Instant) entry[1]);
            }
            return detail;
        }
    }
}
