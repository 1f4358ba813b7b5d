package com.example.commerce.query.projection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackingToken;
import org.junit.jupiter.api.Test;

class ReplayProgressTest {

    @Test
    void reportsTheLowestSegmentPosition() {
        ReplayProgress progress = ReplayProgress.of(List.of(at(40), at(12), at(33)));

        assertThat(progress.position()).isEqualTo(12);
        assertThat(progress.replaying()).isFalse();
        assertThat(progress.caughtUp()).isTrue();
    }

    @Test
    void isReplayingWhileASegmentIsBehindItsResetPosition() {
        ReplayProgress progress = ReplayProgress.of(List.of(replay(40, 40), replay(40, 17)));

        assertThat(progress.replaying()).isTrue();
        assertThat(progress.caughtUp()).isFalse();
        assertThat(progress.position()).isEqualTo(17);
    }

    @Test
    void hasCaughtUpWhenEveryReplayReachedItsResetPositionThoughAxonStillCallsItAReplay() {
        TrackingToken quietAtReset = replay(40, 40);

        assertThat(ReplayToken.isReplay(quietAtReset)).isTrue();
        assertThat(ReplayProgress.of(List.of(quietAtReset, at(41))).caughtUp()).isTrue();
    }

    @Test
    void countsAReplayThatHasNotStartedAsBehind() {
        TrackingToken notStarted = ReplayToken.createReplayToken(at(40), null);

        assertThat(ReplayProgress.of(List.of(notStarted)).replaying()).isTrue();
    }

    @Test
    void treatsASegmentWithoutTokenAsAtTheStart() {
        ReplayProgress progress = ReplayProgress.of(Arrays.asList(at(5), null));

        assertThat(progress.position()).isZero();
        assertThat(progress.replaying()).isFalse();
    }

    @Test
    void hasNotCaughtUpWithoutAnyToken() {
        assertThat(ReplayProgress.of(List.of()).caughtUp()).isFalse();
    }

    private static TrackingToken at(long index) {
        return GapAwareTrackingToken.newInstance(index, List.of());
    }

    private static TrackingToken replay(long resetAt, long current) {
        return new ReplayToken(at(resetAt), at(current));
    }
}
