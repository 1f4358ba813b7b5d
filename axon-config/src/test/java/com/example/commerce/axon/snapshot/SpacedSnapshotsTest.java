package com.example.commerce.axon.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.SnapshotTrigger;
import org.axonframework.eventsourcing.Snapshotter;
import org.junit.jupiter.api.Test;

class SpacedSnapshotsTest {

    private final List<String> snapshots = new ArrayList<>();
    private final Snapshotter snapshotter = (type, id) -> snapshots.add(type.getSimpleName() + ":" + id);
    private final SteppingClock clock = new SteppingClock();
    private long sequence;

    @Test
    void snapshotsAfterTheThresholdWhenNoneWasTakenYet() {
        SnapshotTrigger trigger = new SpacedSnapshots(snapshotter, 3, Duration.ofMinutes(1), clock).prepareTrigger(String.class);

        events(trigger, 2);
        assertThat(snapshots).isEmpty();
        events(trigger, 1);
        assertThat(snapshots).containsExactly("String:sku-1");
    }

    @Test
    void takesTheNextOneNoSoonerThanTheIntervalHoweverManyEventsCome() {
        SnapshotTrigger trigger = new SpacedSnapshots(snapshotter, 3, Duration.ofMinutes(1), clock).prepareTrigger(String.class);
        events(trigger, 3);

        clock.advance(Duration.ofSeconds(59));
        events(trigger, 100);
        assertThat(snapshots).hasSize(1);

        clock.advance(Duration.ofSeconds(1));
        events(trigger, 1);
        assertThat(snapshots).hasSize(2);
    }

    @Test
    void waitsForTheThresholdAgainAfterTheInterval() {
        SnapshotTrigger trigger = new SpacedSnapshots(snapshotter, 3, Duration.ofMinutes(1), clock).prepareTrigger(String.class);
        events(trigger, 3);

        clock.advance(Duration.ofMinutes(5));
        events(trigger, 2);
        assertThat(snapshots).hasSize(1);
        events(trigger, 1);
        assertThat(snapshots).hasSize(2);
    }

    @Test
    void refusesAThresholdBelowOne() {
        assertThatThrownBy(() -> new SpacedSnapshots(snapshotter, 0, Duration.ZERO, clock))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private void events(SnapshotTrigger trigger, int count) {
        for (int i = 0; i < count; i++) {
            trigger.eventHandled(new GenericDomainEventMessage<>("Inventory", "sku-1", sequence++, "event"));
        }
    }

    /** A clock that moves only when told to. */
    private static final class SteppingClock extends Clock {

        private Instant now = Instant.parse("2026-11-24T12:00:00Z");

        void advance(Duration step) {
            now = now.plus(step);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
