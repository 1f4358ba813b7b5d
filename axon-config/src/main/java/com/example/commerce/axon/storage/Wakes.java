package com.example.commerce.axon.storage;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs a wake-up at most once per window, however often it is requested. The first request after a
 * quiet window wakes at once; requests within a window after a wake-up share one more at the
 * window's end. None is lost: the flag that holds back further wake-ups is cleared before each one
 * runs, so a request that comes while it runs, or after, gets a wake-up of its own.
 */
final class Wakes implements AutoCloseable {

    private final long windowNanos;
    private final Runnable wake;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "event-store-wakes");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean pending = new AtomicBoolean();
    private final AtomicLong lastWake;

    Wakes(Duration window, Runnable wake) {
        this.windowNanos = window.toNanos();
        this.wake = wake;
        this.lastWake = new AtomicLong(System.nanoTime() - windowNanos);
    }

    void request() {
        if (!pending.compareAndSet(false, true)) {
            return;
        }
        long wait = lastWake.get() + windowNanos - System.nanoTime();
        if (wait <= 0) {
            run();
        } else {
            try {
                timer.schedule(this::run, wait, TimeUnit.NANOSECONDS);
            } catch (RejectedExecutionException closed) {
                // Shutting down: nothing is left to wake.
            }
        }
    }

    private void run() {
        lastWake.set(System.nanoTime());
        pending.set(false);
        wake.run();
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
