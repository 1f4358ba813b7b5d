package com.example.commerce.app.foundation;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.commerce.app.support.IntegrationTest;
import com.example.commerce.app.support.MovingClock;
import com.example.commerce.axon.processing.FairShareOfSegments;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A node's share of a processor's segments, counted on PostgreSQL at most every couple of seconds. */
class FairShareOfSegmentsIT extends IntegrationTest {

    @Autowired
    JdbcTemplate jdbc;

    private final MovingClock clock = new MovingClock(Instant.parse("2026-11-24T09:00:00Z"));
    private final String processor = "share-" + UUID.randomUUID();

    @Test
    void takesEverySegmentAloneAndHalfOnceAnotherNodeIsCountedAgain() {
        FairShareOfSegments share = new FairShareOfSegments(jdbc, clock, 4);
        assertThat(share.getMaxSegments(processor)).isEqualTo(4);

        heartbeatOfAnotherNode(clock.instant());
        clock.advance(Duration.ofSeconds(1));
        assertThat(share.getMaxSegments(processor)).as("not counted again yet").isEqualTo(4);

        clock.advance(Duration.ofSeconds(1));
        assertThat(share.getMaxSegments(processor)).isEqualTo(2);
    }

    @Test
    void takesTheSegmentsOfANodeThatFellSilent() {
        FairShareOfSegments share = new FairShareOfSegments(jdbc, clock, 4);
        heartbeatOfAnotherNode(clock.instant());
        assertThat(share.getMaxSegments(processor)).isEqualTo(2);

        clock.advance(Duration.ofSeconds(16));
        assertThat(share.getMaxSegments(processor)).isEqualTo(4);
    }

    private void heartbeatOfAnotherNode(Instant at) {
        jdbc.update("INSERT INTO processing_node (processor_name, node, last_seen) VALUES (?, ?, ?)",
                processor, "another-node", Timestamp.from(at));
    }
}
