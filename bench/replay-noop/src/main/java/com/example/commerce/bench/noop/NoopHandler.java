package com.example.commerce.bench.noop;

import java.util.concurrent.atomic.AtomicLong;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/** Accepts every event (its payload is deserialized, as a real handler's would be) and only counts it. */
@Component
@ProcessingGroup(NoopHandler.NAME)
public class NoopHandler {

    public static final String NAME = "bench-noop-replay";

    private final AtomicLong count = new AtomicLong();
    private volatile long firstNanos;
    private volatile long lastNanos;

    @EventHandler
    void on(Object event) {
        long now = System.nanoTime();
        if (count.getAndIncrement() == 0) {
            firstNanos = now;
        }
        lastNanos = now;
    }

    void reset() {
        count.set(0);
        firstNanos = 0;
        lastNanos = 0;
    }

    long count() {
        return count.get();
    }

    long firstNanos() {
        return firstNanos;
    }

    long lastNanos() {
        return lastNanos;
    }
}
