package com.example.commerce.command;

import java.util.List;
import java.util.concurrent.Callable;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.annotation.ClasspathParameterResolverFactory;
import org.axonframework.messaging.annotation.MultiParameterResolverFactory;
import org.axonframework.messaging.annotation.SimpleResourceParameterResolverFactory;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.modelling.command.Repository;
import org.axonframework.test.deadline.StubDeadlineManager;

/**
 * A second aggregate type next to the one under an {@code AggregateTestFixture}: Axon's own
 * event-sourcing repository over an in-memory event store. Events its aggregates apply are stored
 * only when the command's unit of work commits, so a refused command leaves it unchanged, just
 * as in production. Handlers that ask for a {@link DeadlineManager} get Axon's stub, as under a fixture.
 */
public final class InMemoryAggregateStore<T> {

    private final Class<T> type;
    private final EventStore eventStore = EmbeddedEventStore.builder()
            .storageEngine(new InMemoryEventStorageEngine())
            .build();
    private final StubDeadlineManager deadlines = new StubDeadlineManager();
    private final EventSourcingRepository<T> repository;

    public InMemoryAggregateStore(Class<T> type) {
        this.type = type;
        this.repository = EventSourcingRepository.builder(type)
                .eventStore(eventStore)
                .parameterResolverFactory(MultiParameterResolverFactory.ordered(
                        ClasspathParameterResolverFactory.forClass(type),
                        new SimpleResourceParameterResolverFactory(List.of(deadlines))))
                .build();
    }

    public Repository<T> repository() {
        return repository;
    }

    /** Creates an aggregate through its own constructor, in a unit of work of its own. */
    public InMemoryAggregateStore<T> create(Callable<T> factory) {
        try {
            DefaultUnitOfWork.startAndGet(null).executeWithResult(() -> repository.newInstance(factory));
        } catch (Exception e) {
            throw new IllegalStateException("could not create a " + type.getSimpleName(), e);
        }
        return this;
    }

    /** Appends a history to the aggregate's stream, as if earlier commands had applied these events. */
    public InMemoryAggregateStore<T> given(Object aggregateId, List<?> events) {
        long sequence = eventsOf(aggregateId).size();
        for (Object event : events) {
            DomainEventMessage<Object> message = new GenericDomainEventMessage<>(
                    type.getSimpleName(), aggregateId.toString(), sequence++, event);
            eventStore.publish(message);
        }
        return this;
    }

    public InMemoryAggregateStore<T> given(Object aggregateId, Object... events) {
        return given(aggregateId, List.of(events));
    }

    /** The payloads of every stored event of the aggregate, oldest first. */
    public List<Object> eventsOf(Object aggregateId) {
        return eventStore.readEvents(aggregateId.toString()).asStream()
                .map(message -> (Object) message.getPayload())
                .toList();
    }
}
