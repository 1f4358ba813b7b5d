package com.example.commerce.axon.storage;

import java.time.Duration;
import java.util.List;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;

/**
 * The embedded event store, whose reading thread is woken by local commits at most once per
 * window. Axon's wakes it after every commit, and it then reads until a read comes back empty: on
 * a busy node that is a read of a few events and an empty read (with its gap check) per placed
 * order, and every processor woken for each handful of events, so each commits its token that
 * often. Woken once per window, one read takes every commit of the window and the processors get
 * them as one batch. Light load is not delayed ({@link Wakes}).
 */
public class CoalescedFetchEventStore extends EmbeddedEventStore {

    private final Wakes wakes;

    protected CoalescedFetchEventStore(Builder builder, Duration window) {
        super(builder);
        this.wakes = new Wakes(window, () -> super.afterCommit(List.of()));
    }

    /** The store on {@code builder}, its reader woken by local commits at most once per {@code window}. */
    public static CoalescedFetchEventStore of(Builder builder, Duration window) {
        return new CoalescedFetchEventStore(builder, window);
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
