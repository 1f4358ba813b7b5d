package com.example.commerce.axon.snapshot;

import java.time.Clock;
import java.time.Duration;
import org.axonframework.eventsourcing.AbstractSnapshotTrigger;
import org.axonframework.eventsourcing.SnapshotTrigger;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;

/**
 * A snapshot after {@code threshold} events, but of one aggregate no more often than once per
 * {@code interval}. A snapshot writes the aggregate's whole state, and a busy SKU's Inventory holds
 * every order still waiting for payment: in a flash sale that is tens of thousands of entries,
 * serialized every hundred orders, in bursts that take the CPU from the orders being placed. The
 * interval bounds what snapshots cost a busy aggregate; the threshold still bounds what a load from
 * the store replays when the aggregate is quiet. An aggregate loaded from the store that replays
 * more than the threshold gets its snapshot right after (there is no earlier one to space from).
 */
public class SpacedSnapshots implements SnapshotTriggerDefinition {

    private final Snapshotter snapshotter;
    private final int threshold;
    private final Duration interval;
    private final Clock clock;

    public SpacedSnapshots(Snapshotter snapshotter, int threshold, Duration interval, Clock clock) {
        if (threshold < 1 || interval.isNegative()) {
            throw new IllegalArgumentException("threshold must be positive and interval not negative");
        }
        this.snapshotter = snapshotter;
        this.threshold = threshold;
        this.interval = interval;
        this.clock = clock;
    }

    @Override
    public SnapshotTrigger prepareTrigger(Class<?> aggregateType) {
        return new Trigger(snapshotter, aggregateType, threshold, interval.toMillis(), clock);
    }

    @Override
    public SnapshotTrigger reconfigure(Class<?> aggregateType, SnapshotTrigger trigger) {
        if (trigger instanceof Trigger spaced) {
            spaced.setSnapshotter(snapshotter);
            return spaced;
        }
        return prepareTrigger(aggregateType);
    }

    private static final class Trigger extends AbstractSnapshotTrigger {

        private static final long serialVersionUID = 1L;

        private final int threshold;
        private final long intervalMillis;
        private final Clock clock;
        private int eventsSinceSnapshot;
        /** When this copy of the aggregate last asked for a snapshot; never, at first. */
        private long lastSnapshotAt = Long.MIN_VALUE;

        Trigger(Snapshotter snapshotter, Class<?> aggregateType, int threshold, long intervalMillis, Clock clock) {
            super(snapshotter, aggregateType);
            this.threshold = threshold;
            this.intervalMillis = intervalMillis;
            this.clock = clock;
        }

        @Override
        protected boolean exceedsThreshold() {
            eventsSinceSnapshot++;
            return eventsSinceSnapshot >= threshold
                    && (lastSnapshotAt == Long.MIN_VALUE || clock.millis() - lastSnapshotAt >= intervalMillis);
        }

        @Override
        protected void reset() {
            eventsSinceSnapshot = 0;
            lastSnapshotAt = clock.millis();
        }
    }
}
