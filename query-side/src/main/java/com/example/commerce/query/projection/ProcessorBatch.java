package com.example.commerce.query.projection;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * What a projection folds over the processor batch being handled: made at the batch's first event
 * from the batch's messages, bound to its unit of work, and written as that unit of work prepares to
 * commit, so that it commits or rolls back with the batch and its tokens.
 */
public final class ProcessorBatch {

    private ProcessorBatch() {
    }

    /** Whether a handler runs inside a unit of work (a processor's batch), rather than called directly. */
    public static boolean isRunning() {
        return CurrentUnitOfWork.isStarted();
    }

    /**
     * The fold of the running batch under this key: made by {@code create} from the batch's messages
     * (none when the unit of work is not a batch) the first time it is asked for, and given to
     * {@code write} as the batch prepares to commit.
     */
    public static <B> B fold(String key, Function<List<? extends Message<?>>, B> create, Consumer<B> write) {
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get().root();
        return unitOfWork.getOrComputeResource(key, absent -> {
            B fold = create.apply(unitOfWork instanceof BatchingUnitOfWork<?> batching ? batching.getMessages() : List.of());
            unitOfWork.onPrepareCommit(committing -> write.accept(fold));
            return fold;
        });
    }
}
