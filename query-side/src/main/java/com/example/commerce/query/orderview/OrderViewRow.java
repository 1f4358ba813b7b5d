package com.example.commerce.query.orderview;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One order's row of the order view: its detail, and what has been applied to it. Events of one
 * aggregate arrive in sequence order, but events of the order, its payments and its shipments may
 * commit out of global-index order, so redeliveries are recognised per source aggregate by its
 * sequence number. {@code version} grows with every change of the detail.
 */
public record OrderViewRow(OrderDetail detail, Map<String, Long> appliedSequences, long version,
                           long lastGlobalIndex) {

    public OrderViewRow {
        appliedSequences = Map.copyOf(appliedSequences);
    }

    /**
     * The row after one event, or empty when the event was applied before or belongs to no order
     * known here yet. {@code current} is null before the order's first event.
     */
    public static Optional<OrderViewRow> next(OrderViewRow current, String aggregateId, long sequenceNumber,
                                              Object payload, Instant storedAt, long globalIndex) {
        Map<String, Long> applied = current == null ? Map.of() : current.appliedSequences();
        Long last = applied.get(aggregateId);
        if (last != null && sequenceNumber <= last) {
            return Optional.empty();
        }
        OrderDetail before = current == null ? null : current.detail();
        OrderDetail after = OrderDetails.apply(before, payload, storedAt);
        if (after == null) {
            return Optional.empty();
        }
        Map<String, Long> nowApplied = new HashMap<>(applied);
        nowApplied.put(aggregateId, sequenceNumber);
        long version = current == null ? 1 : current.version() + (after.equals(before) ? 0 : 1);
        long lastIndex = Math.max(current == null ? 0 : current.lastGlobalIndex(), globalIndex);
        return Optional.of(new OrderViewRow(after, nowApplied, version, lastIndex));
    }

    /** Whether the detail differs from the other row's (a change worth telling subscribers about). */
    public boolean changedFrom(OrderViewRow other) {
        return other == null || version != other.version();
    }
}
