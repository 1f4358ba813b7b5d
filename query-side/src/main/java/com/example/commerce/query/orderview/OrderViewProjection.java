package com.example.commerce.query.orderview;

import com.example.commerce.api.order.OrderEvent;
import com.example.commerce.api.order.OrderPlaced;
import com.example.commerce.api.payment.PaymentEvent;
import com.example.commerce.api.shipment.ShipmentEvent;
import com.example.commerce.query.projection.Generations;
import com.example.commerce.query.projection.ProcessorBatch;
import com.example.commerce.query.projection.Projection;
import com.example.commerce.query.projection.StoredEventFold;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.Message;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.stereotype.Component;

/**
 * Keeps one row per order, folded by {@link OrderDetails} from the events of the order, its payments
 * and its shipments (handled one order at a time, see {@link OrderViewSequencingPolicy}). A processor
 * batch is folded in memory and written once as it commits ({@link OrderViewBatch}). A live
 * change of the active generation is told to subscribers of {@link FindOrderDetail} after commit;
 * replays tell no one.
 */
@Component
@ProcessingGroup(OrderViewProjection.NAME)
public class OrderViewProjection implements Projection, StoredEventFold {

    public static final String NAME = "order-view";
    private static final String BATCH_RESOURCE = OrderViewBatch.class.getName();

    private final OrderViewRepository rows;
    private final Generations generations;
    private final QueryUpdateEmitter updates;

    public OrderViewProjection(OrderViewRepository rows, Generations generations, QueryUpdateEmitter updates) {
        this.rows = rows;
        this.generations = generations;
        this.updates = updates;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> tables() {
        return List.of("order_view_order");
    }

    @EventHandler
    void on(OrderEvent event, DomainEventMessage<?> message, ReplayStatus replay, TrackingToken token) {
        apply(event.orderId().value(), message, replay, token);
    }

    @EventHandler
    void on(PaymentEvent event, DomainEventMessage<?> message, ReplayStatus replay, TrackingToken token) {
        apply(event.orderId().value(), message, replay, token);
    }

    @EventHandler
    void on(ShipmentEvent event, DomainEventMessage<?> message, ReplayStatus replay, TrackingToken token) {
        apply(event.orderId().value(), message, replay, token);
    }

    private void apply(String orderId, DomainEventMessage<?> message, ReplayStatus replay, TrackingToken token) {
        List<Integer> targets = generations.targets(NAME, replay);
        long globalIndex = token == null ? 0 : token.position().orElse(0);
        boolean inBatch = ProcessorBatch.isRunning();
        OrderViewBatch batch = inBatch ? batchOfThisUnitOfWork() : new OrderViewBatch(rows, Set.of(orderId));
        for (int generation : targets) {
            OrderViewRow current = batch.current(generation, orderId);
            Optional<OrderViewRow> next = OrderViewRow.next(current, message.getAggregateIdentifier(),
                    message.getSequenceNumber(), message.getPayload(), message.getTimestamp(), globalIndex);
            if (next.isEmpty()) {
                continue;
            }
            batch.change(generation, orderId, next.get());
            boolean activeGeneration = generation == targets.get(0);
            // The emitter holds the update back until the unit of work has committed (and drops it on rollback).
            if (replay == ReplayStatus.REGULAR && activeGeneration && next.get().detail().visible()
                    && next.get().changedFrom(current)) {
                OrderDetailView view = new OrderDetailView(next.get().version(), next.get().detail());
                updates.emit(FindOrderDetail.class, query -> query.orderId().equals(orderId), view);
            }
        }
        if (!inBatch) {
            batch.write();
        }
    }

    /**
     * A rebuild's fold of stored events: the rows of the window's orders read once (except those placed
     * in it), every event folded as {@link #apply} folds a replayed one, each changed row written once.
     */
    @Override
    public void fold(int generation, List<TrackedEventMessage<?>> events) {
        List<StoredOrderEvent> ours = new ArrayList<>();
        Set<String> toRead = new HashSet<>();
        Set<String> placedHere = new HashSet<>();
        for (TrackedEventMessage<?> event : events) {
            if (event instanceof DomainEventMessage<?> domainEvent) {
                String orderId = OrderDetails.orderIdOf(event.getPayload());
                if (orderId == null) {
                    continue;
                }
                ours.add(new StoredOrderEvent(orderId, domainEvent, event.trackingToken().position().orElse(0)));
                // An order placed in this window has no row yet: its placing comes before all its other events.
                if (domainEvent.getPayload() instanceof OrderPlaced && domainEvent.getSequenceNumber() == 0
                        && !toRead.contains(orderId)) {
                    placedHere.add(orderId);
                } else if (!placedHere.contains(orderId)) {
                    toRead.add(orderId);
                }
            }
        }
        OrderViewBatch batch = new OrderViewBatch(rows, toRead);
        placedHere.forEach(orderId -> batch.unstored(generation, orderId));
        for (StoredOrderEvent stored : ours) {
            DomainEventMessage<?> event = stored.event();
            OrderViewRow.next(batch.current(generation, stored.orderId()), event.getAggregateIdentifier(),
                    event.getSequenceNumber(), event.getPayload(), event.getTimestamp(), stored.globalIndex())
                    .ifPresent(next -> batch.change(generation, stored.orderId(), next));
        }
        batch.writeAlone();
    }

    /** A stored event of an order, with the order it belongs to and its position in the store. */
    private record StoredOrderEvent(String orderId, DomainEventMessage<?> event, long globalIndex) {
    }

    @Override
    public boolean folds(Class<?> payloadType) {
        return OrderEvent.class.isAssignableFrom(payloadType) || PaymentEvent.class.isAssignableFrom(payloadType)
                || ShipmentEvent.class.isAssignableFrom(payloadType);
    }

    /**
     * The rows of the processor batch being handled, bound to its unit of work and written when it
     * prepares to commit: per batch one read and one write per generation instead of two round trips
     * and two JSON passes per event.
     */
    private OrderViewBatch batchOfThisUnitOfWork() {
        return ProcessorBatch.fold(BATCH_RESOURCE, messages -> new OrderViewBatch(rows, ordersOf(messages)),
                OrderViewBatch::write);
    }

    /** The orders the batch's events belong to; payloads of other events are left unread. */
    private Set<String> ordersOf(List<? extends Message<?>> messages) {
        Set<String> orders = new HashSet<>();
        for (Message<?> message : messages) {
            if (folds(message.getPayloadType())) {
                String orderId = OrderDetails.orderIdOf(message.getPayload());
                if (orderId != null) {
                    orders.add(orderId);
                }
            }
        }
        return orders;
    }
}
