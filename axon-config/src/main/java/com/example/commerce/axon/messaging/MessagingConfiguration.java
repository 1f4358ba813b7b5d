package com.example.commerce.axon.messaging;

import java.util.concurrent.Executors;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.commandhandling.gateway.IntervalRetryScheduler;
import org.axonframework.common.AxonThreadFactory;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.queryhandling.DefaultQueryGateway;
import org.axonframework.queryhandling.QueryBus;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.QueryMessage;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The gateways every component dispatches through. The command gateway retries only concurrency
 * conflicts (two nodes appending to one aggregate): they are transient, while a refused command
 * must reach its sender at once.
 */
@AutoConfiguration(beforeName = "org.axonframework.springboot.autoconfig.AxonAutoConfiguration")
public class MessagingConfiguration {

    /**
     * Stamps {@code correlationId}, shared by every message one request or delivery set off, and
     * {@code causationId}, the message that directly caused this one. (Axon's defaults name the
     * direct parent "correlationId"; an audit trail needs the whole chain under that name.) Declared
     * here because declaring any provider of our own switches off Axon's default one.
     */
    @Bean
    public CorrelationDataProvider messageOrigin() {
        return new MessageOriginProvider("causationId", "correlationId");
    }

    @Bean
    public CorrelationDataProvider userIdCorrelation() {
        return new SimpleCorrelationDataProvider(UserIdDispatchInterceptor.USER_ID);
    }

    @Bean
    public CommandGateway commandGateway(CommandBus commandBus) {
        IntervalRetryScheduler retries = IntervalRetryScheduler.builder()
                .retryExecutor(Executors.newSingleThreadScheduledExecutor(new AxonThreadFactory("command-retry")))
                .retryInterval(25)
                .maxRetryCount(8)
                .nonTransientFailurePredicate(failure -> !isConcurrencyConflict(failure))
                .build();
        return DefaultCommandGateway.builder()
                .commandBus(commandBus)
                .retryScheduler(retries)
                .dispatchInterceptors(new UserIdDispatchInterceptor<CommandMessage<?>>())
                .build();
    }

    @Bean
    public QueryGateway queryGateway(QueryBus queryBus) {
        return DefaultQueryGateway.builder()
                .queryBus(queryBus)
                .dispatchInterceptors(new UserIdDispatchInterceptor<QueryMessage<?, ?>>())
                .build();
    }

    static boolean isConcurrencyConflict(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConcurrencyException) {
                return true;
            }
        }
        return false;
    }
}
