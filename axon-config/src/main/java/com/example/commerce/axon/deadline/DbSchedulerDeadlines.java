package com.example.commerce.axon.deadline;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.exceptions.TaskInstanceCurrentlyExecutingException;
import com.github.kagkarlsson.scheduler.exceptions.TaskInstanceNotFoundException;
import com.github.kagkarlsson.scheduler.task.SchedulableInstance;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.common.IdentifierFactory;
import org.axonframework.deadline.DeadlineManagerSpanFactory;
import org.axonframework.deadline.DeadlineMessage;
import org.axonframework.deadline.GenericDeadlineMessage;
import org.axonframework.deadline.dbscheduler.DbSchedulerBinaryDeadlineDetails;
import org.axonframework.deadline.dbscheduler.DbSchedulerDeadlineManager;
import org.axonframework.deadline.dbscheduler.DbSchedulerDeadlineToken;
import org.axonframework.messaging.ScopeDescriptor;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Axon's db-scheduler deadline manager, with two differences.
 *
 * <p>A deadline is stored without reading first. db-scheduler's {@code schedule} looks the execution
 * up before it inserts it, one more round trip per placed order, while the placement still holds its
 * SKUs' locks; but a deadline's id is a new random identifier, so there is nothing to find. Deadlines
 * scheduled in units of work nested in one (the placements committed together) are inserted in one
 * batch when that outer unit of work commits. The rows are the ones Axon's manager writes, so it
 * fires, cancels and lists them unchanged.
 *
 * <p>Cancelling a deadline that is firing at that moment is not an error. db-scheduler refuses to
 * cancel a picked execution, and Axon cancels on the prepare-commit of the unit of work that asked, so
 * a customer cancelling an order while its payment deadline fired (or while the deadline was held by a
 * node that died firing it, until a live node takes it over) would have the whole cancellation rolled
 * back. Every deadline handler here is idempotent: the firing deadline finds its work already done and
 * changes nothing.
 */
public final class DbSchedulerDeadlines extends DbSchedulerDeadlineManager {

    private static final Logger log = LoggerFactory.getLogger(DbSchedulerDeadlines.class);
    private static final String TO_INSERT = DbSchedulerDeadlines.class.getName() + ".toInsert";

    private final Scheduler scheduler;
    private final Serializer serializer;
    private final DeadlineManagerSpanFactory spans;

    DbSchedulerDeadlines(Scheduler scheduler, Serializer serializer, DeadlineManagerSpanFactory spans,
                         Builder builder) {
        super(builder.scheduler(scheduler).serializer(serializer).spanFactory(spans));
        this.scheduler = scheduler;
        this.serializer = serializer;
        this.spans = spans;
    }

    @Override
    public String schedule(Instant triggerDateTime, String deadlineName, Object messageOrPayload,
                           ScopeDescriptor deadlineScope) {
        DeadlineMessage<Object> deadline =
                GenericDeadlineMessage.asDeadlineMessage(deadlineName, messageOrPayload, triggerDateTime);
        String deadlineId = IdentifierFactory.getInstance().generateIdentifier();
        // Named by Axon's own token, so that Axon's task fires these rows and its cancel finds them.
        String taskName = new DbSchedulerDeadlineToken(deadlineId).getTaskName();
        runOnPrepareCommitOrNow(spans.createScheduleSpan(deadlineName, deadlineId, deadline).wrapRunnable(() -> {
            DbSchedulerBinaryDeadlineDetails details =
                    details(deadlineName, deadlineScope, processDispatchInterceptors(deadline));
            insert(SchedulableInstance.of(new TaskInstance<>(taskName, deadlineId, details), triggerDateTime));
        }));
        return deadlineId;
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

    /** Inserts at once, or with the others of a nested unit of work's outermost one when that commits. */
    private void insert(SchedulableInstance<?> deadline) {
        if (!CurrentUnitOfWork.isStarted() || CurrentUnitOfWork.get().isRoot()) {
            scheduler.scheduleBatch(List.of(deadline));
            return;
        }
        UnitOfWork<?> outermost = CurrentUnitOfWork.get().root();
        outermost.<List<SchedulableInstance<?>>>getOrComputeResource(TO_INSERT, key -> {
            List<SchedulableInstance<?>> toInsert = new ArrayList<>();
            outermost.onPrepareCommit(unitOfWork -> scheduler.scheduleBatch(toInsert));
            return toInsert;
        }).add(deadline);
    }

    /**
     * What Axon's manager stores for a deadline: its scope, payload and metadata, serialized. Written
     * here because Axon's own factory for it ({@code DbSchedulerBinaryDeadlineDetails.serialized}) is
     * package-private; its {@code asDeadLineMessage} reads these fields back when the deadline fires.
     */
    private DbSchedulerBinaryDeadlineDetails details(String deadlineName, ScopeDescriptor scope,
                                                     DeadlineMessage<?> deadline) {
        SerializedObject<byte[]> serializedScope = serializer.serialize(scope, byte[].class);
        SerializedObject<byte[]> payload = serializer.serialize(deadline.getPayload(), byte[].class);
        SerializedObject<byte[]> metaData = serializer.serialize(deadline.getMetaData(), byte[].class);
        return new DbSchedulerBinaryDeadlineDetails(deadlineName,
                serializedScope.getData(), serializedScope.getType().getName(),
                payload.getData(), payload.getType().getName(), payload.getType().getRevision(),
                metaData.getData());
    }
}
