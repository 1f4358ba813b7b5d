package com.example.commerce.query.orderview;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.axonframework.queryhandling.SubscriptionQueryMessage;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Live updates across query nodes. The order view's segments are shared between nodes and an
 * update emitter reaches only its own node's subscribers, so a change handled by another node would
 * never reach a client watching here. Every {@value #POLL_MILLIS} ms this node reads the orders its
 * clients watch and emits each new version locally; subscribers drop versions they have already
 * seen, so the projection's own immediate updates and these never show a change twice. No query
 * runs while nobody watches.
 */
@Component
public class OrderUpdateFanOut {

    static final long POLL_MILLIS = 250;

    private final QueryUpdateEmitter emitter;
    private final OrderViewRepository orders;
    /** The version last emitted here per watched order. */
    private final Map<String, Long> emitted = new ConcurrentHashMap<>();

    public OrderUpdateFanOut(QueryUpdateEmitter emitter, OrderViewRepository orders) {
        this.emitter = emitter;
        this.orders = orders;
    }

    @Scheduled(fixedDelay = POLL_MILLIS, initialDelay = POLL_MILLIS)
    public void emitChangesOfWatchedOrders() {
        Set<String> watched = emitter.activeSubscriptions().stream()
                .map(SubscriptionQueryMessage::getPayload)
                .filter(FindOrderDetail.class::isInstance)
                .map(query -> ((FindOrderDetail) query).orderId())
                .collect(Collectors.toSet());
        emitted.keySet().retainAll(watched);
        if (watched.isEmpty()) {
            return;
        }
        orders.visibleDetails(watched).forEach((orderId, view) -> {
            Long last = emitted.put(orderId, view.version());
            if (last == null || last != view.version()) {
                emitter.emit(FindOrderDetail.class, query -> query.orderId().equals(orderId), view);
            }
        });
    }
}
