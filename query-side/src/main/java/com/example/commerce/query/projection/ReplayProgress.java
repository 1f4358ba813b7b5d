package com.example.commerce.query.projection;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;

/**
 * How far a streaming processor has come, from the tokens of all its segments (on every node).
 * {@code position} is the lowest segment position; a segment is {@code replaying} while its token is
 * a replay token that has not yet reached the position the processor had when it was reset.
 *
 * <p>A replay token stays a replay token until an event <em>after</em> the reset position arrives,
 * so on a quiet store Axon keeps reporting a replay that has in fact caught up; positions decide
 * here instead.
 */
public record ReplayProgress(long position, boolean replaying, int segments) {

    public static ReplayProgress of(List<TrackingToken> tokens) {
        long lowest = tokens.isEmpty() ? 0 : Long.MAX_VALUE;
        boolean replaying = false;
        for (TrackingToken token : tokens) {
            lowest = Math.min(lowest, positionOf(token));
            replaying |= isBehindReset(token);
        }
        return new ReplayProgress(lowest, replaying, tokens.size());
    }

    /** A rebuild is complete when every segment has a token and none is still replaying. */
    public boolean caughtUp() {
        return segments > 0 && !replaying;
    }

    static long positionOf(TrackingToken token) {
        if (token == null) {
            return 0;
        }
        OptionalLong position = token.position();
        return position.isPresent() ? Math.max(position.getAsLong(), 0) : 0;
    }

    static boolean isBehindReset(TrackingToken token) {
        if (token == null) {
            return false;
        }
        Optional<ReplayToken> replay = WrappedToken.unwrap(token, ReplayToken.class);
        if (replay.isEmpty()) {
            return false;
        }
        TrackingToken atReset = replay.get().getTokenAtReset();
        if (atReset == null) {
            return false;
        }
        return positionOf(replay.get().getCurrentToken()) < positionOf(atReset);
    }
}
