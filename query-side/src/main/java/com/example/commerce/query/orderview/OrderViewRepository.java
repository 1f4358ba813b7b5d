package com.example.commerce.query.orderview;

import com.example.commerce.api.common.OrderStatus;
import com.example.commerce.api.json.InstantText;
import com.example.commerce.query.ReadModelJson;
import com.example.commerce.query.paging.Page;
import com.example.commerce.query.paging.PageRequest;
import com.example.commerce.query.projection.Generations;
import com.fasterxml.jackson.core.type.TypeReference;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

/** The order view's table: rows by generation for the projection, the active generation for reads. */
@Component
public class OrderViewRepository {

    private static final int MAX_IN_LIST = 500;
    private static final String INSERT_COLUMNS = "generation, order_id, order_number, customer_id, status, placed_at,"
            + " total, visible, detail, applied_sequences, version, last_global_index";
    private static final String INSERT = "INSERT INTO order_view_order (" + INSERT_COLUMNS + ")"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final char COPY_QUOTE = '\u0001';
    private static final String COPY_QUOTE_TEXT = String.valueOf(COPY_QUOTE);
    private static final int COPY_BUFFER = 64 * 1024;
    private static final String ROW_COLUMNS = "detail, applied_sequences, version, last_global_index";
    private static final TypeReference<Map<String, Long>> SEQUENCES = new TypeReference<>() {
    };

    private final JdbcTemplate jdbc;
    private final Generations generations;

    public OrderViewRepository(JdbcTemplate jdbc, Generations generations) {
        this.jdbc = jdbc;
        this.generations = generations;
    }

    public Optional<OrderViewRow> load(int generation, String orderId) {
        List<OrderViewRow> rows = jdbc.query("SELECT " + ROW_COLUMNS
                        + " FROM order_view_order WHERE generation = ? AND order_id = ?",
                (rs, row) -> row(rs), generation, orderId);
        return rows.stream().findFirst();
    }

    /** The stored rows of these orders in one generation, by order id (one query per 500 orders). */
    public Map<String, OrderViewRow> loadAll(int generation, Collection<String> orderIds) {
        Map<String, OrderViewRow> found = new HashMap<>();
        forEachOrderIn("SELECT order_id, " + ROW_COLUMNS + " FROM order_view_order WHERE generation = ?", generation,
                orderIds, rs -> found.put(rs.getString("order_id"), row(rs)));
        return found;
    }

    /** Runs the query (its one parameter: the generation) for these orders, 500 at a time. */
    private void forEachOrderIn(String select, int generation, Collection<String> orderIds, RowCallbackHandler each) {
        List<String> ids = List.copyOf(orderIds);
        for (int from = 0; from < ids.size(); from += MAX_IN_LIST) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + MAX_IN_LIST));
            List<Object> arguments = new ArrayList<>();
            arguments.add(generation);
            arguments.addAll(chunk);
            jdbc.query(select + " AND order_id IN (" + String.join(", ", Collections.nCopies(chunk.size(), "?")) + ")",
                    each, arguments.toArray());
        }
    }

    /** Writes changed rows: the new ones in one JDBC batch of inserts, the stored ones in one of updates. */
    public void saveAll(Collection<RowChange> changes) {
        List<Object[]> inserts = new ArrayList<>();
        List<Object[]> updates = new ArrayList<>();
        for (RowChange change : changes) {
            if (change.exists()) {
                OrderDetail detail = change.row().detail();
                updates.add(new Object[] {detail.status(), detail.total(), detail.visible(),
                        ReadModelJson.write(detail), ReadModelJson.write(change.row().appliedSequences()),
                        change.row().version(), change.row().lastGlobalIndex(), change.generation(), detail.orderId()});
            } else {
                inserts.add(insertValues(change.generation(), change.row()));
            }
        }
        if (!inserts.isEmpty()) {
            jdbc.batchUpdate(INSERT + " ON CONFLICT DO NOTHING", inserts);
        }
        if (!updates.isEmpty()) {
            jdbc.batchUpdate("UPDATE order_view_order SET status = ?, total = ?, visible = ?, detail = ?,"
                    + " applied_sequences = ?, version = ?, last_global_index = ?"
                    + " WHERE generation = ? AND order_id = ?", updates);
        }
    }

    /**
     * Inserts rows that no one else writes and that are not stored yet (a rebuild's bulk load into its
     * new generation): on PostgreSQL with one {@code COPY}, which a duplicate fails as a whole; elsewhere
     * with one batch of inserts.
     */
    public void insertAllNew(int generation, Collection<OrderViewRow> newRows) {
        if (newRows.isEmpty()) {
            return;
        }
        Boolean copied = jdbc.execute((ConnectionCallback<Boolean>) connection -> {
            if (!connection.isWrapperFor(PGConnection.class)) {
                return false;
            }
            copy(connection.unwrap(PGConnection.class), generation, newRows);
            return true;
        });
        if (!Boolean.TRUE.equals(copied)) {
            jdbc.batchUpdate(INSERT, newRows.stream().map(row -> insertValues(generation, row)).toList());
        }
    }

    /**
     * Streams the rows into {@code COPY} as each is written, so that PostgreSQL inserts rows while the
     * next ones are being written (written first and sent after, the two took turns). Each row's JSON is
     * the text {@link ReadModelJson#write(Object)} gives, the call the live projection makes for every
     * row it saves: a generator of the rebuild's own, writing into this stream, sent Jackson's
     * serializers down branches and into a stream that live processing never uses, so the compiler threw
     * away their compiled code and compiled it again in the next rebuild (docs/benchmarks.md, round 17).
     * Rows are CSV quoted with {@link #COPY_QUOTE}, a control character that JSON never holds unescaped,
     * so that the JSON columns (full of double quotes) pass as they are; any other text that holds it
     * has it doubled.
     */
    private static void copy(PGConnection connection, int generation, Collection<OrderViewRow> rows)
            throws SQLException {
        PGCopyOutputStream copy = new PGCopyOutputStream(connection,
                "COPY order_view_order (" + INSERT_COLUMNS + ") FROM STDIN (FORMAT csv, QUOTE E'\\x01')", COPY_BUFFER);
        try {
            Writer csv = new BufferedWriter(new OutputStreamWriter(copy, StandardCharsets.UTF_8), COPY_BUFFER);
            for (OrderViewRow row : rows) {
                csvLine(csv, generation, row);
            }
            csv.flush();
            copy.endCopy();
        } catch (IOException e) {
            cancel(copy);
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            cancel(copy);
            throw e;
        }
    }

    /** The row's line, its columns in the order of {@link #INSERT_COLUMNS}. */
    private static void csvLine(Writer csv, int generation, OrderViewRow row) throws IOException {
        OrderDetail detail = row.detail();
        csv.write(Integer.toString(generation));
        csv.write(',');
        csvText(csv, detail.orderId());
        csvText(csv, detail.orderNumber());
        csvText(csv, detail.customerId());
        csvText(csv, detail.status());
        // timestamptz reads the ISO instant as it reads an OffsetDateTime.
        csvText(csv, InstantText.format(detail.placedAt()));
        csv.write(Long.toString(detail.total()));
        csv.write(',');
        csv.write(Boolean.toString(detail.visible()));
        csv.write(',');
        csvJson(csv, detail);
        csvJson(csv, row.appliedSequences());
        csv.write(Long.toString(row.version()));
        csv.write(',');
        csv.write(Long.toString(row.lastGlobalIndex()));
        csv.write('\n');
    }

    /** A quoted JSON column and the comma after it: JSON escapes every control character, the quote too. */
    private static void csvJson(Writer csv, Object value) throws IOException {
        csv.write(COPY_QUOTE);
        csv.write(ReadModelJson.write(value));
        csv.write(COPY_QUOTE);
        csv.write(',');
    }

    /** A quoted text column and the comma after it. */
    private static void csvText(Writer csv, String value) throws IOException {
        csv.write(COPY_QUOTE);
        csv.write(value.indexOf(COPY_QUOTE) >= 0
                ? value.replace(COPY_QUOTE_TEXT, COPY_QUOTE_TEXT + COPY_QUOTE_TEXT) : value);
        csv.write(COPY_QUOTE);
        csv.write(',');
    }

    private static void cancel(PGCopyOutputStream copy) {
        if (copy.isActive()) {
            try {
                copy.cancelCopy();
            } catch (SQLException e) {
                // The transaction rolls back anyway; the failure that led here is the one to report.
            }
        }
    }

    private static Object[] insertValues(int generation, OrderViewRow row) {
        OrderDetail detail = row.detail();
        return new Object[] {generation, detail.orderId(), detail.orderNumber(), detail.customerId(), detail.status(),
                OffsetDateTime.ofInstant(detail.placedAt(), ZoneOffset.UTC), detail.total(), detail.visible(),
                ReadModelJson.write(detail), ReadModelJson.write(row.appliedSequences()), row.version(),
                row.lastGlobalIndex()};
    }

    /** A row to write to a generation: inserted when it was not stored yet, updated when it was. */
    public record RowChange(int generation, OrderViewRow row, boolean exists) {
    }

    private static OrderViewRow row(ResultSet rs) throws SQLException {
        return new OrderViewRow(ReadModelJson.read(rs.getString("detail"), OrderDetail.class),
                ReadModelJson.read(rs.getString("applied_sequences"), SEQUENCES), rs.getLong("version"),
                rs.getLong("last_global_index"));
    }

    /** The id of the order with this number, visible to customers or not. */
    public Optional<String> orderIdByNumber(String orderNumber) {
        return jdbc.queryForList("SELECT order_id FROM order_view_order WHERE generation = ? AND order_number = ?",
                String.class, generations.active(OrderViewProjection.NAME), orderNumber)
                .stream().findFirst();
    }

    /** The order's detail as customers may see it: empty while it is unknown or not yet accepted. */
    public Optional<OrderDetailView> visibleDetail(String orderId) {
        List<OrderDetailView> rows = jdbc.query("SELECT detail, version FROM order_view_order"
                        + " WHERE generation = ? AND order_id = ? AND visible = TRUE",
                (rs, row) -> new OrderDetailView(rs.getLong("version"),
                        ReadModelJson.read(rs.getString("detail"), OrderDetail.class)),
                generations.active(OrderViewProjection.NAME), orderId);
        return rows.stream().findFirst();
    }

    /** The visible details among these orders, by order id. */
    public Map<String, OrderDetailView> visibleDetails(Collection<String> orderIds) {
        Map<String, OrderDetailView> found = new HashMap<>();
        if (orderIds.isEmpty()) {
            return found;
        }
        forEachOrderIn("SELECT order_id, detail, version FROM order_view_order WHERE generation = ? AND visible = TRUE",
                generations.active(OrderViewProjection.NAME), orderIds,
                rs -> found.put(rs.getString("order_id"), new OrderDetailView(rs.getLong("version"),
                        ReadModelJson.read(rs.getString("detail"), OrderDetail.class))));
        return found;
    }

    /** Visible orders, newest first, of one customer (or of all when null), in one status (or any when null). */
    public Page<OrderSummary> page(String customerId, OrderStatus status, PageRequest page) {
        StringBuilder where = new StringBuilder(" FROM order_view_order WHERE generation = ? AND visible = TRUE");
        List<Object> arguments = new ArrayList<>(List.of(generations.active(OrderViewProjection.NAME)));
        if (customerId != null) {
            where.append(" AND customer_id = ?");
            arguments.add(customerId);
        }
        if (status != null) {
            where.append(" AND status = ?");
            arguments.add(status.wireName());
        }
        Long total = jdbc.queryForObject("SELECT COUNT(*)" + where, Long.class, arguments.toArray());
        List<Object> pageArguments = new ArrayList<>(arguments);
        pageArguments.add(page.size());
        pageArguments.add(page.offset());
        List<OrderSummary> items = jdbc.query("SELECT order_id, order_number, status, total, placed_at" + where
                        + " ORDER BY placed_at DESC, order_number DESC LIMIT ? OFFSET ?",
                (rs, row) -> new OrderSummary(rs.getString("order_id"), rs.getString("order_number"),
                        rs.getString("status"), rs.getLong("total"),
                        rs.getObject("placed_at", OffsetDateTime.class).toInstant()),
                pageArguments.toArray());
        return Page.of(items, page, total == null ? 0 : total);
    }
}
