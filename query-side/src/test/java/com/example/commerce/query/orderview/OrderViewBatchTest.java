package com.example.commerce.query.orderview;

import static com.example.commerce.query.orderview.OrderEvents.aPaymentId;
import static com.example.commerce.query.orderview.OrderEvents.anOrder;
import static com.example.commerce.query.orderview.OrderEvents.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.commerce.api.common.OrderStatus;
import com.example.commerce.api.common.PaymentId;
import com.example.commerce.api.order.OrderEvent;
import com.example.commerce.api.payment.PaymentEvent;
import com.example.commerce.api.shipment.ShipmentEvent;
import com.example.commerce.query.ReadModelDatabase;
import com.example.commerce.query.projection.Generations;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.queryhandling.GenericSubscriptionQueryMessage;
import org.axonframework.queryhandling.SimpleQueryUpdateEmitter;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;

/**
 * A processor batch folded in memory and written once ({@link OrderViewBatch}) leaves the same rows
 * as the same events applied one at a time, also when batches are redelivered after a rollback or
 * events arrive twice; subscribers hear of a batch's changes only once it has committed.
 */
class OrderViewBatchTest {

    private static final int ORDERS = 60;

    private final Random random = new Random(20261124);
    private long globalIndex;

    @Test
    void foldsBatchesIntoTheSameRowsAsOneEventAtATime() {
        List<Delivery> history = interleavedHistory();
        View oneByOne = new View();
        View batched = new View();

        history.forEach(oneByOne::handleAlone);
        for (List<Delivery> batch : batches(history)) {
            batched.handleInBatch(batch, false);
        }

        assertThat(batched.rows()).hasSize(ORDERS).isEqualTo(oneByOne.rows());
    }

    @Test
    void redeliversABatchThatRolledBackAfterItsRowsWereWritten() {
        List<Delivery> history = interleavedHistory();
        View oneByOne = new View();
        View batched = new View();
        history.forEach(oneByOne::handleAlone);

        List<List<Delivery>> batches = batches(history);
        for (int i = 0; i < batches.size(); i++) {
            List<Delivery> batch = batches.get(i);
            if (i % 3 == 1) {
                Map<String, OrderViewRow> before = batched.rows();
                assertThatThrownBy(() -> batched.handleInBatch(batch, true))
                        .hasMessageContaining("token could not be stored");
                assertThat(batched.rows()).as("rows after batch %d rolled back", i).isEqualTo(before);
            }
            batched.handleInBatch(batch, false);
        }

        assertThat(batched.rows()).hasSize(ORDERS).isEqualTo(oneByOne.rows());
    }

    @Test
    void tellsSubscribersOnlyWhatACommittedBatchChanged() {
        OrderEvents order = anOrder();
        PaymentId payment = aPaymentId();
        String paymentId = payment.value();
        List<Delivery> events = List.of(
                new Delivery(order.orderId.value(), 0, order.placed(), ++globalIndex),
                new Delivery(order.orderId.value(), 1, order.accepted(), ++globalIndex),
                new Delivery(paymentId, 0, order.paymentStarted(payment, "toss"), ++globalIndex),
                new Delivery(paymentId, 1, order.paymentApproved(payment), ++globalIndex),
                new Delivery(order.orderId.value(), 2, order.paid(payment), ++globalIndex));
        View view = new View();
        List<OrderDetailView> told = view.follow(order.orderId.value());

        assertThatThrownBy(() -> view.handleInBatch(events, true)).hasMessageContaining("token could not be stored");
        assertThat(told).as("updates of a batch that rolled back").isEmpty();

        view.handleInBatch(events, false);

        assertThat(told).extracting(OrderDetailView::version).containsExactly(2L, 3L, 4L, 5L);
        assertThat(told.get(told.size() - 1).detail().status()).isEqualTo("paid");
    }

    /** Orders in every state, their events interleaved in a random (but per aggregate ordered) way, some delivered twice. */
    private List<Delivery> interleavedHistory() {
        List<Deque<Delivery>> streams = new ArrayList<>();
        for (int i = 0; i < ORDERS; i++) {
            streams.add(new ArrayDeque<>(lifecycle(anOrder(), i % 6)));
        }
        List<Delivery> history = new ArrayList<>();
        while (!streams.isEmpty()) {
            Deque<Delivery> stream = streams.get(random.nextInt(Math.min(streams.size(), 8)));
            Delivery next = stream.poll();
            history.add(next.at(++globalIndex));
            if (random.nextInt(10) == 0) {
                // At least once: the same stored event again, later.
                history.add(next.at(globalIndex));
            }
            if (stream.isEmpty()) {
                streams.remove(stream);
            }
        }
        return history;
    }

    private static List<Delivery> lifecycle(OrderEvents order, int kind) {
        String orderId = order.orderId.value();
        PaymentId payment = aPaymentId();
        String paymentId = payment.value();
        String shipmentId = order.shipmentId.value();
        List<Delivery> events = new ArrayList<>(List.of(new Delivery(orderId, 0, order.placed(), 0)));
        if (kind == 0) {
            // placed, its acceptance not (yet) seen: never visible
            return events;
        }
        events.add(new Delivery(orderId, 1, order.accepted(), 0));
        events.add(new Delivery(paymentId, 0, order.paymentStarted(payment, "toss"), 0));
        if (kind == 1) {
            events.add(new Delivery(paymentId, 1, order.paymentDeclined(payment, "limit"), 0));
            events.add(new Delivery(orderId, 2, order.cancelled("unpaid", OrderStatus.PENDING, null), 0));
            return events;
        }
        events.add(new Delivery(paymentId, 1, order.paymentApproved(payment), 0));
        events.add(new Delivery(orderId, 2, order.paid(payment), 0));
        if (kind == 2) {
            events.add(new Delivery(orderId, 3, order.cancelled("changed mind", OrderStatus.PAID, payment), 0));
            events.add(new Delivery(paymentId, 2, order.paymentRefunded(payment), 0));
            return events;
        }
        events.add(new Delivery(orderId, 3, order.shipped(), 0));
        events.add(new Delivery(shipmentId, 0, order.shipmentCreated(), 0));
        if (kind == 3) {
            return events;
        }
        events.add(new Delivery(shipmentId, 1, order.shipmentInTransit(), 0));
        events.add(new Delivery(shipmentId, 2, order.shipmentDelivered(at(500)), 0));
        events.add(new Delivery(orderId, 4, order.delivered(at(500)), 0));
        if (kind == 5) {
            events.add(new Delivery(orderId, 5, order.completed(false), 0));
        }
        return events;
    }

    /** Consecutive batches of 1 to 50 events, as a pooled processor's segment takes them. */
    private List<List<Delivery>> batches(List<Delivery> history) {
        List<List<Delivery>> batches = new ArrayList<>();
        for (int from = 0; from < history.size(); ) {
            int to = Math.min(history.size(), from + 1 + random.nextInt(50));
            batches.add(history.subList(from, to));
            from = to;
        }
        return batches;
    }

    /** One stored event of an order, its payment or its shipment, with its global index. */
    private record Delivery(String aggregateId, long sequence, Object event, long globalIndex) {

        Delivery at(long index) {
            return new Delivery(aggregateId, sequence, event, index);
        }

        DomainEventMessage<Object> message() {
            return new GenericDomainEventMessage<>("Order", aggregateId, sequence, event, MetaData.emptyInstance(),
                    aggregateId + "/" + sequence, OrderEvents.at(globalIndex));
        }
    }

    /** An order view on a database of its own, with a real update emitter. */
    private static final class View {

        private final JdbcTemplate jdbc = ReadModelDatabase.create();
        private final Generations generations = new Generations(jdbc);
        private final OrderViewRepository repository = new OrderViewRepository(jdbc, generations);
        private final SimpleQueryUpdateEmitter emitter = SimpleQueryUpdateEmitter.builder().build();
        private final OrderViewProjection projection = new OrderViewProjection(repository, generations, emitter);
        private final DataSourceTransactionManager transactions =
                new DataSourceTransactionManager(jdbc.getDataSource());

        void handleAlone(Delivery delivery) {
            handle(delivery.message(), delivery.globalIndex());
        }

        /** One processor batch in one transaction; {@code failAtCommit}: storing the token fails after the rows were written. */
        void handleInBatch(List<Delivery> batch, boolean failAtCommit) {
            List<DomainEventMessage<Object>> messages = batch.stream().map(Delivery::message).toList();
            Map<String, Long> indexes = new HashMap<>();
            batch.forEach(delivery -> indexes.put(delivery.message().getIdentifier(), delivery.globalIndex()));
            BatchingUnitOfWork<DomainEventMessage<Object>> unitOfWork = new BatchingUnitOfWork<>(messages);
            unitOfWork.attachTransaction(springTransactions());
            try {
                unitOfWork.executeWithResult(() -> {
                    DomainEventMessage<Object> message = unitOfWork.getMessage();
                    handle(message, indexes.get(message.getIdentifier()));
                    if (failAtCommit && unitOfWork.isLastMessage()) {
                        // Registered after the projection's own handler, so it fails once the rows are written.
                        unitOfWork.onPrepareCommit(late -> {
                            throw new IllegalStateException("token could not be stored");
                        });
                    }
                    return null;
                });
            } catch (Exception e) {
                throw e instanceof RuntimeException runtime ? runtime : new IllegalStateException(e);
            }
            if (unitOfWork.isRolledBack()) {
                Throwable cause = unitOfWork.getExecutionResult().getExceptionResult();
                throw new IllegalStateException("rolled back: " + cause.getMessage(), cause);
            }
        }

        private void handle(DomainEventMessage<Object> message, long index) {
            Object event = message.getPayload();
            GlobalSequenceTrackingToken token = new GlobalSequenceTrackingToken(index);
            if (event instanceof OrderEvent orderEvent) {
                projection.on(orderEvent, message, ReplayStatus.REGULAR, token);
            } else if (event instanceof PaymentEvent paymentEvent) {
                projection.on(paymentEvent, message, ReplayStatus.REGULAR, token);
            } else if (event instanceof ShipmentEvent shipmentEvent) {
                projection.on(shipmentEvent, message, ReplayStatus.REGULAR, token);
            }
        }

        List<OrderDetailView> follow(String orderId) {
            List<OrderDetailView> told = new CopyOnWriteArrayList<>();
            emitter.<OrderDetailView>registerUpdateHandler(new GenericSubscriptionQueryMessage<>(
                            new FindOrderDetail(orderId), ResponseTypes.instanceOf(OrderDetailView.class),
                            ResponseTypes.instanceOf(OrderDetailView.class)), 100)
                    .getUpdates().subscribe(update -> told.add(update.getPayload()));
            return told;
        }

        /** Every row of the active generation, by order id. */
        Map<String, OrderViewRow> rows() {
            Map<String, OrderViewRow> rows = new HashMap<>();
            for (String orderId : jdbc.queryForList("SELECT order_id FROM order_view_order", String.class)) {
                rows.put(orderId, repository.load(1, orderId).orElseThrow());
            }
            return rows;
        }

        private TransactionManager springTransactions() {
            return () -> {
                TransactionStatus status = transactions.getTransaction(new DefaultTransactionDefinition());
                return new Transaction() {
                    @Override
                    public void commit() {
                        transactions.commit(status);
                    }

                    @Override
                    public void rollback() {
                        transactions.rollback(status);
                    }
                };
            };
        }
    }
}
