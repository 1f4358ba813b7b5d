package com.example.commerce.query.orderview;

import static com.example.commerce.query.orderview.OrderEvents.anOrder;
import static com.example.commerce.query.orderview.OrderEvents.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import com.example.commerce.api.common.OrderStatus;
import com.example.commerce.api.common.PaymentId;
import com.example.commerce.api.order.OrderEvent;
import com.example.commerce.api.payment.PaymentApproved;
import com.example.commerce.api.payment.PaymentEvent;
import com.example.commerce.query.ReadModelDatabase;
import com.example.commerce.query.ReadModelJson;
import com.example.commerce.query.paging.PageRequest;
import com.example.commerce.query.projection.Generations;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericTrackedDomainEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

class OrderViewProjectionTest {

    private final JdbcTemplate jdbc = ReadModelDatabase.create();
    private final Generations generations = new Generations(jdbc);
    private final OrderViewRepository repository = new OrderViewRepository(jdbc, generations);
    private final QueryUpdateEmitter emitter = mock(QueryUpdateEmitter.class);
    private final OrderViewProjection projection = new OrderViewProjection(repository, generations, emitter);
    private final OrderEvents order = anOrder();
    private long globalIndex;

    @Test
    void showsAnOrderOnceItIsAccepted() {
        live(order.placed(), 0, at(0));
        assertThat(repository.visibleDetail(order.orderId.value())).isEmpty();

        live(order.accepted(), 1, at(1));

        assertThat(repository.visibleDetail(order.orderId.value())).hasValueSatisfying(view -> {
            assertThat(view.detail().status()).isEqualTo("pending");
            assertThat(view.version()).isEqualTo(2);
        });
    }

    @Test
    void tellsSubscribersAboutLiveChangesOfVisibleOrders() {
        live(order.placed(), 0, at(0));
        live(order.accepted(), 1, at(1));
        live(order.accepted(), 1, at(1));

        verify(emitter, times(1)).emit(eq(FindOrderDetail.class), any(), any(OrderDetailView.class));
    }

    @Test
    void writesReplayedEventsOnlyToTheGenerationBeingBuilt() {
        live(order.placed(), 0, at(0));
        startRebuild();

        replayed(order.placed(), 0, at(0));
        replayed(order.accepted(), 1, at(1));

        assertThat(statusIn(1)).isEqualTo("placed");
        assertThat(statusIn(2)).isEqualTo("pending");
        verify(emitter, never()).emit(eq(FindOrderDetail.class), any(), any(OrderDetailView.class));
    }

    @Test
    void writesLiveEventsToBothGenerationsDuringARebuild() {
        live(order.placed(), 0, at(0));
        startRebuild();
        replayed(order.placed(), 0, at(0));

        live(order.accepted(), 1, at(1));

        assertThat(statusIn(1)).isEqualTo("pending");
        assertThat(statusIn(2)).isEqualTo("pending");
        verify(emitter, times(1)).emit(eq(FindOrderDetail.class), any(), any(OrderDetailView.class));
    }

    @Test
    void readsOnlyTheActiveGeneration() {
        startRebuild();
        replayed(order.placed(), 0, at(0));
        replayed(order.accepted(), 1, at(1));

        assertThat(repository.visibleDetail(order.orderId.value())).isEmpty();
        assertThat(repository.page(null, null, PageRequest.of(0, 20)).totalItems()).isZero();

        jdbc.update("UPDATE projection_generation SET active_generation = 2, building_generation = NULL,"
                + " status = 'serving' WHERE name = ?", OrderViewProjection.NAME);

        assertThat(repository.visibleDetail(order.orderId.value())).isPresent();
    }

    @Test
    void listsACustomersVisibleOrdersNewestFirst() {
        OrderEvents older = anOrder();
        OrderEvents notYetAccepted = anOrder();
        for (OrderEvents each : new OrderEvents[] {older, order, notYetAccepted}) {
            live(each.placed(), each.orderId.value(), 0, at(each == older ? 0 : 60));
        }
        live(older.accepted(), older.orderId.value(), 1, at(1));
        live(order.accepted(), order.orderId.value(), 1, at(61));

        var all = repository.page(null, null, PageRequest.of(0, 20));
        var mine = repository.page(order.customerId.value(), null, PageRequest.of(0, 20));
        var paid = repository.page(null, OrderStatus.PAID, PageRequest.of(0, 20));

        assertThat(all.items()).extracting(OrderSummary::orderId)
                .containsExactly(order.orderId.value(), older.orderId.value());
        assertThat(mine.items()).singleElement().satisfies(summary -> {
            assertThat(summary.status()).isEqualTo("pending");
            assertThat(summary.total()).isEqualTo(OrderEvents.TOTAL);
            assertThat(summary.placedAt()).isEqualTo(at(60));
        });
        assertThat(paid.totalItems()).isZero();
    }

    @Test
    void storesTheDetailAsJsonThatReadsBackTheSame() {
        live(order.placed(), 0, at(0));
        live(order.accepted(), 1, at(1));

        String json = jdbc.queryForObject("SELECT detail FROM order_view_order WHERE order_id = ?", String.class,
                order.orderId.value());

        assertThat(ReadModelJson.read(json, OrderDetail.class))
                .isEqualTo(repository.visibleDetail(order.orderId.value()).orElseThrow().detail());
        assertThat(json).doesNotContain("paidAt").contains("\"placedAt\":\"2026-11-24T03:00:00Z\"");
    }

    @Test
    void foldsStoredEventsIntoTheRowsItsHandlersWrite() {
        OrderEvents other = anOrder();
        PaymentId paymentId = OrderEvents.aPaymentId();
        List<DomainEventMessage<?>> history = List.of(
                message(order.placed(), order.orderId.value(), 0, at(0)),
                message(order.accepted(), order.orderId.value(), 1, at(1)),
                message(other.placed(), other.orderId.value(), 0, at(2)),
                new GenericDomainEventMessage<>("Payment", paymentId.value(), 0,
                        order.paymentRequested(paymentId, "toss"), MetaData.emptyInstance(),
                        UUID.randomUUID().toString(), at(3)),
                // A window boundary: both orders have rows stored by then, which the second window must read.
                message(other.accepted(), other.orderId.value(), 1, at(4)),
                new GenericDomainEventMessage<>("Payment", paymentId.value(), 1,
                        order.paymentApproved(paymentId), MetaData.emptyInstance(), UUID.randomUUID().toString(),
                        at(5)),
                message(order.paid(paymentId), order.orderId.value(), 2, at(6)));
        startRebuild();
        for (DomainEventMessage<?> event : history) {
            TrackingToken token = new GlobalSequenceTrackingToken(++globalIndex);
            if (event.getPayload() instanceof OrderEvent orderEvent) {
                projection.on(orderEvent, event, ReplayStatus.REGULAR, token);
            } else {
                projection.on((PaymentEvent) event.getPayload(), event, ReplayStatus.REGULAR, token);
            }
        }
        jdbc.update("DELETE FROM order_view_order WHERE generation = 2");

        List<TrackedEventMessage<?>> stored = new ArrayList<>();
        for (int index = 0; index < history.size(); index++) {
            stored.add(new GenericTrackedDomainEventMessage<>(new GlobalSequenceTrackingToken(index + 1),
                    history.get(index)));
        }
        projection.fold(2, stored.subList(0, 4));
        projection.fold(2, stored.subList(4, stored.size()));

        for (OrderEvents each : List.of(order, other)) {
            OrderViewRow live = repository.load(1, each.orderId.value()).orElseThrow();
            OrderViewRow folded = repository.load(2, each.orderId.value()).orElseThrow();
            assertThat(folded.detail()).isEqualTo(live.detail());
            assertThat(folded.appliedSequences()).isEqualTo(live.appliedSequences());
            assertThat(folded.version()).isEqualTo(live.version());
            assertThat(folded.lastGlobalIndex()).isEqualTo(live.lastGlobalIndex());
        }
        assertThat(statusIn(2)).isEqualTo("paid");
        assertThat(projection.folds(PaymentApproved.class)).isTrue();
        assertThat(projection.folds(String.class)).isFalse();
    }

    private void startRebuild() {
        jdbc.update("UPDATE projection_generation SET building_generation = 2, status = 'rebuilding' WHERE name = ?",
                OrderViewProjection.NAME);
        generations.forget(OrderViewProjection.NAME);
    }

    private String statusIn(int generation) {
        return repository.load(generation, order.orderId.value()).orElseThrow().detail().status();
    }

    private void live(OrderEvent event, long sequence, Instant at) {
        live(event, order.orderId.value(), sequence, at);
    }

    private void live(OrderEvent event, String aggregateId, long sequence, Instant at) {
        projection.on(event, message(event, aggregateId, sequence, at), ReplayStatus.REGULAR,
                new GlobalSequenceTrackingToken(++globalIndex));
    }

    private void replayed(OrderEvent event, long sequence, Instant at) {
        projection.on(event, message(event, order.orderId.value(), sequence, at), ReplayStatus.REPLAY,
                new GlobalSequenceTrackingToken(++globalIndex));
    }

    private static GenericDomainEventMessage<OrderEvent> message(OrderEvent event, String aggregateId, long sequence,
                                                                  Instant at) {
        return new GenericDomainEventMessage<>("Order", aggregateId, sequence, event, MetaData.emptyInstance(),
                UUID.randomUUID().toString(), at);
    }
}
