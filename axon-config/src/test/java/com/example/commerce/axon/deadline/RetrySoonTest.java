package com.example.commerce.axon.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetrySoonTest {

    @Test
    void waitsASecondAfterTheFirstFailureAndTwiceAsLongAfterEachNext() {
        assertThat(RetrySoon.delayAfter(0)).isEqualTo(Duration.ofSeconds(1));
        assertThat(RetrySoon.delayAfter(1)).isEqualTo(Duration.ofSeconds(2));
        assertThat(RetrySoon.delayAfter(8)).isEqualTo(Duration.ofSeconds(256));
    }

    @Test
    void neverWaitsLongerThanFiveMinutes() {
        assertThat(RetrySoon.delayAfter(9)).isEqualTo(Duration.ofMinutes(5));
        assertThat(RetrySoon.delayAfter(63)).isEqualTo(Duration.ofMinutes(5));
        assertThat(RetrySoon.delayAfter(Integer.MAX_VALUE)).isEqualTo(Duration.ofMinutes(5));
    }
}
