package com.example.commerce.command.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.axonframework.common.lock.Lock;
import org.junit.jupiter.api.Test;

/** Real threads queueing for one SKU's lock. */
class FairLocksTest {

    private final FairLocks locks = new FairLocks();

    @Test
    void handsTheLockToWaitersInTheOrderTheyCame() throws Exception {
        Lock held = locks.obtainLock("HOT");
        List<Integer> served = new CopyOnWriteArrayList<>();
        CountDownLatch done = new CountDownLatch(5);
        for (int i = 0; i < 5; i++) {
            int buyer = i;
            Thread thread = new Thread(() -> {
                Lock lock = locks.obtainLock("HOT");
                served.add(buyer);
                lock.release();
                done.countDown();
            });
            thread.start();
            // the next buyer comes once this one is queued
            while (!queued(thread)) {
                Thread.onSpinWait();
            }
        }

        held.release();

        assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(served).containsExactly(0, 1, 2, 3, 4);
    }

    @Test
    void keepsNoLockOnceNobodyHoldsOrAwaitsIt() throws Exception {
        Lock first = locks.obtainLock("A");
        Lock second = locks.obtainLock("B");
        assertThat(locks.inUse()).isEqualTo(2);

        first.release();
        second.release();

        assertThat(locks.inUse()).isZero();
    }

    @Test
    void letsOtherSkusThroughWhileOneIsHeld() throws Exception {
        Lock hot = locks.obtainLock("HOT");
        CountDownLatch other = new CountDownLatch(1);
        new Thread(() -> {
            locks.obtainLock("COLD").release();
            other.countDown();
        }).start();

        assertThat(other.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(hot.isHeld()).isTrue();
        hot.release();
        assertThat(hot.isHeld()).isFalse();
    }

    private static boolean queued(Thread thread) {
        return thread.getState() == Thread.State.TIMED_WAITING || thread.getState() == Thread.State.WAITING;
    }
}
