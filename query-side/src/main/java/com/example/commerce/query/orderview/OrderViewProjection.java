package com.example.commerce.query.orderview;

import com.example.commerce.api.order.OrderEvent;
import com.example.commerce.api.payment.PaymentEvent;
import com.example.commerce.api.shipment.ShipmentEvent;
import com.example.commerce.query.projection.Generations;
import com.example.commerce.query.projection.Projection;
import java.util.List;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.stereotype.Component;

/**
 * Keeps one row per order, folded by {@link OrderDetails} from the events of the order, its payments
 * and its shipments (handled one order at a time, see {@link OrderViewSequencingPolicy}). A live
 * change of the active generation is told to subscribers of {@link FindOrderDetail} after commit;
 * replays tell no one.
 */
@Component
@ProcessingGroup(OrderViewProjection.NAME)
public class OrderViewProjection implements Projection {

    public static final String NAME = "order-view";

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
        for (int generation : targets) {
            Optional<OrderViewRow> current = rows.load(generation, orderId);
            Optional<OrderViewRow> next = OrderViewRow.next(current.orElse(null), message.getAggregateIdentifier(),
                    message.getSequenceNumber(), message.getPayload(), message.getTimestamp(), globalIndex);
            if (next.isEmpty()) {
                continue;
            }
            rows.save(generation, next.get(), current.isPresent());
            boolean activeGeneration = generation == targets.get(0);
            if (replay == ReplayStatus.REGULAR && activeGeneration && next.get().detail().visible()
                    && next.get().changedFrom(current.orElse(null))) {
                OrderDetailView view = new OrderDetailView(next.get().version(), next.get().detail());
                updates.emit(FindOrderDetail.class, query -> query.orderId().equals(orderId), view);
            }
        }
    }
}
