package com.example.commerce.query.projection;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import javax.sql.DataSource;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.EventUtils;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.postgresql.PGStatement;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Reads the stored events straight from the JDBC engine's table, bypassing the streaming processors:
 * the same rows, upcasters and serializer as a processor gets, through one cursor in global order,
 * without a work package per segment, a token per batch or the engine's gap bookkeeping (a reader of
 * settled positions needs none). Only where this node stores the events itself (not with Axon Server,
 * whose store is read through processors alone).
 */
@Component
public class StoredEvents {

    /** Windows read ahead of the one being handled: reading and handling overlap, memory stays bounded. */
    private static final int READ_AHEAD = 2;

    /** Rows the cursor fetches per round trip. */
    private static final int FETCH_SIZE = 1_000;

    private final Optional<Source> source;

    public StoredEvents(ObjectProvider<EventStorageEngine> engines, ObjectProvider<EventSchema> schemas,
                        DataSource dataSource, Configuration axon) {
        EventStorageEngine engine = engines.getIfAvailable();
        EventSchema schema = schemas.getIfAvailable();
        this.source = engine instanceof JdbcEventStorageEngine jdbc && schema != null
                ? Optional.of(new Source(dataSource, schema, jdbc.getEventSerializer(), axon::upcasterChain))
                : Optional.empty();
    }

    public boolean readable() {
        return source.isPresent();
    }

    /**
     * Hands every stored event up to and including the global index {@code upTo} whose payload type is
     * {@code wanted}, oldest first, to {@code handler} in windows of at most {@code windowSize}, on the
     * calling thread; answers how many events it handed over. A reader thread fetches and deserializes
     * the next windows meanwhile (timestamps and payloads, which Axon reads lazily, are read there).
     */
    public long forEachWindow(long upTo, int windowSize, Predicate<Class<?>> wanted,
                              Consumer<List<TrackedEventMessage<?>>> handler) {
        Source from = source.orElseThrow(() -> new IllegalStateException("no JDBC event store here"));
        BlockingQueue<Window> windows = new ArrayBlockingQueue<>(READ_AHEAD);
        Reader reader = new Reader(from, upTo, windowSize, wanted, windows);
        Thread thread = new Thread(reader, "stored-events-reader");
        thread.setDaemon(true);
        thread.start();
        long handed = 0;
        try {
            while (true) {
                Window window = windows.poll(1, TimeUnit.SECONDS);
                if (window == null) {
                    if (!thread.isAlive() && windows.isEmpty()) {
                        throw new IllegalStateException("the reader of the stored events stopped without an answer");
                    }
                    continue;
                }
                if (window.failure() != null) {
                    throw new IllegalStateException("reading the stored events failed", window.failure());
                }
                if (window.events() == null) {
                    return handed;
                }
                handler.accept(window.events());
                handed += window.events().size();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while handling stored events", e);
        } finally {
            reader.stop();
            thread.interrupt();
        }
    }

    /** A window of events; one with no events marks the end, one with a failure the reader's error. */
    private record Window(List<TrackedEventMessage<?>> events, RuntimeException failure) {
    }

    /** Where and how the events are stored. */
    private record Source(DataSource dataSource, EventSchema schema, Serializer serializer,
                          Supplier<EventUpcaster> upcasters) {

        String select() {
            return "SELECT " + String.join(", ", schema.globalIndexColumn(), schema.typeColumn(),
                    schema.aggregateIdentifierColumn(), schema.sequenceNumberColumn(), schema.eventIdentifierColumn(),
                    schema.timestampColumn(), schema.payloadTypeColumn(), schema.payloadRevisionColumn(),
                    schema.payloadColumn(), schema.metaDataColumn())
                    + " FROM " + schema.domainEventTable() + " WHERE " + schema.globalIndexColumn() + " <= ?"
                    + " ORDER BY " + schema.globalIndexColumn();
        }

        /** One row as the engine would hand it over. */
        static TrackedEventData<byte[]> row(ResultSet rs) throws SQLException {
            GapAwareTrackingToken token = GapAwareTrackingToken.newInstance(rs.getLong(1), List.of());
            return new TrackedDomainEventData<>(token, new StoredEntry(rs.getString(2), rs.getString(3), rs.getLong(4),
                    rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getBytes(9),
                    rs.getBytes(10)));
        }
    }

    /** A stored event whose timestamp is parsed by {@link StoredTimestamps} (Axon parses its own on every read). */
    private static final class StoredEntry extends GenericDomainEventEntry<byte[]> {

        private final String storedAt;

        StoredEntry(String type, String aggregateIdentifier, long sequenceNumber, String eventIdentifier,
                    String storedAt, String payloadType, String payloadRevision, byte[] payload, byte[] metaData) {
            super(type, aggregateIdentifier, sequenceNumber, eventIdentifier, storedAt, payloadType, payloadRevision,
                    payload, metaData);
            this.storedAt = storedAt;
        }

        @Override
        public Instant getTimestamp() {
            return StoredTimestamps.parse(storedAt);
        }
    }

    private static final class Reader implements Runnable {

        private final Source source;
        private final long upTo;
        private final int windowSize;
        private final Predicate<Class<?>> wanted;
        private final BlockingQueue<Window> windows;
        private volatile boolean stopped;

        Reader(Source source, long upTo, int windowSize, Predicate<Class<?>> wanted,
               BlockingQueue<Window> windows) {
            this.source = source;
            this.upTo = upTo;
            this.windowSize = windowSize;
            this.wanted = wanted;
            this.windows = windows;
        }

        void stop() {
            stopped = true;
        }

        @Override
        public void run() {
            try {
                List<TrackedEventMessage<?>> next = new ArrayList<>(windowSize);
                int read = 0;
                try (Connection connection = source.dataSource().getConnection()) {
                    // A cursor needs a transaction; the reader only reads.
                    connection.setAutoCommit(false);
                    connection.setReadOnly(true);
                    try (PreparedStatement select = connection.prepareStatement(source.select())) {
                        select.setFetchSize(FETCH_SIZE);
                        if (select.isWrapperFor(PGStatement.class)) {
                            // Prepared at once, so that payloads come in binary rather than as hex text to decode.
                            select.unwrap(PGStatement.class).setPrepareThreshold(-1);
                        }
                        select.setLong(1, upTo);
                        try (ResultSet rows = select.executeQuery();
                             Stream<TrackedEventMessage<?>> events = EventUtils.upcastAndDeserializeTrackedEvents(
                                     stream(rows), source.serializer(), source.upcasters().get())) {
                            for (var iterator = events.iterator(); iterator.hasNext() && !stopped; ) {
                                TrackedEventMessage<?> event = iterator.next();
                                if (wanted.test(event.getPayloadType())) {
                                    event.getTimestamp();
                                    event.getPayload();
                                    next.add(event);
                                }
                                if (++read == windowSize) {
                                    put(new Window(next, null));
                                    next = new ArrayList<>(windowSize);
                                    read = 0;
                                }
                            }
                        }
                    } finally {
                        connection.rollback();
                    }
                } catch (SQLException e) {
                    throw new IllegalStateException("reading the event table failed", e);
                }
                put(new Window(next, null));
                put(new Window(null, null));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                try {
                    put(new Window(null, e));
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
        }

        private static Stream<TrackedEventData<byte[]>> stream(ResultSet rows) {
            Iterator<TrackedEventData<byte[]>> iterator = new Iterator<>() {
                private Boolean ahead;

                @Override
                public boolean hasNext() {
                    if (ahead == null) {
                        try {
                            ahead = rows.next();
                        } catch (SQLException e) {
                            throw new IllegalStateException("reading the event table failed", e);
                        }
                    }
                    return ahead;
                }

                @Override
                public TrackedEventData<byte[]> next() {
                    if (!hasNext()) {
                        throw new NoSuchElementException();
                    }
                    ahead = null;
                    try {
                        return Source.row(rows);
                    } catch (SQLException e) {
                        throw new IllegalStateException("reading the event table failed", e);
                    }
                }
            };
            return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator, Spliterator.ORDERED), false);
        }

        /** Waits for room, giving up once the handler has stopped taking windows. */
        private void put(Window window) throws InterruptedException {
            while (!stopped) {
                if (windows.offer(window, 100, TimeUnit.MILLISECONDS)) {
                    return;
                }
            }
        }
    }
}
