package com.example.commerce.command.order;

import static com.example.commerce.command.order.Orders.AUTO_CONFIRM_AT;
import static com.example.commerce.command.order.Orders.CARRIER;
import static com.example.commerce.command.order.Orders.COUPON;
import static com.example.commerce.command.order.Orders.CUSTOMER;
import static com.example.commerce.command.order.Orders.DELIVERED_AT;
import static com.example.commerce.command.order.Orders.MUG;
import static com.example.commerce.command.order.Orders.ORDER_ID;
import static com.example.commerce.command.order.Orders.ORDER_NUMBER;
import static com.example.commerce.command.order.Orders.OTHER_CUSTOMER;
import static com.example.commerce.command.order.Orders.OTHER_PAYMENT;
import static com.example.commerce.command.order.Orders.PAYMENT;
import static com.example.commerce.command.order.Orders.PAYMENT_DUE_AT;
import static com.example.commerce.command.order.Orders.PLACED_AT;
import static com.example.commerce.command.order.Orders.SHIPMENT;
import static com.example.commerce.command.order.Orders.TEE;
import static com.example.commerce.command.order.Orders.TEE_PRODUCT;
import static com.example.commerce.command.order.Orders.TRACKING_NUMBER;
import static com.example.commerce.command.order.Orders.anOrder;
import static com.example.commerce.command.order.Orders.tees;
import static org.assertj.core.api.Assertions.assertThat;
import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.deepEquals;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.payloadsMatching;

import com.example.commerce.api.common.Money;
import com.example.commerce.api.common.OrderId;
import com.example.commerce.api.common.OrderStatus;
import com.example.commerce.api.common.Sku;
import com.example.commerce.api.error.IllegalOrderTransition;
import com.example.commerce.api.error.InvalidInput;
import com.example.commerce.api.error.NotFound;
import com.example.commerce.api.inventory.ReservationRefused;
import com.example.commerce.api.inventory.StockCommitted;
import com.example.commerce.api.inventory.StockReserved;
import com.example.commerce.api.inventory.StockRestocked;
import com.example.commerce.api.order.CancelOrder;
import com.example.commerce.api.order.CompleteOrder;
import com.example.commerce.api.order.ExpireOrder;
import com.example.commerce.api.order.MarkOrderDelivered;
import com.example.commerce.api.order.MarkOrderPaid;
import com.example.commerce.api.order.OrderAccepted;
import com.example.commerce.api.order.OrderAmounts;
import com.example.commerce.api.order.OrderCancelled;
import com.example.commerce.api.order.OrderCompleted;
import com.example.commerce.api.order.OrderDelivered;
import com.example.commerce.api.order.OrderLine;
import com.example.commerce.api.order.OrderPaid;
import com.example.commerce.api.order.OrderShipped;
import com.example.commerce.api.order.PaymentRequested;
import com.example.commerce.api.order.PlaceOrder;
import com.example.commerce.api.order.Shortfall;
import com.example.commerce.command.InMemoryAggregateStore;
import com.example.commerce.command.coupon.Coupon;
import com.example.commerce.command.coupon.CouponNotApplicable;
import com.example.commerce.command.coupon.Coupons;
import com.example.commerce.command.inventory.Inventory;
import com.example.commerce.command.order.OrderPlacement.Placement;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.axonframework.messaging.Message;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.matchers.IgnoreField;
import org.hamcrest.Matcher;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An order from placement to completion. Placement runs through {@link OrderCommandHandler} with
 * real event-sourced Inventory and coupon repositories beside the fixture; the rest through the aggregate's own
 * handlers. A fresh fixture per test.
 */
class OrderTest {

    private static final String REASON = "changed my mind";

    private final Orders order = anOrder();
    private final Orders orderWithCoupon = anOrder().withCoupon(COUPON, Money.won(5000));
    private FixtureConfiguration<Order> fixture;
    private InMemoryAggregateStore<Coupon> coupons;
    private InMemoryAggregateStore<Inventory> inventories;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Order.class);
        coupons = new InMemoryAggregateStore<>(Coupon.class);
        inventories = new InMemoryAggregateStore<>(Inventory.class)
                .given(TEE.value(), new StockRestocked(TEE, 10, 10))
                .given(MUG.value(), new StockRestocked(MUG, 1, 1));
        fixture.registerAnnotatedCommandHandler(new OrderCommandHandler(fixture.getRepository(),
                inventories.repository(), coupons.repository(), Orders.pricing(), Clock.fixed(PLACED_AT, ZoneOffset.UTC)));
    }

    @Test
    void recordsTheOrderWithItsSnapshottedLinesAndAmountsAndHoldsItsStock() {
        fixture.givenNoPriorActivity()
                .when(order.placeOrder())
                .expectEventsMatching(placedAndAccepted(order))
                .expectScheduledDeadlineWithName(PAYMENT_DUE_AT, Order.PAYMENT_DEADLINE)
                .expectResultMessagePayload(order.placement());

        assertThat(order.placement().amounts()).isEqualTo(new OrderAmounts(Money.won(39000), Money.won(3000),
                Money.ZERO, Money.won(3818), Money.won(42000)));
        assertThat(inventories.eventsOf(TEE)).endsWith(new StockReserved(TEE, ORDER_ID, 2));
        assertThat(inventories.eventsOf(MUG)).endsWith(new StockReserved(MUG, ORDER_ID, 1));
    }

    @Test
    void recordsOnlyTheRefusalWhenALineIsShort() {
        inventories.given(MUG.value(), new StockReserved(MUG, OrderId.of("earlier-order"), 1));

        fixture.givenNoPriorActivity()
                .when(order.placeOrder())
                .expectNoEvents()
                .expectResultMessagePayload(new Placement.OutOfStock(List.of(new Shortfall(MUG, 1, 0))));

        assertThat(inventories.eventsOf(MUG)).endsWith(new ReservationRefused(MUG, ORDER_ID, 1, 0));
        assertThat(inventories.eventsOf(TEE)).containsExactly(new StockRestocked(TEE, 10, 10));
    }

    @Test
    void countsNoCouponUseWhenALineIsShort() {
        coupons.create(() -> new Coupon(Coupons.fixed(5000).create()));
        inventories.given(MUG.value(), new StockReserved(MUG, OrderId.of("earlier-order"), 1));

        fixture.givenNoPriorActivity()
                .when(orderWithCoupon.placeOrder())
                .expectNoEvents()
                .expectResultMessagePayloadMatching(Matchers.instanceOf(Placement.OutOfStock.class));

        assertThat(coupons.eventsOf(COUPON)).containsExactly(Coupons.fixed(5000).created());
    }

    @Test
    void refusesASkuNeverRestockedAndRecordsTheDemand() {
        Sku neverStocked = Sku.of("CAP-BLUE");
        OrderLine cap = new OrderLine(neverStocked, TEE_PRODUCT, "Cap", "Blue", Money.won(12000), 1);
        PlaceOrder placeOrder = new PlaceOrder(ORDER_ID, ORDER_NUMBER, CUSTOMER, List.of(cap), Orders.address(),
                null, PAYMENT_DUE_AT);

        fixture.givenNoPriorActivity()
                .when(placeOrder)
                .expectNoEvents()
                .expectResultMessagePayload(new Placement.OutOfStock(List.of(new Shortfall(neverStocked, 1, 0))));

        assertThat(inventories.eventsOf(neverStocked)).containsExactly(new ReservationRefused(neverStocked, ORDER_ID, 1, 0));
    }

    @Test
    void refusesTwoLinesForOneSkuAsInvalidInput() {
        PlaceOrder placeOrder = new PlaceOrder(ORDER_ID, ORDER_NUMBER, CUSTOMER, List.of(tees(1), tees(2)),
                Orders.address(), null, PAYMENT_DUE_AT);

        fixture.givenNoPriorActivity()
                .when(placeOrder)
                .expectException(InvalidInput.class)
                .expectNoEvents();

        assertThat(inventories.eventsOf(TEE)).containsExactly(new StockRestocked(TEE, 10, 10));
    }

    @Test
    void redeemsAFixedCouponAndTakesItsValueOff() {
        coupons.create(() -> new Coupon(Coupons.fixed(5000).create()));

        fixture.givenNoPriorActivity()
                .when(orderWithCoupon.placeOrder())
                .expectEventsMatching(placedAndAccepted(orderWithCoupon))
                .expectResultMessagePayload(orderWithCoupon.placement());
        assertThat(orderWithCoupon.amounts()).isEqualTo(new OrderAmounts(Money.won(39000), Money.won(3000),
                Money.won(5000), Money.won(3363), Money.won(37000)));

        assertThat(coupons.eventsOf(COUPON))
                .containsExactly(Coupons.fixed(5000).created(), Coupons.redeemed(ORDER_ID, Money.won(5000)));
    }

    @Test
    void takesAPercentCouponOffTheSubtotal() {
        coupons.create(() -> new Coupon(Coupons.percent(10).create()));
        Orders tenPercentOff = anOrder().withCoupon(COUPON, Money.won(3900));

        fixture.givenNoPriorActivity()
                .when(tenPercentOff.placeOrder())
                .expectEventsMatching(placedAndAccepted(tenPercentOff))
                .expectResultMessagePayload(tenPercentOff.placement());
        assertThat(tenPercentOff.amounts()).isEqualTo(new OrderAmounts(Money.won(39000), Money.won(3000),
                Money.won(3900), Money.won(3463), Money.won(38100)));
    }

    @Test
    void refusesAnUnknownCouponAsInvalidInput() {
        fixture.givenNoPriorActivity()
                .when(orderWithCoupon.placeOrder())
                .expectException(InvalidInput.class)
                .expectNoEvents();
    }

    @Test
    void recordsNeitherOrderNorCouponUseWhenTheCouponHasExpired() {
        coupons.create(() -> new Coupon(Coupons.fixed(5000).expiringAt(PLACED_AT).create()));

        fixture.givenNoPriorActivity()
                .when(orderWithCoupon.placeOrder())
                .expectException(CouponNotApplicable.class)
                .expectNoEvents();

        assertThat(coupons.eventsOf(COUPON)).containsExactly(Coupons.fixed(5000).expiringAt(PLACED_AT).created());
        assertThat(inventories.eventsOf(TEE)).containsExactly(new StockRestocked(TEE, 10, 10));
    }

    @Test
    void refusesACouponWhoseMinimumTheSubtotalMisses() {
        coupons.create(() -> new Coupon(Coupons.fixed(5000).withMinimum(Money.won(40000)).create()));

        fixture.givenNoPriorActivity()
                .when(orderWithCoupon.placeOrder())
                .expectException(CouponNotApplicable.class)
                .expectNoEvents();
    }

    @Test
    void opensAPaymentOfTheTotalForItsCustomer() {
        AtomicReference<Money> amount = new AtomicReference<>();

        fixture.given(order.accepted())
                .whenInvoking(ORDER_ID.value(), o -> amount.set(o.requestPayment(PAYMENT, CUSTOMER, "sandbox")))
                .expectEvents(new PaymentRequested(ORDER_ID, PAYMENT, "sandbox", Money.won(42000)));

        assertThat(amount).hasValue(Money.won(42000));
    }

    @Test
    void refusesPaymentOfAnOrderNoLongerPending() {
        fixture.given(order.paid())
                .whenInvoking(ORDER_ID.value(), o -> o.requestPayment(OTHER_PAYMENT, CUSTOMER, "sandbox"))
                .expectException(IllegalOrderTransition.class)
                .expectExceptionMessage("order " + ORDER_ID + " is PAID, cannot be paid")
                .expectNoEvents();
    }

    @Test
    void hidesTheOrderFromAnotherCustomerWhoTriesToPay() {
        fixture.given(order.accepted())
                .whenInvoking(ORDER_ID.value(), o -> o.requestPayment(PAYMENT, OTHER_CUSTOMER, "sandbox"))
                .expectException(NotFound.class)
                .expectNoEvents();
    }

    @Test
    void becomesPaidAndAnswersTrue() {
        fixture.given(order.accepted())
                .when(new MarkOrderPaid(ORDER_ID, PAYMENT))
                .expectEvents(new OrderPaid(ORDER_ID, PAYMENT, Money.won(42000), order.units()))
                .expectResultMessagePayload(true);
    }

    @Test
    void takesItsHeldUnitsOutOfStockAndCancelsItsPaymentDeadlineWhenPaid() {
        fixture.givenCurrentTime(PLACED_AT)
                .andGivenCommands(order.placeOrder())
                .when(new MarkOrderPaid(ORDER_ID, PAYMENT))
                .expectEvents(order.orderPaid())
                .expectResultMessagePayload(true)
                .expectNoScheduledDeadlines();

        assertThat(inventories.eventsOf(TEE)).endsWith(new StockReserved(TEE, ORDER_ID, 2),
                new StockCommitted(TEE, ORDER_ID, 2));
        assertThat(inventories.eventsOf(MUG)).endsWith(new StockReserved(MUG, ORDER_ID, 1),
                new StockCommitted(MUG, ORDER_ID, 1));
    }

    @Test
    void takesItsUnitsOnceWhenItsPaymentIsSettledTwice() {
        fixture.givenCurrentTime(PLACED_AT)
                .andGivenCommands(order.placeOrder(), new MarkOrderPaid(ORDER_ID, PAYMENT))
                .when(new MarkOrderPaid(ORDER_ID, PAYMENT))
                .expectNoEvents()
                .expectResultMessagePayload(true);

        assertThat(inventories.eventsOf(TEE)).filteredOn(StockCommitted.class::isInstance).hasSize(1);
    }

    @Test
    void takesNothingOutOfStockForAPaymentItRefuses() {
        fixture.givenCurrentTime(PLACED_AT)
                .andGivenCommands(order.placeOrder(), new CancelOrder(ORDER_ID, CUSTOMER, REASON))
                .when(new MarkOrderPaid(ORDER_ID, PAYMENT))
                .expectNoEvents()
                .expectResultMessagePayload(false);

        assertThat(inventories.eventsOf(TEE)).noneMatch(StockCommitted.class::isInstance);
    }

    @Test
    void answersTrueAgainForThePaymentItWasPaidWith() {
        fixture.given(order.paid())
                .when(new MarkOrderPaid(ORDER_ID, PAYMENT))
                .expectNoEvents()
                .expectResultMessagePayload(true);
    }

    @Test
    void answersFalseForASecondPaymentSoItCanBeRefunded() {
        fixture.given(order.paid())
                .when(new MarkOrderPaid(ORDER_ID, OTHER_PAYMENT))
                .expectNoEvents()
                .expectResultMessagePayload(false);
    }

    @Test
    void keepsAnsweringTrueForItsOwnPaymentOnceShipped() {
        // A settlement handled again (redelivery, reset processor) must not turn into a refund of a shipped order.
        fixture.given(order.shipped())
                .when(new MarkOrderPaid(ORDER_ID, PAYMENT))
                .expectNoEvents()
                .expectResultMessagePayload(true);
    }

    @Test
    void answersFalseForAnotherPaymentOnceShipped() {
        fixture.given(order.shipped())
                .when(new MarkOrderPaid(ORDER_ID, OTHER_PAYMENT))
                .expectNoEvents()
                .expectResultMessagePayload(false);
    }

    @Test
    void answersFalseOnceCancelled() {
        fixture.given(order.cancelledWhilePending())
                .when(new MarkOrderPaid(ORDER_ID, PAYMENT))
                .expectNoEvents()
                .expectResultMessagePayload(false);
    }

    @Test
    void cancelsAPendingOrderForItsCustomerAndNamesTheCoupon() {
        fixture.given(orderWithCoupon.accepted())
                .when(new CancelOrder(ORDER_ID, CUSTOMER, REASON))
                .expectEvents(new OrderCancelled(ORDER_ID, REASON, OrderStatus.PENDING, null, COUPON, order.units()));
    }

    @Test
    void cancelsAPaidOrderAndNamesThePaymentToRefund() {
        fixture.given(order.paid())
                .when(new CancelOrder(ORDER_ID, null, "out of stock at the warehouse"))
                .expectEvents(new OrderCancelled(ORDER_ID, "out of stock at the warehouse", OrderStatus.PAID,
                        PAYMENT, null, order.units()));
    }

    @Test
    void refusesToCancelAShippedOrder() {
        fixture.given(order.shipped())
                .when(new CancelOrder(ORDER_ID, CUSTOMER, REASON))
                .expectException(IllegalOrderTransition.class)
                .expectExceptionMessage("order " + ORDER_ID + " is SHIPPED, cannot be cancelled")
                .expectNoEvents();
    }

    @Test
    void refusesToCancelADeliveredOrder() {
        fixture.given(order.delivered())
                .when(new CancelOrder(ORDER_ID, null, REASON))
                .expectException(IllegalOrderTransition.class)
                .expectNoEvents();
    }

    @Test
    void cancelsOnlyOnce() {
        fixture.given(order.cancelledWhilePending())
                .when(new CancelOrder(ORDER_ID, CUSTOMER, REASON))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void hidesTheOrderFromAnotherCustomerWhoCancels() {
        fixture.given(order.accepted())
                .when(new CancelOrder(ORDER_ID, OTHER_CUSTOMER, REASON))
                .expectException(NotFound.class)
                .expectNoEvents();
    }

    @Test
    void cancelsAPendingOrderForPaymentTimeoutWhenTheProcessOfAnEarlierVersionExpiresIt() {
        fixture.given(orderWithCoupon.accepted())
                .when(new ExpireOrder(ORDER_ID))
                .expectEvents(new OrderCancelled(ORDER_ID, "payment_timeout", OrderStatus.PENDING, null, COUPON,
                        order.units()));
    }

    @Test
    void leavesAPaidOrderAlone() {
        fixture.given(order.paid())
                .when(new ExpireOrder(ORDER_ID))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void leavesACancelledOrderAlone() {
        fixture.given(order.cancelledWhilePending())
                .when(new ExpireOrder(ORDER_ID))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    // its payment deadline, scheduled by the placement itself

    @Test
    void cancelsItselfForPaymentTimeoutWhenItsDeadlinePassesUnpaid() {
        fixture.givenCurrentTime(PLACED_AT)
                .andGivenCommands(order.placeOrder())
                .whenTimeAdvancesTo(PAYMENT_DUE_AT)
                .expectTriggeredDeadlinesWithName(Order.PAYMENT_DEADLINE)
                .expectDeadlinesMet(new PaymentOverdue(ORDER_ID))
                .expectEvents(order.cancelledWhilePending(Order.PAYMENT_TIMEOUT));
    }

    @Test
    void cancelsItsPaymentDeadlineWhenItsCustomerCancelsIt() {
        fixture.givenCurrentTime(PLACED_AT)
                .andGivenCommands(order.placeOrder())
                .when(new CancelOrder(ORDER_ID, CUSTOMER, REASON))
                .expectEvents(order.cancelledWhilePending(REASON))
                .expectNoScheduledDeadlines();
    }

    @Test
    void shipsAPaidOrder() {
        fixture.given(order.paid())
                .whenInvoking(ORDER_ID.value(), o -> o.ship(SHIPMENT, CARRIER, TRACKING_NUMBER))
                .expectEvents(new OrderShipped(ORDER_ID, SHIPMENT, CARRIER, TRACKING_NUMBER));
    }

    @Test
    void refusesToShipAnUnpaidOrder() {
        fixture.given(order.accepted())
                .whenInvoking(ORDER_ID.value(), o -> o.ship(SHIPMENT, CARRIER, TRACKING_NUMBER))
                .expectException(IllegalOrderTransition.class)
                .expectExceptionMessage("order " + ORDER_ID + " is PENDING, cannot be shipped")
                .expectNoEvents();
    }

    @Test
    void refusesToShipTwice() {
        fixture.given(order.shipped())
                .whenInvoking(ORDER_ID.value(), o -> o.ship(SHIPMENT, CARRIER, TRACKING_NUMBER))
                .expectException(IllegalOrderTransition.class)
                .expectNoEvents();
    }

    @Test
    void refusesToShipACancelledOrder() {
        fixture.given(order.cancelledAfterPayment())
                .whenInvoking(ORDER_ID.value(), o -> o.ship(SHIPMENT, CARRIER, TRACKING_NUMBER))
                .expectException(IllegalOrderTransition.class)
                .expectNoEvents();
    }

    @Test
    void marksAShippedOrderDelivered() {
        fixture.given(order.shipped())
                .when(new MarkOrderDelivered(ORDER_ID, DELIVERED_AT, AUTO_CONFIRM_AT))
                .expectEvents(new OrderDelivered(ORDER_ID, DELIVERED_AT, AUTO_CONFIRM_AT));
    }

    @Test
    void ignoresASecondDeliveryReport() {
        fixture.given(order.delivered())
                .when(new MarkOrderDelivered(ORDER_ID, DELIVERED_AT.plusSeconds(60), AUTO_CONFIRM_AT))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void ignoresDeliveryOfAnOrderNotShipped() {
        fixture.given(order.paid())
                .when(new MarkOrderDelivered(ORDER_ID, DELIVERED_AT, AUTO_CONFIRM_AT))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void completesADeliveredOrderItsCustomerConfirms() {
        fixture.given(order.delivered())
                .when(new CompleteOrder(ORDER_ID, CUSTOMER, false))
                .expectEvents(new OrderCompleted(ORDER_ID, false));
    }

    @Test
    void completesADeliveredOrderAutomatically() {
        fixture.given(order.delivered())
                .when(new CompleteOrder(ORDER_ID, null, true))
                .expectEvents(new OrderCompleted(ORDER_ID, true));
    }

    @Test
    void leavesAnOrderNotDeliveredAloneWhenCompletingAutomatically() {
        fixture.given(order.shipped())
                .when(new CompleteOrder(ORDER_ID, null, true))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void refusesTheCustomersConfirmationOfAnOrderNotDelivered() {
        fixture.given(order.shipped())
                .when(new CompleteOrder(ORDER_ID, CUSTOMER, false))
                .expectException(IllegalOrderTransition.class)
                .expectExceptionMessage("order " + ORDER_ID + " is SHIPPED, cannot be confirmed")
                .expectNoEvents();
    }

    @Test
    void completesOnlyOnce() {
        fixture.given(order.completed())
                .when(new CompleteOrder(ORDER_ID, null, true))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void takesTheCustomersRepeatedConfirmationWithoutAnotherEvent() {
        fixture.given(order.completed())
                .when(new CompleteOrder(ORDER_ID, CUSTOMER, false))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void hidesTheOrderFromAnotherCustomerWhoConfirms() {
        fixture.given(order.delivered())
                .when(new CompleteOrder(ORDER_ID, OTHER_CUSTOMER, false))
                .expectException(NotFound.class)
                .expectNoEvents();
    }

    /** The order's placement and acceptance, whatever id the deadline manager gave its payment deadline. */
    private static Matcher<List<Message<?>>> placedAndAccepted(Orders order) {
        return payloadsMatching(exactSequenceOf(
                deepEquals(order.orderPlaced()),
                deepEquals(order.orderAccepted(), new IgnoreField(OrderAccepted.class, "paymentDeadlineId")),
                andNoMore()));
    }
}
