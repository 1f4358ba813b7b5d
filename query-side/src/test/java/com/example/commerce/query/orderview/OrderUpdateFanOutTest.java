package com.example.commerce.query.orderview;

import static com.example.commerce.query.orderview.OrderEvents.anOrder;
import static com.example.commerce.query.orderview.OrderEvents.at;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.example.commerce.api.common.OrderStatus;
import com.example.commerce.api.order.OrderEvent;
import com.example.commerce.query.ReadModelDatabase;
import com.example.commerce.query.projection.Generations;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.GenericSubscriptionQueryMessage;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

class OrderUpdateFanOutTest {

    private final JdbcTemplate jdbc = ReadModelDatabase.create();
    private final OrderViewRepository repository = new OrderViewRepository(jdbc, new Generations(jdbc));
    /** Another node's processor: its emitter is not the one this node's subscribers listen to. */
    private final OrderViewProjection otherNode = new OrderViewProjection(repository, new Generations(jdbc),
            mock(QueryUpdateEmitter.class));
    private final QueryUpdateEmitter emitter = mock(QueryUpdateEmitter.class);
    private final OrderUpdateFanOut fanOut = new OrderUpdateFanOut(emitter, repository);
    private final OrderEvents order = anOrder();
    private long position;

    @Test
    void emitsHereWhatAnotherNodeChangedInAWatchedOrder() {
        handledElsewhere(order.placed(), 0);
        handledElsewhere(order.accepted(), 1);
        watching(order.orderId.value());

        fanOut.emitChangesOfWatchedOrders();
        verify(emitter).emit(eq(FindOrderDetail.class), any(), argThat((OrderDetailView view) -> view.version() == 2));

        clearInvocations(emitter);
        fanOut.emitChangesOfWatchedOrders();
        verify(emitter, never()).emit(eq(FindOrderDetail.class), any(), any(OrderDetailView.class));

        handledElsewhere(order.cancelled("x", OrderStatus.PENDING, null), 2);
        fanOut.emitChangesOfWatchedOrders();
        verify(emitter, times(1)).emit(eq(FindOrderDetail.class), any(),
                argThat((OrderDetailView view) -> view.detail().status().equals("cancelled")));
    }

    @Test
    void readsNothingWhileNobodyWatches() {
        handledElsewhere(order.placed(), 0);
        handledElsewhere(order.accepted(), 1);
        when(emitter.activeSubscriptions()).thenReturn(Set.of());

        fanOut.emitChangesOfWatchedOrders();

        verify(emitter, never()).emit(eq(FindOrderDetail.class), any(), any(OrderDetailView.class));
    }

    private void watching(String orderId) {
        when(emitter.activeSubscriptions()).thenReturn(Set.of(new GenericSubscriptionQueryMessage<>(
                new FindOrderDetail(orderId), ResponseTypes.instanceOf(OrderDetailView.class),
                ResponseTypes.instanceOf(OrderDetailView.class))));
    }

    private void handledElsewhere(OrderEvent event, long sequence) {
        otherNode.on(event, new GenericDomainEventMessage<>("Order", order.orderId.value(), sequence, event,
                        Map.of(), UUID.randomUUID().toString(), at(sequence)),
                ReplayStatus.REGULAR, new GlobalSequenceTrackingToken(++position));
    }
}
