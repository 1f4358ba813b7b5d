package com.example.commerce.axon.processing;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;

/**
 * An event stream that passes over the events its processor has said it cannot handle. A pooled
 * processor's coordinator offers every event to each of its segments' work packages, and once it
 * finds no handler for an event's payload type it asks the stream to skip that type; Axon Server's
 * streams do, the embedded store's ignore it. Every processor then looked at every event: seven
 * processors and four segments each, for the three events of a placed order of which most
 * processors handle none, were a fifth of a node's CPU under load (docs/benchmarks.md, round 10).
 *
 * <p>A skipped event is passed over only when a later one is already available: the last event
 * available is always handed on, so the processor's position still reaches the head of the store
 * whenever it has caught up (the admin API's lag stays true), while under load the processor sees
 * only what it handles.
 *
 * <p>Used by its processor's coordinator alone, one call at a time, as every stream Axon opens is.
 */
final class SkippingStream implements BlockingStream<TrackedEventMessage<?>> {

    private final BlockingStream<TrackedEventMessage<?>> delegate;
    private final Set<Class<?>> skipped = new HashSet<>();
    /** Taken from the delegate and not handed on yet. */
    private TrackedEventMessage<?> next;

    SkippingStream(BlockingStream<TrackedEventMessage<?>> delegate) {
        this.delegate = delegate;
    }

    @Override
    public Optional<TrackedEventMessage<?>> peek() {
        try {
            return advance(0, TimeUnit.MILLISECONDS) ? Optional.of(next) : Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    @Override
    public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
        return advance(timeout, unit);
    }

    @Override
    public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
        while (!advance(Integer.MAX_VALUE, TimeUnit.MILLISECONDS)) {
            // wait on
        }
        TrackedEventMessage<?> taken = next;
        next = null;
        return taken;
    }

    @Override
    public void skipMessagesWithPayloadTypeOf(TrackedEventMessage<?> ignoredMessage) {
        skipped.add(ignoredMessage.getPayloadType());
    }

    @Override
    public boolean setOnAvailableCallback(Runnable callback) {
        return delegate.setOnAvailableCallback(callback);
    }

    @Override
    public void close() {
        delegate.close();
    }

    /** Whether an event is ready to hand on, skippable ones passed over while later ones are there. */
    private boolean advance(int timeout, TimeUnit unit) throws InterruptedException {
        if (next == null) {
            if (!delegate.hasNextAvailable(timeout, unit)) {
                return false;
            }
            next = delegate.nextAvailable();
        }
        while (skipped.contains(next.getPayloadType()) && delegate.hasNextAvailable()) {
            next = delegate.nextAvailable();
        }
        return true;
    }
}
