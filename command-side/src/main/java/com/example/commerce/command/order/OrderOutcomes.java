package com.example.commerce.command.order;

import com.example.commerce.api.common.OrderId;
import com.example.commerce.api.order.OrderAccepted;
import com.example.commerce.api.order.OrderRejected;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.stereotype.Component;

/**
 * Lets the placing request wait for the order process's verdict on stock. The verdict is an event
 * in the order's own stream; when this node's saga reached it, a subscribing handler wakes the
 * waiter after commit, and otherwise (the saga ran on another node) the stream is read again every
 * {@value #POLL_MILLIS} ms.
 */
@Component
@ProcessingGroup(OrderOutcomes.PROCESSING_GROUP)
public class OrderOutcomes {

    public static final String PROCESSING_GROUP = "order-outcomes";
    private static final long POLL_MILLIS = 200;

    private final EventStore eventStore;
    private final Map<OrderId, CompletableFuture<Object>> waiting = new ConcurrentHashMap<>();

    public OrderOutcomes(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    /** Registers interest before the order is placed, so that a fast verdict is not missed. */
    public void expect(OrderId orderId) {
        waiting.put(orderId, new CompletableFuture<>());
    }

    /** The verdict, {@link OrderAccepted} or {@link OrderRejected}, or empty when none came in time. */
    public Optional<Object> await(OrderId orderId, Duration timeout) throws InterruptedException {
        CompletableFuture<Object> verdict = waiting.computeIfAbsent(orderId, id -> new CompletableFuture<>());
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            while (true) {
                Optional<Object> stored = readVerdict(orderId);
                if (stored.isPresent()) {
                    return stored;
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return Optional.empty();
                }
                try {
                    return Optional.of(verdict.get(Math.min(left, TimeUnit.MILLISECONDS.toNanos(POLL_MILLIS)),
                            TimeUnit.NANOSECONDS));
                } catch (TimeoutException e) {
                    // not woken: read the stream again
                } catch (ExecutionException e) {
                    throw new IllegalStateException(e.getCause());
                }
            }
        } finally {
            waiting.remove(orderId);
        }
    }

    @EventHandler
    void on(OrderAccepted event) {
        wakeAfterCommit(event.orderId(), event);
    }

    @EventHandler
    void on(OrderRejected event) {
        wakeAfterCommit(event.orderId(), event);
    }

    private void wakeAfterCommit(OrderId orderId, Object verdict) {
        CompletableFuture<Object> waiter = waiting.get(orderId);
        if (waiter == null) {
            return;
        }
        if (CurrentUnitOfWork.isStarted()) {
            CurrentUnitOfWork.get().root().afterCommit(uow -> waiter.complete(verdict));
        } else {
            waiter.complete(verdict);
        }
    }

    private Optional<Object> readVerdict(OrderId orderId) {
        return eventStore.readEvents(orderId.value()).asStream()
                .map(message -> message.getPayload())
                .filter(payload -> payload instanceof OrderAccepted || payload instanceof OrderRejected)
                .map(Object.class::cast)
                .findFirst();
    }
}
