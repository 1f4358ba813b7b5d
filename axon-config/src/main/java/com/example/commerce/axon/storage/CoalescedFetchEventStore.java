package com.example.commerce.axon.storage;

import java.time.Duration;
import java.util.List;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;

/**
 * The embedded event store, whose reading thread is woken by local commits at most once per
 * window. Axon's wakes it after every commit, and it then reads until a read comes back empty, each
 * read in a transaction of its own: on a busy node that was a read of a few events and an empty read
 * (with its gap check) per placed order. Woken once per window, one read takes every commit of the
 * window. Light load is not delayed ({@link Wakes}).
 */
public class CoalescedFetchEventStore extends EmbeddedEventStore {

    private final Wakes wakes;

    public CoalescedFetchEventStore(Builder builder, Duration window) {
        super(builder);
        this.wakes = new Wakes(window, () -> super.afterCommit(List.of()));
    }

    @Override
    protected void afterCommit(List<? extends EventMessage<?>> events) {
        wakes.request();
    }

    @Override
    public void shutDown() {
        wakes.close();
        super.shutDown();
    }
}
