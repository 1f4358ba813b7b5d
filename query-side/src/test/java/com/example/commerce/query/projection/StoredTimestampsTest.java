package com.example.commerce.query.projection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Random;
import org.axonframework.common.DateTimeUtils;
import org.junit.jupiter.api.Test;

class StoredTimestampsTest {

    @Test
    void readsWhatAxonWritesAsAxonReadsIt() {
        Random random = new Random(20261124);
        for (int i = 0; i < 10_000; i++) {
            // From 1970 to 2200, at millisecond precision as Axon stores them, and at finer precision too.
            Instant instant = Instant.ofEpochSecond(random.nextLong(0, 7_258_118_400L), random.nextInt(1_000_000_000));
            for (Instant stored : new Instant[] {instant.truncatedTo(ChronoUnit.MILLIS), instant}) {
                String text = DateTimeUtils.formatInstant(stored);
                assertThat(StoredTimestamps.parse(text)).as(text).isEqualTo(DateTimeUtils.parseInstant(text));
            }
        }
    }

    @Test
    void leavesOtherShapesToAxon() {
        assertThat(StoredTimestamps.parse("2026-11-24T12:34:56Z")).isEqualTo(Instant.parse("2026-11-24T12:34:56Z"));
        assertThat(StoredTimestamps.parse("2026-11-24T12:34:56.123456Z"))
                .isEqualTo(Instant.parse("2026-11-24T12:34:56.123456Z"));
        assertThat(StoredTimestamps.parse("2024-02-29T00:00:00.000Z")).isEqualTo(Instant.parse("2024-02-29T00:00:00Z"));
    }

    @Test
    void leavesImpossibleDatesToAxonToRefuse() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> StoredTimestamps.parse("2026-02-30T00:00:00.000Z"))
                .isInstanceOf(RuntimeException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> StoredTimestamps.parse("2026-11-24T25:00:00.000Z"))
                .isInstanceOf(RuntimeException.class);
    }
}
