package com.example.commerce.command.payment;

import static com.example.commerce.command.payment.Payments.ORDER_ID;
import static com.example.commerce.command.payment.Payments.PAYMENT;
import static com.example.commerce.command.payment.Payments.PROVIDER;
import static org.assertj.core.api.Assertions.assertThat;

import com.example.commerce.api.inventory.StockCommitted;
import com.example.commerce.api.inventory.StockReserved;
import com.example.commerce.api.inventory.StockRestocked;
import com.example.commerce.api.order.MarkOrderPaid;
import com.example.commerce.api.order.OrderPaid;
import com.example.commerce.api.payment.PaymentApproved;
import com.example.commerce.api.payment.PaymentRefunded;
import com.example.commerce.api.payment.RefundPayment;
import com.example.commerce.command.InMemoryAggregateStore;
import com.example.commerce.command.coupon.Coupon;
import com.example.commerce.command.inventory.Inventory;
import com.example.commerce.command.order.Order;
import com.example.commerce.command.order.OrderCommandHandler;
import com.example.commerce.command.order.Orders;
import com.example.commerce.command.payment.adapter.SandboxGateway;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.AnnotationCommandHandlerAdapter;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.messaging.annotation.ClasspathParameterResolverFactory;
import org.axonframework.messaging.annotation.MultiParameterResolverFactory;
import org.axonframework.messaging.annotation.SimpleResourceParameterResolverFactory;
import org.axonframework.test.deadline.StubDeadlineManager;
import org.junit.jupiter.api.Test;

/**
 * An approved payment pays its order, or goes back when the order no longer waits for it. Commands
 * travel over Axon's own command bus and gateway: first to handlers that answer as the order would,
 * then to the real Order, Inventory and Payment aggregates and the order's command handler.
 */
class PaymentSettlementTest {

    private final SimpleCommandBus commandBus = SimpleCommandBus.builder().build();
    private final CommandGateway commands = DefaultCommandGateway.builder().commandBus(commandBus).build();
    private final List<Object> dispatched = new ArrayList<>();
    private final PaymentSettlement settlement = new PaymentSettlement();
    private final PaymentApproved approval = Payments.approved();
    private final InMemoryAggregateStore<Inventory> inventories = new InMemoryAggregateStore<>(Inventory.class)
            .given(Orders.TEE.value(), new StockRestocked(Orders.TEE, 10, 10), new StockReserved(Orders.TEE, ORDER_ID, 2))
            .given(Orders.MUG.value(), new StockRestocked(Orders.MUG, 1, 1), new StockReserved(Orders.MUG, ORDER_ID, 1));

    @Test
    void paysTheOrderWithTheApprovedPayment() {
        orderAnswersMarkOrderPaidWith(true);

        settlement.on(approval, commands);

        assertThat(dispatched).containsExactly(new MarkOrderPaid(ORDER_ID, PAYMENT));
    }

    @Test
    void refundsThePaymentWhenTheOrderNoLongerWaitsForIt() {
        orderAnswersMarkOrderPaidWith(false);

        settlement.on(approval, commands);

        assertThat(dispatched).containsExactly(new MarkOrderPaid(ORDER_ID, PAYMENT), new RefundPayment(PAYMENT));
    }

    @Test
    void paysAPendingOrder() {
        Orders order = Orders.anOrder();
        InMemoryAggregateStore<Order> orders = new InMemoryAggregateStore<>(Order.class).given(ORDER_ID, order.accepted());
        InMemoryAggregateStore<Payment> payments = paymentStore();
        subscribeRealAggregates(orders, payments);

        settlement.on(approval, commands);

        assertThat(orders.eventsOf(ORDER_ID)).last()
                .isEqualTo(new OrderPaid(ORDER_ID, PAYMENT, order.total(), order.units()));
        assertThat(payments.eventsOf(PAYMENT)).containsExactly(Payments.started(), Payments.approved());
        assertThat(inventories.eventsOf(Orders.TEE)).last().isEqualTo(new StockCommitted(Orders.TEE, ORDER_ID, 2));
        assertThat(inventories.eventsOf(Orders.MUG)).last().isEqualTo(new StockCommitted(Orders.MUG, ORDER_ID, 1));
    }

    @Test
    void givesTheMoneyBackForAnOrderCancelledBeforeTheApprovalArrived() {
        Orders order = Orders.anOrder();
        InMemoryAggregateStore<Order> orders =
                new InMemoryAggregateStore<>(Order.class).given(ORDER_ID, order.cancelledWhilePending());
        InMemoryAggregateStore<Payment> payments = paymentStore();
        subscribeRealAggregates(orders, payments);

        settlement.on(approval, commands);

        assertThat(orders.eventsOf(ORDER_ID)).containsExactlyElementsOf(order.cancelledWhilePending());
        assertThat(payments.eventsOf(PAYMENT)).last()
                .isEqualTo(Payments.refunded("sandbox_sandbox_refund_" + PAYMENT));
        assertThat(inventories.eventsOf(Orders.TEE)).noneMatch(StockCommitted.class::isInstance);
    }

    @Test
    void givesTheMoneyBackForAnOrderAlreadyPaidByAnotherPayment() {
        Orders order = Orders.anOrder().paidWith(Orders.OTHER_PAYMENT);
        InMemoryAggregateStore<Order> orders = new InMemoryAggregateStore<>(Order.class).given(ORDER_ID, order.paid());
        InMemoryAggregateStore<Payment> payments = paymentStore();
        subscribeRealAggregates(orders, payments);

        settlement.on(approval, commands);

        assertThat(orders.eventsOf(ORDER_ID)).containsExactlyElementsOf(order.paid());
        assertThat(payments.eventsOf(PAYMENT)).last().isInstanceOf(PaymentRefunded.class);
    }

    @Test
    void keepsTheMoneyOfAShippedOrderWhenItsApprovalIsSettledAgain() {
        Orders order = Orders.anOrder();
        InMemoryAggregateStore<Order> orders = new InMemoryAggregateStore<>(Order.class).given(ORDER_ID, order.shipped());
        InMemoryAggregateStore<Payment> payments = paymentStore();
        subscribeRealAggregates(orders, payments);

        settlement.on(approval, commands);

        assertThat(orders.eventsOf(ORDER_ID)).containsExactlyElementsOf(order.shipped());
        assertThat(payments.eventsOf(PAYMENT)).containsExactly(Payments.started(), Payments.approved());
    }

    private void orderAnswersMarkOrderPaidWith(boolean paid) {
        commandBus.subscribe(MarkOrderPaid.class.getName(), message -> {
            dispatched.add(message.getPayload());
            return paid;
        });
        commandBus.subscribe(RefundPayment.class.getName(), message -> {
            dispatched.add(message.getPayload());
            return null;
        });
    }

    private static InMemoryAggregateStore<Payment> paymentStore() {
        return new InMemoryAggregateStore<>(Payment.class)
                .given(PAYMENT, Payments.started(), Payments.approved());
    }

    private void subscribeRealAggregates(InMemoryAggregateStore<Order> orders, InMemoryAggregateStore<Payment> payments) {
        new AnnotationCommandHandlerAdapter<>(new OrderCommandHandler(orders.repository(), inventories.repository(),
                new InMemoryAggregateStore<>(Coupon.class).repository(), Orders.pricing(), Clock.systemUTC()),
                MultiParameterResolverFactory.ordered(ClasspathParameterResolverFactory.forClass(OrderCommandHandler.class),
                        new SimpleResourceParameterResolverFactory(List.of(new StubDeadlineManager()))))
                .subscribe(commandBus);
        new AnnotationCommandHandlerAdapter<>(new PaymentCommandHandler(orders.repository(), payments.repository(),
                new PaymentGateways(Map.of(PROVIDER, new SandboxGateway(PROVIDER)))))
                .subscribe(commandBus);
    }
}
