package com.example.commerce.query.projection;

import java.time.Instant;
import java.util.List;
import org.axonframework.eventhandling.ReplayStatus;

/**
 * A projection's generations: {@code active} serves every read; {@code building}, while a rebuild
 * runs, is filled by the replay and kept up to date with live events as well. {@code catchUpPosition}:
 * the head of the event store when the rebuild's processor was reset, which every segment must pass
 * before the new generation may serve.
 */
public record GenerationState(String name, int active, Integer building, String status,
                              Instant rebuildStartedAt, Instant rebuildFinishedAt, Long catchUpPosition) {

    /** Serving reads, no rebuild under way. */
    public static final String SERVING = "serving";
    /** A rebuild was claimed; the processor is being reset. */
    public static final String STARTING = "starting";
    /** The processor replays into the building generation. */
    public static final String REBUILDING = "rebuilding";

    /**
     * The generations an event is written to: a replayed event only to the one being built (the
     * active one has it already), a live event to the active one and to the one being built; while a
     * rebuild is starting, to the active one only (the new one is being loaded from the store up to
     * a position, and the processor replays what came after into it once it is reset).
     */
    public List<Integer> targets(ReplayStatus replay) {
        if (replay == ReplayStatus.REPLAY) {
            // A replay nobody asked for through a rebuild (an operator's reset) refreshes the active generation.
            return List.of(building != null ? building : active);
        }
        return building == null || STARTING.equals(status) ? List.of(active) : List.of(active, building);
    }

    public boolean isRebuilding() {
        return building != null;
    }

    /** The status the admin API shows: {@code serving} or {@code rebuilding}. */
    public String publicStatus() {
        return isRebuilding() ? REBUILDING : SERVING;
    }
}
