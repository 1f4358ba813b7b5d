package com.example.commerce.command.inventory;

import static com.example.commerce.command.inventory.Stock.SKU;
import static com.example.commerce.command.inventory.Stock.committed;
import static com.example.commerce.command.inventory.Stock.reserved;
import static com.example.commerce.command.inventory.Stock.restocked;
import static org.assertj.core.api.Assertions.assertThat;

import com.example.commerce.api.common.OrderId;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.SnapshotTrigger;
import org.axonframework.eventsourcing.Snapshotter;
import org.junit.jupiter.api.Test;

/** When an Inventory is snapshotted: every 100 events, or less often while many orders hold units. */
class InventorySnapshotsTest {

    private final List<String> snapshots = new ArrayList<>();
    private final Snapshotter snapshotter = (type, id) -> snapshots.add(id);
    private final SnapshotTrigger trigger = new InventorySnapshots(snapshotter, 100, 10).prepareTrigger(Inventory.class);
    private long sequence;

    @Test
    void snapshotsAfterTheMinimumWhileFewOrdersHoldUnits() {
        trigger.initializationFinished();
        handle(restocked(1000, 1000));
        for (int order = 1; order < 98; order++) {
            handle(reserved(OrderId.of("order-" + order), 1));
        }
        handle(committed(OrderId.of("order-1"), 1));
        assertThat(snapshots).isEmpty();

        handle(reserved(OrderId.of("order-98"), 1));

        assertThat(snapshots).containsExactly(SKU.value());
    }

    @Test
    void spacesSnapshotsInProportionToTheOrdersHoldingUnits() {
        loadedFromASnapshotHoldingUnitsFor(2000);

        reserveOneEach(220);
        assertThat(snapshots).as("221 events (the snapshot read, then 220) for 2220 holds: fewer than one per 10").isEmpty();
        reserveOneEach(1);
        assertThat(snapshots).as("222 events for 2221 holds").hasSize(1);

        reserveOneEach(100);
        assertThat(snapshots).as("counted again from the last snapshot").hasSize(1);
    }

    @Test
    void countsHoldsThatEndedWhenSpacingSnapshots() {
        loadedFromASnapshotHoldingUnitsFor(2000);

        for (int order = 0; order < 180; order++) {
            handle(committed(OrderId.of("held-" + order), 1));
        }
        assertThat(snapshots).as("181 events (the snapshot read, then 180) for 1820 holds: fewer than one per 10").isEmpty();

        handle(committed(OrderId.of("held-180"), 1));

        assertThat(snapshots).as("182 events for 1819 holds").hasSize(1);
    }

    /** The snapshot read first, as a load from the store reads it: an Inventory holding one unit for each order. */
    private void loadedFromASnapshotHoldingUnitsFor(int orders) {
        Inventory snapshot = Inventory.unstocked();
        snapshot.on(restocked(10_000, 10_000));
        for (int order = 0; order < orders; order++) {
            snapshot.on(reserved(OrderId.of("held-" + order), 1));
        }
        handle(snapshot);
        trigger.initializationFinished();
    }

    private void reserveOneEach(int orders) {
        for (int i = 0; i < orders; i++) {
            handle(reserved(OrderId.of("new-" + sequence), 1));
        }
    }

    private void handle(Object payload) {
        trigger.eventHandled(new GenericDomainEventMessage<>("Inventory", SKU.value(), sequence++, payload));
    }
}
