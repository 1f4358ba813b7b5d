package com.example.commerce.axon.processing;

import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.axonframework.common.AxonThreadFactory;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.StreamableMessageSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Wakes pooled streaming processors when new events are stored, by any node.
 *
 * <p>A pooled processor whose stream cannot announce new events looks again only every 500 ms,
 * which put half a second on every saga step and every read-your-write (measured in
 * docs/benchmarks.md). The embedded event store's streams cannot announce; this source's streams
 * can: a watcher reads the event table's head every {@value #TICK_MILLIS} ms (one indexed query
 * for all processors of the node) and, when it moved, calls every waiting processor for a short
 * while, until the store's own fetch has caught up. The streams also pass over the events their
 * processor cannot handle ({@link SkippingStream}), as Axon Server's do.
 */
public class NewEventsSignal implements StreamableMessageSource<TrackedEventMessage<?>>, AutoCloseable {

    static final long TICK_MILLIS = 20;
    private static final long SIGNAL_FOR_MILLIS = 300;
    private static final Logger log = LoggerFactory.getLogger(NewEventsSignal.class);

    private final EventStore eventStore;
    private final JdbcTemplate jdbc;
    private final Set<Runnable> waiting = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService watcher =
            Executors.newSingleThreadScheduledExecutor(new AxonThreadFactory("new-events-signal"));
    private long lastHead = -1;
    private long signalUntil;

    public NewEventsSignal(EventStore eventStore, JdbcTemplate jdbc) {
        this.eventStore = eventStore;
        this.jdbc = jdbc;
        watcher.scheduleWithFixedDelay(this::tick, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
    }

    @Override
    public BlockingStream<TrackedEventMessage<?>> openStream(TrackingToken trackingToken) {
        return new Signalled(new SkippingStream(eventStore.openStream(trackingToken)));
    }

    @Override
    public TrackingToken createTailToken() {
        return eventStore.createTailToken();
    }

    @Override
    public TrackingToken createHeadToken() {
        return eventStore.createHeadToken();
    }

    @Override
    public TrackingToken createTokenAt(java.time.Instant dateTime) {
        return eventStore.createTokenAt(dateTime);
    }

    @Override
    public void close() {
        watcher.shutdownNow();
    }

    private void tick() {
        try {
            if (waiting.isEmpty()) {
                return;
            }
            Long head = jdbc.queryForObject("SELECT MAX(global_index) FROM domain_event_entry", Long.class);
            long now = System.currentTimeMillis();
            if (head != null && head != lastHead) {
                lastHead = head;
                signalUntil = now + SIGNAL_FOR_MILLIS;
            }
            if (now < signalUntil) {
                waiting.forEach(Runnable::run);
            }
        } catch (RuntimeException e) {
            log.debug("Could not read the event store's head; processors fall back to their own polling", e);
        }
    }

    /** The event store's stream, able to announce new events through the watcher. */
    private final class Signalled implements BlockingStream<TrackedEventMessage<?>> {

        private final BlockingStream<TrackedEventMessage<?>> delegate;
        private Runnable callback;

        private Signalled(BlockingStream<TrackedEventMessage<?>> delegate) {
            this.delegate = delegate;
        }

        @Override
        public Optional<TrackedEventMessage<?>> peek() {
            return delegate.peek();
        }

        @Override
        public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
            return delegate.hasNextAvailable(timeout, unit);
        }

        @Override
        public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
            return delegate.nextAvailable();
        }

        @Override
        public void skipMessagesWithPayloadTypeOf(TrackedEventMessage<?> ignoredMessage) {
            delegate.skipMessagesWithPayloadTypeOf(ignoredMessage);
        }

        @Override
        public boolean setOnAvailableCallback(Runnable callback) {
            if (this.callback != null) {
                waiting.remove(this.callback);
            }
            this.callback = callback;
            waiting.add(callback);
            return true;
        }

        @Override
        public void close() {
            if (callback != null) {
                waiting.remove(callback);
            }
            delegate.close();
        }
    }
}
