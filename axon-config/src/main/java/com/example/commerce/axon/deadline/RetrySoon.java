package com.example.commerce.axon.deadline;

import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import com.github.kagkarlsson.scheduler.task.ExecutionOperations;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import java.time.Duration;

/**
 * Fires a failed deadline again after 1 s, then 2, 4, ... up to {@link #LATEST}. A deadline fails
 * mostly because a command on another node changed its order at the same moment, and is due again
 * at once; one that keeps failing is retried no less often than db-scheduler's default would
 * (every 5 minutes).
 */
final class RetrySoon<T> implements FailureHandler<T> {

    static final Duration FIRST = Duration.ofSeconds(1);
    static final Duration LATEST = Duration.ofMinutes(5);

    @Override
    public void onFailure(ExecutionComplete failed, ExecutionOperations<T> operations) {
        operations.reschedule(failed, failed.getTimeDone().plus(delayAfter(failed.getExecution().consecutiveFailures)));
    }

    /** The wait after a failure that follows this many consecutive earlier ones. */
    static Duration delayAfter(int earlierFailures) {
        // 2^9 s is past the cap already; the bound keeps the shift from overflowing.
        Duration delay = FIRST.multipliedBy(1L << Math.min(earlierFailures, 9));
        return delay.compareTo(LATEST) < 0 ? delay : LATEST;
    }
}
