package com.example.commerce.command;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.AxonThreadFactory;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;

/**
 * Sends a command on behalf of an event handler (the order saga, payment settlement) in a unit of
 * work and transaction of its own, and waits for its answer.
 *
 * <p>Inside the handler's own transaction a command that lost a race on another node would abort
 * that whole transaction, so the gateway could not retry it, and it would hold its aggregate's lock
 * until the handler's batch committed. On its own it commits at once and a conflict is simply
 * retried. This is safe because every command a process sends is idempotent: if the handler fails
 * after a step committed, the redelivered event repeats the step and it changes nothing. The
 * handler's correlation data (correlation id, causation, user) goes along with the command.
 */
public final class ProcessStep {

    private static final ExecutorService STEPS = Executors.newCachedThreadPool(new AxonThreadFactory("process-step"));

    private ProcessStep() {
    }

    public static <R> R send(CommandGateway commands, Object command) {
        Map<String, ?> correlation = CurrentUnitOfWork.isStarted()
                ? CurrentUnitOfWork.get().getCorrelationData() : Map.of();
        try {
            return CompletableFuture.supplyAsync(() -> commands.<R>sendAndWait(
                    GenericCommandMessage.asCommandMessage(command).andMetaData(correlation)), STEPS).join();
        } catch (CompletionException failure) {
            if (failure.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw failure;
        }
    }
}
