package com.example.commerce.axon.processing;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * Every processing group runs in a pooled streaming processor of its own name unless configured
 * otherwise. On two cores a few segments and a batch above one keep token commits from dominating
 * (see AXON-NOTES); {@code maxClaimedSegments} lets several nodes share a processor.
 */
@AutoConfiguration
@EnableConfigurationProperties(ProcessingProperties.class)
public class ProcessingConfiguration {

    @Bean
    public ConfigurerModule pooledStreamingProcessors(ProcessingProperties properties) {
        return configurer -> configurer.eventProcessing()
                .usingPooledStreamingEventProcessors((configuration, builder) -> builder
                        .initialSegmentCount(properties.segments())
                        .maxClaimedSegments(properties.maxClaimedSegments())
                        .batchSize(properties.batchSize()))
                // A failing handler must not be skipped (a lost saga step, a lost refund): the
                // batch rolls back and is retried. Groups with a dead-letter queue park it instead.
                .registerDefaultListenerInvocationErrorHandler(configuration -> PropagatingErrorHandler.instance());
    }
}
