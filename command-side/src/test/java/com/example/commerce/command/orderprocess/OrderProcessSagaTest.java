package com.example.commerce.command.orderprocess;

import static com.example.commerce.command.order.Orders.AUTO_CONFIRM_AFTER;
import static com.example.commerce.command.order.Orders.AUTO_CONFIRM_AT;
import static com.example.commerce.command.order.Orders.COUPON;
import static com.example.commerce.command.order.Orders.DELIVERED_AT;
import static com.example.commerce.command.order.Orders.MUG;
import static com.example.commerce.command.order.Orders.ORDER_ID;
import static com.example.commerce.command.order.Orders.PAYMENT;
import static com.example.commerce.command.order.Orders.PLACED_AT;
import static com.example.commerce.command.order.Orders.SHIPMENT;
import static com.example.commerce.command.order.Orders.TEE;
import static com.example.commerce.command.order.Orders.anOrder;
import static com.example.commerce.command.orderprocess.OrderProcessSaga.AUTO_CONFIRM_DEADLINE;

import com.example.commerce.api.common.Money;
import com.example.commerce.api.coupon.ReleaseCoupon;
import com.example.commerce.api.inventory.ReleaseStock;
import com.example.commerce.api.inventory.ReturnStock;
import com.example.commerce.api.order.CompleteOrder;
import com.example.commerce.api.order.MarkOrderDelivered;
import com.example.commerce.api.payment.RefundPayment;
import com.example.commerce.api.shipment.ShipmentCreated;
import com.example.commerce.api.shipment.ShipmentDelivered;
import com.example.commerce.command.order.Orders;
import java.time.Duration;
import java.time.Instant;
import org.axonframework.test.saga.ContinuedGivenState;
import org.axonframework.test.saga.SagaTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The life of one order once it is cancelled or delivered (placement held its stock, the order
 * keeps its own payment deadline, and paying it took its units out of stock): give back, refund,
 * deliver, confirm automatically. A fresh fixture per test.
 */
class OrderProcessSagaTest {

    private final SagaTestFixture<OrderProcessSaga> fixture = new SagaTestFixture<>(OrderProcessSaga.class);
    private final Orders order = anOrder();
    private final Orders orderWithCoupon = anOrder().withCoupon(COUPON, Money.won(5000));

    @BeforeEach
    void setUp() {
        fixture.registerResource(Orders.orderProperties());
    }

    // placed: the order keeps its own payment deadline

    @Test
    void startsNoProcessForAnOrderAwaitingPayment() {
        fixture.givenCurrentTime(PLACED_AT)
                .andThenAggregate(ORDER_ID.value()).published(order.orderPlaced())
                .whenAggregate(ORDER_ID.value()).publishes(order.orderAccepted())
                .expectNoDispatchedCommands()
                .expectNoScheduledDeadlines()
                .expectActiveSagas(0);
    }

    // paid and shipped: the paying transaction took the units out of stock

    @Test
    void startsNoProcessForAPaidOrShippedOrder() {
        paid(order)
                .andThenAggregate(ORDER_ID.value()).published(order.orderShipped())
                .whenAggregate(SHIPMENT.value()).publishes(
                        new ShipmentCreated(SHIPMENT, ORDER_ID, Orders.CARRIER, Orders.TRACKING_NUMBER))
                .expectNoDispatchedCommands()
                .expectNoScheduledDeadlines()
                .expectActiveSagas(0);
    }

    // cancelled

    @Test
    void givesStockAndCouponBackWhenAnUnpaidOrderIsCancelled() {
        pending(orderWithCoupon)
                .whenAggregate(ORDER_ID.value()).publishes(orderWithCoupon.cancelledWhilePending("payment_timeout"))
                .expectDispatchedCommands(
                        new ReleaseStock(TEE, ORDER_ID),
                        new ReleaseStock(MUG, ORDER_ID),
                        new ReleaseCoupon(COUPON, ORDER_ID))
                .expectNoScheduledDeadlines()
                .expectActiveSagas(0);
    }

    @Test
    void refundsAndReturnsStockButKeepsTheCouponUsedWhenAPaidOrderIsCancelled() {
        paid(orderWithCoupon)
                .whenAggregate(ORDER_ID.value()).publishes(orderWithCoupon.cancelledAfterPayment("changed my mind"))
                .expectDispatchedCommands(
                        new RefundPayment(PAYMENT),
                        new ReturnStock(TEE, ORDER_ID, 2),
                        new ReturnStock(MUG, ORDER_ID, 1))
                .expectNoScheduledDeadlines()
                .expectActiveSagas(0);
    }

    // delivered and completed

    @Test
    void startsWhenDeliveredMarksTheOrderDeliveredAndSchedulesItsAutomaticConfirmation() {
        shipped(order)
                .whenAggregate(SHIPMENT.value()).publishes(new ShipmentDelivered(SHIPMENT, ORDER_ID, DELIVERED_AT))
                .expectDispatchedCommands(new MarkOrderDelivered(ORDER_ID, DELIVERED_AT, AUTO_CONFIRM_AT))
                .expectScheduledDeadlineWithName(AUTO_CONFIRM_AT, AUTO_CONFIRM_DEADLINE)
                .expectScheduledDeadline(AUTO_CONFIRM_AT, new AutoConfirmDue(ORDER_ID))
                .expectActiveSagas(1);
    }

    @Test
    void schedulesTheAutomaticConfirmationOnceWhenTheCarrierReportsTwice() {
        Instant reportedAgainAt = DELIVERED_AT.plus(Duration.ofHours(1));

        delivered(order)
                .whenAggregate(SHIPMENT.value()).publishes(new ShipmentDelivered(SHIPMENT, ORDER_ID, reportedAgainAt))
                .expectDispatchedCommands(new MarkOrderDelivered(ORDER_ID, reportedAgainAt,
                        reportedAgainAt.plus(AUTO_CONFIRM_AFTER)))
                .expectScheduledDeadlineWithName(AUTO_CONFIRM_AT, AUTO_CONFIRM_DEADLINE)
                .expectNoScheduledDeadlineWithName(reportedAgainAt.plus(AUTO_CONFIRM_AFTER), AUTO_CONFIRM_DEADLINE);
    }

    @Test
    void completesTheOrderAutomaticallyWhenNobodyConfirmsIt() {
        delivered(order)
                .whenTimeAdvancesTo(AUTO_CONFIRM_AT)
                .expectTriggeredDeadlinesWithName(AUTO_CONFIRM_DEADLINE)
                .expectDeadlinesMet(new AutoConfirmDue(ORDER_ID))
                .expectDispatchedCommands(new CompleteOrder(ORDER_ID, null, true));
    }

    @Test
    void endsOnceCompletedAutomatically() throws Exception {
        delivered(order)
                .andThenTimeAdvancesTo(AUTO_CONFIRM_AT)
                .whenAggregate(ORDER_ID.value()).publishes(order.orderCompleted(true))
                .expectNoDispatchedCommands()
                .expectNoScheduledDeadlines()
                .expectActiveSagas(0);
    }

    @Test
    void cancelsTheAutomaticConfirmationWhenTheCustomerConfirmsEarly() {
        delivered(order)
                .whenAggregate(ORDER_ID.value()).publishes(order.orderCompleted(false))
                .expectNoDispatchedCommands()
                .expectNoScheduledDeadlines()
                .expectActiveSagas(0);
    }

    // histories as the saga saw them

    private ContinuedGivenState pending(Orders order) {
        return fixture.givenCurrentTime(PLACED_AT)
                .andThenAggregate(ORDER_ID.value()).published(order.orderPlaced(), order.orderAccepted());
    }

    private ContinuedGivenState paid(Orders order) {
        return pending(order).andThenAggregate(ORDER_ID.value()).published(order.orderPaid());
    }

    private ContinuedGivenState shipped(Orders order) {
        return paid(order)
                .andThenAggregate(ORDER_ID.value()).published(order.orderShipped())
                .andThenAggregate(SHIPMENT.value()).published(
                        new ShipmentCreated(SHIPMENT, ORDER_ID, Orders.CARRIER, Orders.TRACKING_NUMBER));
    }

    private ContinuedGivenState delivered(Orders order) {
        return shipped(order)
                .andThenAggregate(SHIPMENT.value()).published(new ShipmentDelivered(SHIPMENT, ORDER_ID, DELIVERED_AT))
                .andThenAggregate(ORDER_ID.value()).published(order.orderDelivered());
    }
}
