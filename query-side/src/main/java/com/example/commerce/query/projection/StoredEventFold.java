package com.example.commerce.query.projection;

import java.util.List;
import org.axonframework.eventhandling.TrackedEventMessage;

/**
 * A projection that folds stored events into a generation itself, so that its rebuild reads the store
 * once in large windows instead of replaying every event through its processor.
 */
public interface StoredEventFold {

    /** Whether events with this payload type change the projection (the others are not read for it). */
    boolean folds(Class<?> payloadType);

    /**
     * Folds one window of its stored events (oldest first; windows arrive in order) into the generation,
     * in the caller's transaction, to the same rows the projection's event handlers would write.
     */
    void fold(int generation, List<TrackedEventMessage<?>> events);
}
