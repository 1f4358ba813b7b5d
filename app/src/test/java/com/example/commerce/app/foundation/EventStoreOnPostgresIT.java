package com.example.commerce.app.foundation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.commerce.api.catalog.ProductActivated;
import com.example.commerce.api.catalog.ProductCreated;
import com.example.commerce.app.support.IntegrationTest;
import com.example.commerce.app.support.Shop;
import com.example.commerce.axon.processing.NewEventsSignal;
import com.example.commerce.axon.storage.JdbcStorageConfiguration;
import com.example.commerce.command.inventory.Inventory;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.awaitility.Awaitility;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

class EventStoreOnPostgresIT extends IntegrationTest {

    @Autowired
    EventStore eventStore;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionManager transactions;

    @Autowired
    NewEventsSignal processorSource;

    @Value("${commerce.event-store.cached-events:" + JdbcStorageConfiguration.CACHED_EVENTS + "}")
    int cachedEvents;

    @Test
    void appendsEventsAndReadsThemBackThroughAxon() {
        String productId = shop.productWithStock(Shop.newSku(), 12000, 0);

        List<Object> payloads = eventStore.readEvents(productId).asStream().<Object>map(EventMessage::getPayload).toList();

        assertThat(payloads).hasSize(2);
        assertThat(payloads.get(0)).isInstanceOf(ProductCreated.class);
        assertThat(((ProductCreated) payloads.get(0)).name()).startsWith("Linen shirt");
        assertThat(payloads.get(1)).isInstanceOf(ProductActivated.class);
    }

    @Test
    void storesNoneOfAUnitOfWorksEventsWhenOneCollidesWithAStoredOne() {
        String stream = "probe-" + UUID.randomUUID();
        append(stream, 0, 1);

        assertThatThrownBy(() -> append(stream, 2, 1)).isInstanceOf(ConcurrencyException.class);

        assertThat(jdbc.queryForList("SELECT sequence_number FROM domain_event_entry WHERE aggregate_identifier = ?"
                + " ORDER BY sequence_number", Long.class, stream)).containsExactly(0L, 1L);
    }

    @Test
    void aProcessorsStreamThatFallsBehindTheSharedCacheReadsOnFromTheStore() throws InterruptedException {
        String stream = "probe-" + UUID.randomUUID();
        int burst = cachedEvents + 200;
        List<Long> seen = new ArrayList<>();
        try (BlockingStream<TrackedEventMessage<?>> events =
                     processorSource.openStream(processorSource.createHeadToken())) {
            while (events.hasNextAvailable(200, TimeUnit.MILLISECONDS)) {
                events.nextAvailable();
            }
            // More events than the cache holds arrive while this stream reads nothing, as with a slow processor.
            for (long from = 0; from < burst; from += 100) {
                append(stream, LongStream.range(from, Math.min(from + 100, burst)).toArray());
            }
            while (seen.size() < burst && events.hasNextAvailable(10, TimeUnit.SECONDS)) {
                if (events.nextAvailable() instanceof DomainEventMessage<?> event
                        && stream.equals(event.getAggregateIdentifier())) {
                    seen.add(event.getSequenceNumber());
                }
            }
        }

        assertThat(seen).containsExactlyElementsOf(LongStream.range(0, burst).boxed().toList());
    }

    /** Stores events of a type no processor handles, in one unit of work. */
    private void append(String stream, long... sequenceNumbers) {
        DefaultUnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
        unitOfWork.attachTransaction(transactions);
        unitOfWork.execute(() -> eventStore.publish(Arrays.stream(sequenceNumbers)
                .mapToObj(sequence -> new GenericDomainEventMessage<>("Probe", stream, sequence, "event " + sequence))
                .toList()));
    }

    @Test
    void snapshotsASkusInventoryWithTheUnitsEachOrderHoldsAndRebuildsItFromTheSnapshot() {
        String sku = Shop.newSku();
        shop.productWithStock(sku, 1000, 500);
        Shop.Customer customer = shop.customer();
        for (int order = 0; order < 105; order++) {
            shop.pendingOrder(customer, sku, 2);
        }

        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject(
                "SELECT COUNT(*) FROM snapshot_event_entry WHERE aggregate_identifier = ?", Long.class, sku) > 0);
        String snapshot = new String(jdbc.queryForObject(
                "SELECT payload FROM snapshot_event_entry WHERE aggregate_identifier = ?", byte[].class, sku),
                StandardCharsets.UTF_8);
        List<? extends DomainEventMessage<?>> stream = eventStore.readEvents(sku).asStream().toList();
        int available = DefaultUnitOfWork.startAndGet(null).executeWithResult(() ->
                EventSourcingRepository.builder(Inventory.class).eventStore(eventStore).build()
                        .load(sku).invoke(Inventory::available)).getPayload();

        assertThat(snapshot).as("holds as one flat list of orders and units").containsPattern("\"held\":\\[\"[^\"]+\",2,");
        assertThat(stream.get(0).getPayload()).isInstanceOf(Inventory.class);
        assertThat(stream).as("the snapshot, then only the events after it").hasSizeLessThan(105);
        assertThat(available).isEqualTo(500 - 105 * 2);
    }

    @Test
    void storesPayloadsAsByteaWithoutLargeObjects() {
        shop.productWithStock(Shop.newSku(), 12000, 3);

        List<Map<String, Object>> binaryColumns = jdbc.queryForList("""
                SELECT table_name, column_name, data_type FROM information_schema.columns
                WHERE table_schema = current_schema() AND column_name IN
                  ('payload', 'meta_data', 'token', 'serialized_saga', 'diagnostics', 'task_data')""");
        assertThat(binaryColumns).hasSizeGreaterThanOrEqualTo(9)
                .allSatisfy(column -> assertThat(column.get("data_type")).as("%s", column).isEqualTo("bytea"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM pg_largeobject_metadata", Long.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM domain_event_entry", Long.class)).isPositive();
    }

    @Test
    void numbersEventsFromTheirOwnSequenceInStepsOfOne() {
        Long increment = jdbc.queryForObject("""
                SELECT increment_by FROM pg_sequences
                WHERE sequencename = pg_get_serial_sequence('domain_event_entry', 'global_index')::regclass::text
                   OR schemaname || '.' || sequencename = pg_get_serial_sequence('domain_event_entry', 'global_index')""",
                Long.class);
        assertThat(increment).isEqualTo(1L);
    }

    @Test
    void createsTheSchemaWithFlywayMigrations() {
        List<String> applied = jdbc.queryForList(
                "SELECT version FROM flyway_schema_history WHERE success ORDER BY installed_rank", String.class);
        assertThat(applied).startsWith("1", "2", "3");
        assertThat(jdbc.queryForList("SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()",
                String.class)).contains("domain_event_entry", "snapshot_event_entry", "token_entry", "saga_entry",
                "association_value_entry", "dead_letter_entry", "scheduled_tasks");
    }
}
