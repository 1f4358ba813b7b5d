package com.example.commerce.axon.snapshot;

import java.util.concurrent.Executors;
import org.axonframework.common.AxonThreadFactory;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.spring.eventsourcing.SpringAggregateSnapshotterFactoryBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * A hot SKU's Inventory gathers thousands of events; without snapshots every command replays them
 * all under the aggregate's lock. The default snapshotter runs on the command thread after commit
 * and needs a second connection, so it gets an executor of its own.
 */
@AutoConfiguration
public class SnapshotConfiguration {

    /** The name aggregates give in {@code @Aggregate(snapshotTriggerDefinition = ...)}. */
    public static final String SNAPSHOT_TRIGGER = "snapshotTrigger";

    @Bean
    public SpringAggregateSnapshotterFactoryBean snapshotter() {
        SpringAggregateSnapshotterFactoryBean factory = new SpringAggregateSnapshotterFactoryBean();
        factory.setExecutor(Executors.newSingleThreadExecutor(new AxonThreadFactory("snapshotter")));
        return factory;
    }

    @Bean(SNAPSHOT_TRIGGER)
    public SnapshotTriggerDefinition snapshotTrigger(Snapshotter snapshotter,
                                                     @Value("${commerce.snapshot.threshold:100}") int threshold) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, threshold);
    }
}
