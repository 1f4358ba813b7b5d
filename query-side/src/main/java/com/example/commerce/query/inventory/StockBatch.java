package com.example.commerce.query.inventory;

import com.example.commerce.query.inventory.InventoryProjection.Counts;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

/**
 * The inventory view's rows one processor batch touches: read once per generation (every SKU of the
 * batch in one query), changed in memory event by event, and written once each when the batch
 * commits, in its transaction and in one round trip. A flash sale's batch is many events of one SKU:
 * two statements per batch instead of two per event.
 *
 * <p>Each write expects the row as it was read (its last sequence number, or its absence); a row
 * someone else wrote in between fails the batch, which rolls back and is handled again from the
 * stored rows, rather than overwriting counts with ones folded from a stale read.
 */
final class StockBatch {

    private static final String INSERT = "INSERT INTO inventory_view_stock"
            + " (generation, sku, on_hand, reserved, last_sequence) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING";
    private static final String UPDATE = "UPDATE inventory_view_stock SET on_hand = ?, reserved = ?, last_sequence = ?"
            + " WHERE generation = ? AND sku = ? AND last_sequence = ?";

    private final JdbcTemplate jdbc;
    /** The SKUs of the batch's events, read together the first time a generation is needed. */
    private final Set<String> skus;
    private final Set<Integer> readGenerations = new HashSet<>();
    private final Map<RowKey, Row> rows = new HashMap<>();

    StockBatch(JdbcTemplate jdbc, Collection<String> skus) {
        this.jdbc = jdbc;
        this.skus = Set.copyOf(skus);
    }

    /** Applies an event of the SKU's Inventory with this sequence number, unless the row has it already. */
    void apply(int generation, String sku, long sequence, UnaryOperator<Counts> change) {
        Row row = row(generation, sku);
        if (row.lastSequence == null || sequence > row.lastSequence) {
            row.counts = change.apply(row.counts);
            row.lastSequence = sequence;
            row.changed = true;
        }
    }

    /** Writes every row the batch changed, each once. */
    void write() {
        List<Object[]> inserts = new ArrayList<>();
        List<Object[]> updates = new ArrayList<>();
        rows.forEach((key, row) -> {
            if (!row.changed) {
                return;
            }
            if (row.storedSequence == null) {
                inserts.add(new Object[] {key.generation(), key.sku(), row.counts.onHand(), row.counts.reserved(),
                        row.lastSequence});
            } else {
                updates.add(new Object[] {row.counts.onHand(), row.counts.reserved(), row.lastSequence,
                        key.generation(), key.sku(), row.storedSequence});
            }
        });
        expectOneRowEach(inserts.isEmpty() ? new int[0] : jdbc.batchUpdate(INSERT, inserts));
        expectOneRowEach(updates.isEmpty() ? new int[0] : jdbc.batchUpdate(UPDATE, updates));
    }

    private Row row(int generation, String sku) {
        RowKey key = new RowKey(generation, sku);
        Row row = rows.get(key);
        if (row == null && skus.contains(sku) && readGenerations.add(generation)) {
            read(generation, skus);
            row = rows.get(key);
        }
        if (row == null) {
            // A SKU the batch did not announce (handlers called outside a processor batch).
            read(generation, Set.of(sku));
            row = rows.get(key);
        }
        return row;
    }

    private void read(int generation, Set<String> wanted) {
        List<Object> arguments = new ArrayList<>(wanted.size() + 1);
        arguments.add(generation);
        arguments.addAll(wanted);
        jdbc.query("SELECT sku, on_hand, reserved, last_sequence FROM inventory_view_stock WHERE generation = ?"
                        + " AND sku IN (" + String.join(", ", Collections.nCopies(wanted.size(), "?")) + ")",
                (RowCallbackHandler) rs -> rows.putIfAbsent(new RowKey(generation, rs.getString("sku")), new Row(
                        new Counts(rs.getInt("on_hand"), rs.getInt("reserved")), rs.getLong("last_sequence"))),
                arguments.toArray());
        for (String sku : wanted) {
            rows.putIfAbsent(new RowKey(generation, sku), new Row(new Counts(0, 0), null));
        }
    }

    private static void expectOneRowEach(int[] counts) {
        for (int count : counts) {
            if (count == 0) {
                throw new OptimisticLockingFailureException(
                        "an inventory view row changed after this batch read it; the batch is handled again");
            }
        }
    }

    private record RowKey(int generation, String sku) {
    }

    /** A SKU's counts as this batch has made them so far, and the sequence number they were stored at. */
    private static final class Row {

        private final Long storedSequence;
        private Counts counts;
        private Long lastSequence;
        private boolean changed;

        private Row(Counts counts, Long storedSequence) {
            this.counts = counts;
            this.storedSequence = storedSequence;
            this.lastSequence = storedSequence;
        }
    }
}
