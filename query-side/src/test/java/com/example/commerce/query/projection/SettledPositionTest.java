package com.example.commerce.query.projection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackingToken;
import org.junit.jupiter.api.Test;

/** Where a rebuild may stop reading the store itself: every segment has handled every event up to it. */
class SettledPositionTest {

    @Test
    void isTheLowestSegmentPosition() {
        assertThat(ProjectionRebuilds.settledPosition(List.of(token(120), token(95), token(130))))
                .hasValue(95);
    }

    @Test
    void staysBelowASegmentsOldestGap() {
        TrackingToken withGaps = GapAwareTrackingToken.newInstance(200, Set.of(150L, 180L));

        assertThat(ProjectionRebuilds.settledPosition(List.of(token(300), withGaps))).hasValue(149);
    }

    @Test
    void takesAReplayingSegmentWhereItIsNow() {
        TrackingToken replaying = ReplayToken.createReplayToken(token(500), token(40));

        assertThat(ProjectionRebuilds.settledPosition(List.of(token(600), replaying))).hasValue(40);
    }

    @Test
    void isUnknownWhileASegmentHasNoTokenOrThereIsNoSegment() {
        assertThat(ProjectionRebuilds.settledPosition(Arrays.asList(token(10), null))).isEmpty();
        assertThat(ProjectionRebuilds.settledPosition(List.of())).isEmpty();
    }

    @Test
    void isUnknownWhileASegmentReplaysFromTheStartAndHasHandledNothingYet() {
        TrackingToken fromTheStart = ReplayToken.createReplayToken(token(500), null);

        assertThat(ProjectionRebuilds.settledPosition(fromTheStart)).isEmpty();
        assertThat(ProjectionRebuilds.settledPosition(List.of(token(600), fromTheStart))).isEmpty();
    }

    private static TrackingToken token(long index) {
        return GapAwareTrackingToken.newInstance(index, Set.of());
    }
}
