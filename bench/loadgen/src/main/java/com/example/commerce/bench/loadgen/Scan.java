package com.example.commerce.bench.loadgen;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Locale;

/**
 * The ceiling of any replay: reading the same events straight from the event table in global
 * order, every column, over JDBC. Two shapes: one cursor over the whole table, and pages of 500 by
 * global index (the shape a streaming processor must use). Each is run twice and the faster run
 * counts (the second run reads warm pages, as the product's replay does after it).
 */
final class Scan {

    private static final String COLUMNS = "global_index, event_identifier, aggregate_identifier, sequence_number, type,"
            + " time_stamp, payload_type, payload_revision, payload, meta_data";

    private Scan() {
    }

    static void main(Args args) throws Exception {
        String url = args.get("jdbc-url");
        try (Connection connection = DriverManager.getConnection(url, args.get("user"), args.get("password"))) {
            connection.setAutoCommit(false);
            long[] best = {Long.MAX_VALUE, 0};
            long[] bestPaged = {Long.MAX_VALUE, 0};
            for (int run = 0; run < 2; run++) {
                long[] cursor = cursor(connection);
                if (cursor[0] < best[0]) {
                    best = cursor;
                }
                long[] paged = paged(connection);
                if (paged[0] < bestPaged[0]) {
                    bestPaged = paged;
                }
            }
            double cursorRate = best[1] / (best[0] / 1e9);
            double pagedRate = bestPaged[1] / (bestPaged[0] / 1e9);
            System.out.printf(Locale.ROOT, "raw scan: %d events; cursor %.0f events/s (%.2f s); pages of 500 %.0f events/s (%.2f s)%n",
                    best[1], cursorRate, best[0] / 1e9, pagedRate, bestPaged[0] / 1e9);
            System.out.printf(Locale.ROOT, "KV\tscan.events\t%d%nKV\tscan.cursor.evps\t%.1f%nKV\tscan.cursor.seconds\t%.3f%n"
                            + "KV\tscan.paged.evps\t%.1f%nKV\tscan.paged.seconds\t%.3f%n",
                    best[1], cursorRate, best[0] / 1e9, pagedRate, bestPaged[0] / 1e9);
        }
    }

    private static long[] cursor(Connection connection) throws Exception {
        long start = System.nanoTime();
        long rows = 0;
        long bytes = 0;
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT " + COLUMNS + " FROM domain_event_entry ORDER BY global_index")) {
            statement.setFetchSize(1000);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    bytes += consume(rs);
                    rows++;
                }
            }
        }
        connection.commit();
        return new long[] {System.nanoTime() - start, rows, bytes};
    }

    private static long[] paged(Connection connection) throws Exception {
        long start = System.nanoTime();
        long rows = 0;
        long last = -1;
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT " + COLUMNS + " FROM domain_event_entry WHERE global_index > ? ORDER BY global_index LIMIT 500")) {
            while (true) {
                statement.setLong(1, last);
                int page = 0;
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        consume(rs);
                        last = rs.getLong(1);
                        page++;
                    }
                }
                rows += page;
                if (page < 500) {
                    break;
                }
            }
        }
        connection.commit();
        return new long[] {System.nanoTime() - start, rows, 0};
    }

    private static long consume(ResultSet rs) throws Exception {
        long n = rs.getLong(1);
        n += rs.getString(2).length() + rs.getString(3).length() + rs.getLong(4);
        String type = rs.getString(5);
        n += type == null ? 0 : type.length();
        n += rs.getString(6).length() + rs.getString(7).length();
        String revision = rs.getString(8);
        n += revision == null ? 0 : revision.length();
        byte[] payload = rs.getBytes(9);
        byte[] meta = rs.getBytes(10);
        return n + payload.length + (meta == null ? 0 : meta.length);
    }
}
