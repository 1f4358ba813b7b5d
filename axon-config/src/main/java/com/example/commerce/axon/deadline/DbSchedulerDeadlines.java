package com.example.commerce.axon.deadline;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.exceptions.TaskInstanceCurrentlyExecutingException;
import com.github.kagkarlsson.scheduler.exceptions.TaskInstanceNotFoundException;
import org.axonframework.deadline.dbscheduler.DbSchedulerDeadlineManager;
import org.axonframework.deadline.dbscheduler.DbSchedulerDeadlineToken;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Axon's db-scheduler deadline manager, except that cancelling a deadline that is firing at that
 * moment is not an error. db-scheduler refuses to cancel a picked execution, and Axon cancels on
 * the prepare-commit of the unit of work that asked, so a customer cancelling an order while its
 * payment deadline fired (or while the deadline was held by a node that died firing it, until a
 * live node takes it over) would have the whole cancellation rolled back. Every deadline handler
 * here is idempotent: the firing deadline finds its work already done and changes nothing.
 */
public final class DbSchedulerDeadlines extends DbSchedulerDeadlineManager {

    private static final Logger log = LoggerFactory.getLogger(DbSchedulerDeadlines.class);

    private final Scheduler scheduler;

    DbSchedulerDeadlines(Builder builder, Scheduler scheduler) {
        super(builder.scheduler(scheduler));
        this.scheduler = scheduler;
    }

    @Override
    public void cancelSchedule(String deadlineName, String scheduleId) {
        runOnPrepareCommitOrNow(() -> {
            try {
                scheduler.cancel(new DbSchedulerDeadlineToken(scheduleId));
            } catch (TaskInstanceNotFoundException alreadyFired) {
                log.debug("Deadline {} ({}) has already fired or been cancelled", deadlineName, scheduleId);
            } catch (TaskInstanceCurrentlyExecutingException firing) {
                log.debug("Deadline {} ({}) is firing; its handler will find nothing to do", deadlineName, scheduleId);
            }
        });
    }
}
