package com.example.commerce.query;

import com.example.commerce.query.orderview.OrderViewProjection;
import com.example.commerce.query.orderview.OrderViewSequencingPolicy;
import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Everything a node with the {@code query} role runs: projections, query handlers, query endpoints,
 * live updates, audit and projection admin. The application imports this class only when the role is on.
 * Scheduling drives the projection rebuild monitor.
 */
@Configuration
@ComponentScan
@EnableScheduling
public class QuerySideConfiguration {

    /**
     * The order view folds the events of an order, its payments and its shipments into one row, so
     * they must be handled one after another per order, not per aggregate (the default), or two
     * segments would update the same row at once.
     */
    @Bean
    public ConfigurerModule querySideProcessing() {
        return configurer -> configurer.eventProcessing()
                .registerSequencingPolicy(OrderViewProjection.NAME, configuration -> new OrderViewSequencingPolicy());
    }
}
