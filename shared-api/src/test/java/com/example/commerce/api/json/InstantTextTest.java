package com.example.commerce.api.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Random;
import org.junit.jupiter.api.Test;

class InstantTextTest {

    private static final Random RANDOM = new Random(20261124);

    @Test
    void writesWhatTheJdkWritesAndReadsItBack() {
        for (int i = 0; i < 20_000; i++) {
            // From the year -2000 to 12000, so both the usual shape and the JDK's own fallbacks are crossed.
            Instant instant = Instant.ofEpochSecond(RANDOM.nextLong(-125_000_000_000L, 316_000_000_000L),
                    RANDOM.nextInt(1_000_000_000));
            for (Instant value : new Instant[] {instant, instant.truncatedTo(ChronoUnit.SECONDS),
                    instant.truncatedTo(ChronoUnit.MILLIS), instant.truncatedTo(ChronoUnit.MICROS)}) {
                String text = InstantText.format(value);
                assertThat(text).isEqualTo(value.toString());
                if (text.length() <= 30 && !text.startsWith("-") && !text.startsWith("+")) {
                    assertThat(InstantText.parseUsual(text)).as(text).isEqualTo(value);
                } else {
                    assertThat(InstantText.parseUsual(text)).as(text).isNull();
                }
            }
        }
    }

    @Test
    void readsEveryFractionLengthAsTheJdkDoes() {
        String seconds = "2026-11-24T12:34:56";
        String digits = "123456789";
        for (int length = 1; length <= 9; length++) {
            String text = seconds + "." + digits.substring(0, length) + "Z";
            assertThat(InstantText.parseUsual(text)).as(text).isEqualTo(Instant.parse(text));
        }
        assertThat(InstantText.parseUsual("2024-02-29T23:59:59Z")).isEqualTo(Instant.parse("2024-02-29T23:59:59Z"));
    }

    @Test
    void leavesEveryOtherTextToAFullParser() {
        for (String other : new String[] {null, "", "2026-11-24", "2026-11-24T12:34:56", "2026-11-24T12:34:56.Z",
                "2026-11-24T12:34:56.1234567890Z", "2026-11-24T12:34:56+09:00", "2026-11-24t12:34:56z",
                "2026-11-24T12:34:60Z", "2026-11-24T24:00:00Z", "2026-02-30T00:00:00Z", "2026-13-01T00:00:00Z",
                "2026-11-24T12:34:56.12a4Z", "20x6-11-24T12:34:56Z", " 2026-11-24T12:34:56Z", "+12026-11-24T12:34:56Z"}) {
            assertThat(InstantText.parseUsual(other)).as(other).isNull();
        }
    }
}
