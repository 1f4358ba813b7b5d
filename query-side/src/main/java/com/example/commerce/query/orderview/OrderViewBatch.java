package com.example.commerce.query.orderview;

import com.example.commerce.query.orderview.OrderViewRepository.RowChange;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The order view's rows one processor batch touches: read once per generation (every order of the
 * batch in one query), folded in memory event by event, and written once when the batch commits, in
 * its transaction. A batch that rolls back takes its rows with it, so its redelivery folds from the
 * stored rows again and the sequence checks of {@link OrderViewRow#next} decide as they did before.
 */
final class OrderViewBatch {

    private final OrderViewRepository rows;
    /** The orders of the batch's events, read together the first time a generation is needed. */
    private final Set<String> orders;
    private final Set<Integer> readGenerations = new HashSet<>();
    private final Map<RowKey, Slot> slots = new HashMap<>();

    OrderViewBatch(OrderViewRepository rows, Collection<String> orders) {
        this.rows = rows;
        this.orders = Set.copyOf(orders);
    }

    /** The order's row as this batch has made it so far; null before the order's first event. */
    OrderViewRow current(int generation, String orderId) {
        RowKey key = new RowKey(generation, orderId);
        Slot slot = slots.get(key);
        if (slot == null && orders.contains(orderId) && readGenerations.add(generation)) {
            Map<String, OrderViewRow> stored = rows.loadAll(generation, orders);
            for (String order : orders) {
                slots.putIfAbsent(new RowKey(generation, order), new Slot(stored.get(order)));
            }
            slot = slots.get(key);
        }
        if (slot == null) {
            // An order the batch did not announce (handlers called outside a processor batch).
            slot = new Slot(rows.load(generation, orderId).orElse(null));
            slots.put(key, slot);
        }
        return slot.row;
    }

    /** Takes the order as having no stored row in this generation, without reading it. */
    void unstored(int generation, String orderId) {
        slots.putIfAbsent(new RowKey(generation, orderId), new Slot(null));
    }

    void change(int generation, String orderId, OrderViewRow row) {
        Slot slot = slots.get(new RowKey(generation, orderId));
        if (slot == null) {
            throw new IllegalStateException("order " + orderId + " was changed before it was read");
        }
        slot.row = row;
        slot.changed = true;
    }

    /** Writes every row the batch changed, each once. */
    void write() {
        List<RowChange> changes = new ArrayList<>();
        slots.forEach((key, slot) -> {
            if (slot.changed) {
                changes.add(new RowChange(key.generation(), slot.row, slot.stored));
            }
        });
        if (!changes.isEmpty()) {
            rows.saveAll(changes);
        }
    }

    /**
     * Writes every row the batch changed, each once, where no one else writes its generation (a
     * rebuild's load from the store): the new rows are streamed in, not inserted one by one.
     */
    void writeAlone() {
        Map<Integer, List<OrderViewRow>> newRows = new HashMap<>();
        List<RowChange> updates = new ArrayList<>();
        slots.forEach((key, slot) -> {
            if (slot.changed && slot.stored) {
                updates.add(new RowChange(key.generation(), slot.row, true));
            } else if (slot.changed) {
                newRows.computeIfAbsent(key.generation(), generation -> new ArrayList<>()).add(slot.row);
            }
        });
        newRows.forEach(rows::insertAllNew);
        if (!updates.isEmpty()) {
            rows.saveAll(updates);
        }
    }

    private record RowKey(int generation, String orderId) {
    }

    private static final class Slot {

        private final boolean stored;
        private OrderViewRow row;
        private boolean changed;

        Slot(OrderViewRow stored) {
            this.stored = stored != null;
            this.row = stored;
        }
    }
}
