package com.example.commerce.query.projection;

import static org.assertj.core.api.Assertions.assertThat;

import org.axonframework.eventhandling.ReplayStatus;
import org.junit.jupiter.api.Test;

class GenerationStateTest {

    @Test
    void writesLiveEventsToTheActiveGenerationWhileServing() {
        assertThat(serving(3).targets(ReplayStatus.REGULAR)).containsExactly(3);
    }

    @Test
    void writesLiveEventsToTheActiveAndTheBuildingGenerationDuringARebuild() {
        assertThat(rebuilding(3, 4).targets(ReplayStatus.REGULAR)).containsExactly(3, 4);
    }

    @Test
    void writesLiveEventsOnlyToTheActiveGenerationWhileTheNewOneIsLoaded() {
        GenerationState starting = new GenerationState("order-view", 3, 4, GenerationState.STARTING, null, null, null);

        assertThat(starting.targets(ReplayStatus.REGULAR)).containsExactly(3);
    }

    @Test
    void writesReplayedEventsOnlyToTheBuildingGeneration() {
        assertThat(rebuilding(3, 4).targets(ReplayStatus.REPLAY)).containsExactly(4);
    }

    @Test
    void refreshesTheActiveGenerationOnAReplayNoRebuildAskedFor() {
        assertThat(serving(3).targets(ReplayStatus.REPLAY)).containsExactly(3);
    }

    @Test
    void showsAClaimedRebuildAsRebuilding() {
        GenerationState starting = new GenerationState("order-view", 1, 2, GenerationState.STARTING, null, null, null);

        assertThat(starting.publicStatus()).isEqualTo("rebuilding");
        assertThat(serving(1).publicStatus()).isEqualTo("serving");
    }

    private static GenerationState serving(int active) {
        return new GenerationState("order-view", active, null, GenerationState.SERVING, null, null, null);
    }

    private static GenerationState rebuilding(int active, int building) {
        return new GenerationState("order-view", active, building, GenerationState.REBUILDING, null, null, null);
    }
}
