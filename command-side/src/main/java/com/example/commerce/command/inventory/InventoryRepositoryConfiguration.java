package com.example.commerce.command.inventory;

import java.util.Objects;
import org.axonframework.common.caching.Cache;
import org.axonframework.eventsourcing.CachingEventSourcingRepository;
import org.axonframework.eventsourcing.EventSourcedAggregate;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.Repository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Keeps each SKU's Inventory in memory between commands. A hot SKU is the one lock every order of
 * a flash sale goes through, so loading it (a snapshot and the events after it, read and
 * deserialized) is the cost every order pays in turn; from memory it costs nothing. Snapshots are
 * spaced by the orders the SKU holds units for ({@link InventorySnapshots}).
 *
 * <p>A cache is only correct while no other node changes the aggregate behind its back. With Axon
 * Server, commands for one aggregate are routed to one node, so that holds. With the JDBC event
 * store every command node takes commands for every SKU, so a cached copy is used only after one
 * indexed read shows that the stream has not grown since ({@link CheckedCachingRepository});
 * otherwise it is loaded from the store. This matters most for decisions that append nothing (a
 * release for an order the copy has never seen would silently do nothing). An append racing
 * another node's between that read and commit still meets the store's unique (aggregate,
 * sequence), rolls back, which evicts the copy, and is retried. {@code ScaleOutIT} places,
 * commits and releases one SKU's stock through two command nodes.
 */
@Configuration(proxyBeanMethods = false)
public class InventoryRepositoryConfiguration {

    /** The bean {@link Inventory} names as its repository. */
    public static final String BEAN = "inventoryRepository";

    /** A snapshot of a SKU holding units for many orders waits for one event per this many holds. */
    static final int HOLDS_PER_EVENT = 10;

    @Bean(BEAN)
    public Repository<Inventory> inventoryRepository(EventStore eventStore, Snapshotter snapshotter,
                                                     @Value("${commerce.snapshot.threshold:100}") int threshold,
                                                     JdbcTemplate jdbc,
                                                     @Value("${axon.axonserver.enabled:false}") boolean axonServer) {
        Cache cache = new InventoryCache();
        EventSourcingRepository.Builder<Inventory> builder = EventSourcingRepository.builder(Inventory.class)
                .eventStore(eventStore)
                .snapshotTriggerDefinition(new InventorySnapshots(snapshotter, threshold, HOLDS_PER_EVENT))
                .lockFactory(new FairLocks())
                .cache(cache);
        return axonServer ? builder.build() : new CheckedCachingRepository(builder, cache, jdbc);
    }

    /** A cached Inventory, used only when it is as long as its stream in the store. */
    static final class CheckedCachingRepository extends CachingEventSourcingRepository<Inventory> {

        private final Cache cache;
        private final JdbcTemplate jdbc;

        CheckedCachingRepository(EventSourcingRepository.Builder<Inventory> builder, Cache cache, JdbcTemplate jdbc) {
            super(builder);
            this.cache = cache;
            this.jdbc = jdbc;
        }

        @Override
        protected EventSourcedAggregate<Inventory> doLoadWithLock(String sku, Long expectedVersion) {
            if (!cache.containsKey(sku)) {
                return super.doLoadWithLock(sku, expectedVersion);
            }
            EventSourcedAggregate<Inventory> cached = super.doLoadWithLock(sku, expectedVersion);
            if (Objects.equals(cached.version(), lastSequenceNumber(sku))) {
                return cached;
            }
            cache.remove(sku);
            return super.doLoadWithLock(sku, expectedVersion);
        }

        private Long lastSequenceNumber(String sku) {
            return jdbc.queryForObject(
                    "SELECT MAX(sequence_number) FROM domain_event_entry WHERE aggregate_identifier = ?",
                    Long.class, sku);
        }
    }
}
