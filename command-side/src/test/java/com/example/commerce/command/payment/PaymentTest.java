package com.example.commerce.command.payment;

import static com.example.commerce.command.payment.Payments.AMOUNT;
import static com.example.commerce.command.payment.Payments.DECLINE_REASON;
import static com.example.commerce.command.payment.Payments.ORDER_ID;
import static com.example.commerce.command.payment.Payments.PAYMENT;
import static com.example.commerce.command.payment.Payments.PG_TRANSACTION;
import static com.example.commerce.command.payment.Payments.PROVIDER;
import static com.example.commerce.command.payment.Payments.approved;
import static com.example.commerce.command.payment.Payments.declined;
import static com.example.commerce.command.payment.Payments.refunded;
import static com.example.commerce.command.payment.Payments.started;
import static org.assertj.core.api.Assertions.assertThat;

import com.example.commerce.api.common.Money;
import com.example.commerce.api.common.OrderId;
import com.example.commerce.api.error.IllegalOrderTransition;
import com.example.commerce.api.error.InvalidInput;
import com.example.commerce.api.error.NotFound;
import com.example.commerce.api.error.RuleViolation;
import com.example.commerce.api.order.PaymentRequested;
import com.example.commerce.api.order.RequestPayment;
import com.example.commerce.api.payment.ApprovePayment;
import com.example.commerce.api.payment.DeclinePayment;
import com.example.commerce.api.payment.RefundPayment;
import com.example.commerce.command.InMemoryAggregateStore;
import com.example.commerce.command.order.Order;
import com.example.commerce.command.order.Orders;
import com.example.commerce.command.payment.adapter.SandboxGateway;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One attempt to pay an order: opened on a pending order, then approved or declined once, and a
 * completed payment refunded once. Opening and refunding run through {@link PaymentCommandHandler},
 * with the real Order aggregate in an event-sourced store beside the fixture and the sandbox gateway.
 */
class PaymentTest {

    private final Orders order = Orders.anOrder();
    private final RefundCountingGateway gateway = new RefundCountingGateway(new SandboxGateway(PROVIDER));
    private FixtureConfiguration<Payment> fixture;
    private InMemoryAggregateStore<Order> orders;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Payment.class);
        orders = new InMemoryAggregateStore<>(Order.class);
        fixture.registerAnnotatedCommandHandler(new PaymentCommandHandler(orders.repository(), fixture.getRepository(),
                new PaymentGateways(Map.of(PROVIDER, gateway))));
    }

    // opening

    @Test
    void opensAProcessingPaymentOfThePendingOrdersTotal() {
        orders.given(ORDER_ID, order.accepted());

        fixture.givenNoPriorActivity()
                .when(new RequestPayment(ORDER_ID, PAYMENT, Orders.CUSTOMER, PROVIDER))
                .expectEvents(started())
                .expectResultMessagePayload(AMOUNT);

        assertThat(orders.eventsOf(ORDER_ID))
                .last().isEqualTo(new PaymentRequested(ORDER_ID, PAYMENT, PROVIDER, AMOUNT));
    }

    @Test
    void opensNoPaymentForAnOrderNoLongerPending() {
        orders.given(ORDER_ID, order.paid());

        fixture.givenNoPriorActivity()
                .when(new RequestPayment(ORDER_ID, Orders.OTHER_PAYMENT, Orders.CUSTOMER, PROVIDER))
                .expectException(IllegalOrderTransition.class)
                .expectNoEvents();

        assertThat(orders.eventsOf(ORDER_ID)).containsExactlyElementsOf(order.paid());
    }

    @Test
    void hidesAnotherCustomersOrder() {
        orders.given(ORDER_ID, order.accepted());

        fixture.givenNoPriorActivity()
                .when(new RequestPayment(ORDER_ID, PAYMENT, Orders.OTHER_CUSTOMER, PROVIDER))
                .expectException(NotFound.class)
                .expectNoEvents();
    }

    @Test
    void answersNotFoundForAnUnknownOrder() {
        fixture.givenNoPriorActivity()
                .when(new RequestPayment(OrderId.of("no-such-order"), PAYMENT, Orders.CUSTOMER, PROVIDER))
                .expectException(NotFound.class)
                .expectNoEvents();
    }

    @Test
    void refusesAProviderTheShopDoesNotAccept() {
        orders.given(ORDER_ID, order.accepted());

        fixture.givenNoPriorActivity()
                .when(new RequestPayment(ORDER_ID, PAYMENT, Orders.CUSTOMER, "paypal"))
                .expectException(InvalidInput.class)
                .expectNoEvents();

        assertThat(orders.eventsOf(ORDER_ID)).containsExactlyElementsOf(order.accepted());
    }

    // approving and declining

    @Test
    void completesWhenTheGatewayApprovesItsAmount() {
        fixture.given(started())
                .when(new ApprovePayment(PAYMENT, PG_TRANSACTION, AMOUNT))
                .expectEvents(approved());
    }

    @Test
    void completesOnlyOnceWhenTheAnswerAndTheWebhookBothArrive() {
        fixture.given(started(), approved())
                .when(new ApprovePayment(PAYMENT, PG_TRANSACTION, AMOUNT))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void refusesAnApprovalOfAnotherAmount() {
        fixture.given(started())
                .when(new ApprovePayment(PAYMENT, PG_TRANSACTION, AMOUNT.minus(Money.won(1))))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("payment " + PAYMENT + " is for " + AMOUNT + ", the gateway approved "
                        + AMOUNT.minus(Money.won(1)))
                .expectNoEvents();
    }

    @Test
    void staysFailedWhenAnApprovalArrivesAfterTheDecline() {
        fixture.given(started(), declined())
                .when(new ApprovePayment(PAYMENT, PG_TRANSACTION, AMOUNT))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void failsWhenTheGatewayDeclines() {
        fixture.given(started())
                .when(new DeclinePayment(PAYMENT, DECLINE_REASON))
                .expectEvents(declined());
    }

    @Test
    void staysCompletedWhenADeclineArrivesAfterTheApproval() {
        fixture.given(started(), approved())
                .when(new DeclinePayment(PAYMENT, DECLINE_REASON))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void failsOnlyOnce() {
        fixture.given(started(), declined())
                .when(new DeclinePayment(PAYMENT, DECLINE_REASON))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    // refunding

    @Test
    void refundsACompletedPaymentThroughItsProvider() {
        fixture.given(started(), approved())
                .when(new RefundPayment(PAYMENT))
                .expectEvents(refunded("sandbox_sandbox_refund_" + PAYMENT));

        assertThat(gateway.refunds).containsExactly(new PaymentGateway.Refund(PAYMENT, PG_TRANSACTION, AMOUNT));
    }

    @Test
    void refundsOnlyOnce() {
        fixture.given(started(), approved(), refunded("refund-1"))
                .when(new RefundPayment(PAYMENT))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();

        assertThat(gateway.refunds).isEmpty();
    }

    @Test
    void refundsNothingForADeclinedPayment() {
        fixture.given(started(), declined())
                .when(new RefundPayment(PAYMENT))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();

        assertThat(gateway.refunds).isEmpty();
    }

    @Test
    void refundsNothingForAPaymentStillProcessing() {
        fixture.given(started())
                .when(new RefundPayment(PAYMENT))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();

        assertThat(gateway.refunds).isEmpty();
    }

    /** The sandbox gateway, remembering which refunds it was asked for. */
    private static final class RefundCountingGateway implements PaymentGateway {

        private final PaymentGateway delegate;
        private final List<Refund> refunds = new ArrayList<>();

        RefundCountingGateway(PaymentGateway delegate) {
            this.delegate = delegate;
        }

        @Override
        public Authorization authorize(Charge charge) {
            return delegate.authorize(charge);
        }

        @Override
        public String refund(Refund refund) {
            refunds.add(refund);
            return delegate.refund(refund);
        }
    }
}
