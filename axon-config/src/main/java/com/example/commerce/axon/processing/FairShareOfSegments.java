package com.example.commerce.axon.processing;

import java.lang.management.ManagementFactory;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.eventhandling.pooled.MaxSegmentProvider;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * How many of a processor's segments this node may hold: an even share among the nodes running
 * that processor now. Axon asks on every coordination round, and the answer, worked out at most
 * every {@link #RECOUNT_AFTER}, doubles as this node's heartbeat for the processor, so a node that
 * joins gets its share (the others release segments above theirs) and a node that dies stops
 * counting after {@link #SILENT_AFTER}, when the survivors take its segments over.
 *
 * <p>Coordination rounds come with every batch of new events ({@link NewEventsSignal}), up to
 * hundreds a second per processor under load; asking the database each time (a durable heartbeat
 * commit and two counts) cost more than the event handling itself.
 */
public class FairShareOfSegments implements MaxSegmentProvider {

    static final Duration SILENT_AFTER = Duration.ofSeconds(15);
    static final Duration RECOUNT_AFTER = Duration.ofSeconds(2);

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final int configuredSegments;
    private final String node = ManagementFactory.getRuntimeMXBean().getName();
    private final Map<String, Share> shares = new ConcurrentHashMap<>();

    public FairShareOfSegments(JdbcTemplate jdbc, Clock clock, int configuredSegments) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.configuredSegments = configuredSegments;
    }

    @Override
    public int getMaxSegments(String processor) {
        Instant now = clock.instant();
        Share known = shares.get(processor);
        if (known != null && now.isBefore(known.countedAt().plus(RECOUNT_AFTER))) {
            return known.segments();
        }
        int segments = count(processor, now);
        shares.put(processor, new Share(segments, now));
        return segments;
    }

    private int count(String processor, Instant now) {
        if (jdbc.update("UPDATE processing_node SET last_seen = ? WHERE processor_name = ? AND node = ?",
                Timestamp.from(now), processor, node) == 0) {
            jdbc.update("INSERT INTO processing_node (processor_name, node, last_seen) VALUES (?, ?, ?)"
                    + " ON CONFLICT DO NOTHING", processor, node, Timestamp.from(now));
        }
        Integer live = jdbc.queryForObject("SELECT COUNT(*) FROM processing_node WHERE processor_name = ? AND last_seen > ?",
                Integer.class, processor, Timestamp.from(now.minus(SILENT_AFTER)));
        Integer segments = jdbc.queryForObject("SELECT COUNT(*) FROM token_entry WHERE processor_name = ?",
                Integer.class, processor);
        int total = segments == null || segments == 0 ? configuredSegments : segments;
        int nodes = live == null || live == 0 ? 1 : live;
        return Math.max(1, (total + nodes - 1) / nodes);
    }

    private record Share(int segments, Instant countedAt) {
    }
}
