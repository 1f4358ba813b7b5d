package com.example.commerce.query.orderview;

import static com.example.commerce.query.orderview.OrderEvents.aPaymentId;
import static com.example.commerce.query.orderview.OrderEvents.anOrder;
import static com.example.commerce.query.orderview.OrderEvents.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.example.commerce.api.common.OrderStatus;
import com.example.commerce.api.common.PaymentId;
import java.util.List;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

class OrderUpdatesTest {

    private final OrderEvents order = anOrder();
    private final QueryGateway queries = mock(QueryGateway.class);
    @SuppressWarnings("unchecked")
    private final SubscriptionQueryResult<OrderDetailView, OrderDetailView> result = mock(SubscriptionQueryResult.class);

    @Test
    void sendsTheCurrentDetailThenEachNewerVersionAndEndsWithTheOrder() {
        PaymentId payment = aPaymentId();
        OrderDetail pending = fold(order.placed(), order.accepted());
        OrderDetail paid = fold(order.placed(), order.accepted(), order.paymentStarted(payment, "toss"),
                order.paymentApproved(payment), order.paid(payment));
        OrderDetail cancelled = OrderDetails.apply(paid, order.cancelled("x", OrderStatus.PAID, payment), at(99));
        subscriptionAnswers(new OrderDetailView(2, pending), Flux.just(new OrderDetailView(2, pending),
                new OrderDetailView(5, paid), new OrderDetailView(4, pending), new OrderDetailView(6, cancelled),
                new OrderDetailView(7, cancelled)));

        List<OrderDetail> sent = new OrderUpdates(queries).follow(order.orderId.value()).collectList().block();

        assertThat(sent).extracting(OrderDetail::status).containsExactly("pending", "paid", "cancelled");
        verify(result).cancel();
    }

    @Test
    void closesTheSubscriptionWhenTheClientGoesAway() {
        subscriptionAnswers(new OrderDetailView(2, fold(order.placed(), order.accepted())), Flux.never());

        new OrderUpdates(queries).follow(order.orderId.value()).take(1).blockLast();

        verify(result).cancel();
    }

    private void subscriptionAnswers(OrderDetailView initial, Flux<OrderDetailView> updates) {
        when(result.initialResult()).thenReturn(Mono.just(initial));
        when(result.updates()).thenReturn(updates);
        when(queries.subscriptionQuery(eq(new FindOrderDetail(order.orderId.value())),
                any(ResponseType.class), any(ResponseType.class))).thenReturn(result);
    }

    private static OrderDetail fold(Object... events) {
        OrderDetail detail = null;
        for (int i = 0; i < events.length; i++) {
            detail = OrderDetails.apply(detail, events[i], at(i));
        }
        return detail;
    }
}
