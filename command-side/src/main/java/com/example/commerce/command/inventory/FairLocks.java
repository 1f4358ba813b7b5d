package com.example.commerce.command.inventory;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.axonframework.common.lock.Lock;
import org.axonframework.common.lock.LockAcquisitionFailedException;
import org.axonframework.common.lock.LockFactory;

/**
 * One lock per SKU, handed out first come, first served. Axon's default locks let a newcomer take
 * a lock that others have been waiting for, and its waiters give up and queue again every 10 ms:
 * with thirty buyers of one hot SKU the unlucky ones waited many times the average (p99 eight
 * times p50, docs/benchmarks.md). Handing the lock to the longest waiter keeps every buyer's wait
 * near the queue's length times one placement.
 *
 * <p>No deadlock detection: placement takes the locks of an order's SKUs in SKU order, and every
 * other Inventory command takes one lock only. A wait longer than {@link #PATIENCE} fails the
 * command (a transient failure) rather than holding the request forever.
 */
final class FairLocks implements LockFactory {

    static final Duration PATIENCE = Duration.ofSeconds(30);

    private final Map<String, Entry> locks = new ConcurrentHashMap<>();

    @Override
    public Lock obtainLock(String sku) {
        Entry entry = locks.compute(sku, (key, existing) -> {
            Entry used = existing == null ? new Entry() : existing;
            used.users++;
            return used;
        });
        try {
            if (!entry.lock.tryLock(PATIENCE.toMillis(), TimeUnit.MILLISECONDS)) {
                forget(sku);
                throw new LockAcquisitionFailedException("waited " + PATIENCE + " for the stock of SKU " + sku);
            }
        } catch (InterruptedException e) {
            forget(sku);
            Thread.currentThread().interrupt();
            throw new LockAcquisitionFailedException("interrupted while waiting for the stock of SKU " + sku, e);
        }
        return new Lock() {
            @Override
            public void release() {
                entry.lock.unlock();
                forget(sku);
            }

            @Override
            public boolean isHeld() {
                return entry.lock.isHeldByCurrentThread();
            }
        };
    }

    /** SKUs whose lock is held or awaited right now; the others take no memory. */
    int inUse() {
        return locks.size();
    }

    private void forget(String sku) {
        locks.computeIfPresent(sku, (key, entry) -> --entry.users == 0 ? null : entry);
    }

    /** A fair lock and how many threads hold or await it (changed only inside the map's compute). */
    private static final class Entry {
        private final ReentrantLock lock = new ReentrantLock(true);
        private int users;
    }
}
