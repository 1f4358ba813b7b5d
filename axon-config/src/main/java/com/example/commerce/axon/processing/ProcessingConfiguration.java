package com.example.commerce.axon.processing;

import java.time.Clock;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.pooled.MaxSegmentProvider;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every processing group runs in a pooled streaming processor of its own name unless configured
 * otherwise. On two cores a few segments and a batch above one keep token commits from dominating
 * (see AXON-NOTES). Nodes running the same processor share its segments evenly
 * ({@link FairShareOfSegments}) unless a fixed maximum is configured.
 */
@AutoConfiguration
@EnableConfigurationProperties(ProcessingProperties.class)
public class ProcessingConfiguration {

    @Bean
    public ConfigurerModule pooledStreamingProcessors(ProcessingProperties properties, JdbcTemplate jdbc,
                                                      ObjectProvider<NewEventsSignal> newEvents) {
        MaxSegmentProvider share = properties.maxClaimedSegments() == null
                ? new FairShareOfSegments(jdbc, Clock.systemUTC(), properties.segments())
                : processor -> properties.maxClaimedSegments();
        return configurer -> {
            EventProcessingConfigurer processing = configurer.eventProcessing()
                    .usingPooledStreamingEventProcessors((configuration, builder) -> {
                        builder.initialSegmentCount(properties.segments())
                                .maxSegmentProvider(share)
                                .batchSize(properties.batchSize());
                        newEvents.ifAvailable(builder::messageSource);
                        return builder;
                    })
                    // A failing handler must not be skipped (a lost saga step, a lost refund): the
                    // batch rolls back and is retried. Groups with a dead-letter queue park it instead.
                    .registerDefaultListenerInvocationErrorHandler(configuration -> PropagatingErrorHandler.instance());
            // Applied after the defaults above (Axon composes a processor's own configuration with them).
            properties.batchSizes().forEach((processor, batchSize) -> processing
                    .registerPooledStreamingEventProcessorConfiguration(processor,
                            (configuration, builder) -> builder.batchSize(batchSize)));
        };
    }

    /** With the JDBC event store only: Axon Server's streams announce new events themselves. */
    @Bean
    @ConditionalOnProperty(name = "axon.axonserver.enabled", havingValue = "false", matchIfMissing = true)
    public NewEventsSignal newEventsSignal(EventStore eventStore, JdbcTemplate jdbc) {
        return new NewEventsSignal(eventStore, jdbc);
    }
}
