package com.example.commerce.command.inventory;

import com.example.commerce.api.inventory.StockCommitted;
import com.example.commerce.api.inventory.StockReleased;
import com.example.commerce.api.inventory.StockReserved;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.AbstractSnapshotTrigger;
import org.axonframework.eventsourcing.SnapshotTrigger;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;

/**
 * When an Inventory is snapshotted: after {@code minimum} events, or, while it holds units for more
 * orders than {@code minimum * holdsPerEvent}, after one event per {@code holdsPerEvent} holds.
 *
 * <p>A snapshot costs as much as the orders the SKU holds units for (the snapshotter reads the last
 * one back and writes it whole), and a flash sale's SKU holds one per order awaiting payment: tens
 * of thousands for half an hour. Taken every hundred events, as other aggregates are, its snapshots
 * cost each order hundreds of holds written and read again, and took a sixth of the node's CPU in a
 * flash sale (docs/benchmarks.md, round 9). Spacing them in proportion keeps that at most
 * {@code holdsPerEvent} holds per event, while a load from the store still replays no more events
 * after the snapshot than a {@code holdsPerEvent}-th of the holds it has just read.
 */
final class InventorySnapshots implements SnapshotTriggerDefinition {

    private final Snapshotter snapshotter;
    private final int minimum;
    private final int holdsPerEvent;

    InventorySnapshots(Snapshotter snapshotter, int minimum, int holdsPerEvent) {
        if (minimum < 1 || holdsPerEvent < 1) {
            throw new IllegalArgumentException("snapshot spacing must be positive");
        }
        this.snapshotter = snapshotter;
        this.minimum = minimum;
        this.holdsPerEvent = holdsPerEvent;
    }

    @Override
    public SnapshotTrigger prepareTrigger(Class<?> aggregateType) {
        return new Trigger(snapshotter, aggregateType, minimum, holdsPerEvent);
    }

    @Override
    public SnapshotTrigger reconfigure(Class<?> aggregateType, SnapshotTrigger trigger) {
        if (trigger instanceof Trigger existing) {
            existing.setSnapshotter(snapshotter);
            return existing;
        }
        return prepareTrigger(aggregateType);
    }

    /** Follows one Inventory: the events since its last snapshot and the orders it holds units for. */
    static final class Trigger extends AbstractSnapshotTrigger {

        private final int minimum;
        private final int holdsPerEvent;
        private int eventsSinceSnapshot;
        private int holds;

        Trigger(Snapshotter snapshotter, Class<?> aggregateType, int minimum, int holdsPerEvent) {
            super(snapshotter, aggregateType);
            this.minimum = minimum;
            this.holdsPerEvent = holdsPerEvent;
        }

        @Override
        public void eventHandled(EventMessage<?> message) {
            // The aggregate has applied the message already, so its payload is deserialized.
            Object payload = message.getPayload();
            if (payload instanceof Inventory snapshot) {
                holds = snapshot.ordersHoldingUnits();
            } else if (payload instanceof StockReserved) {
                holds++;
            } else if (payload instanceof StockCommitted || payload instanceof StockReleased) {
                holds--;
            }
            super.eventHandled(message);
        }

        @Override
        protected boolean exceedsThreshold() {
            return ++eventsSinceSnapshot >= Math.max(minimum, holds / holdsPerEvent);
        }

        @Override
        protected void reset() {
            eventsSinceSnapshot = 0;
        }
    }
}
