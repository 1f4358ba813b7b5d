package com.example.commerce.axon.processing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GenericTrackedEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.junit.jupiter.api.Test;

class SkippingStreamTest {

    private final Arrivals arrivals = new Arrivals();
    private final SkippingStream stream = new SkippingStream(arrivals);

    @Test
    void handsOnEveryEventUntilATypeIsSkipped() throws InterruptedException {
        arrivals.add("a", 1, "b");

        assertThat(drain()).containsExactly("a", 1, "b");
    }

    @Test
    void passesOverSkippedTypesWhileLaterEventsAreThere() throws InterruptedException {
        arrivals.add(1);
        stream.skipMessagesWithPayloadTypeOf(stream.nextAvailable());
        arrivals.add(2, "a", 3, 4, "b", 5, "c");

        assertThat(drain()).containsExactly("a", "b", "c");
    }

    @Test
    void handsOnTheLastEventAvailableSoThatThePositionReachesTheHead() throws InterruptedException {
        arrivals.add(1);
        stream.skipMessagesWithPayloadTypeOf(stream.nextAvailable());
        arrivals.add("a", 2, 3);

        List<Object> seen = drain();

        assertThat(seen).as("3 is skippable, but the last there is").containsExactly("a", 3);
        assertThat(arrivals.waiting).isEmpty();
    }

    @Test
    void passesOverAHeldSkippableEventOnceALaterOneArrives() throws InterruptedException {
        arrivals.add(1);
        stream.skipMessagesWithPayloadTypeOf(stream.nextAvailable());
        arrivals.add(2);
        assertThat(stream.peek().<Object>map(TrackedEventMessage::getPayload)).contains(2);

        arrivals.add(3, "a");

        assertThat(drain()).containsExactly("a");
    }

    private List<Object> drain() throws InterruptedException {
        List<Object> payloads = new ArrayList<>();
        while (stream.hasNextAvailable(0, TimeUnit.MILLISECONDS)) {
            payloads.add(stream.nextAvailable().getPayload());
        }
        return payloads;
    }

    /** Events as the store would hand them out: in order, each with the next position, never waiting. */
    private static final class Arrivals implements BlockingStream<TrackedEventMessage<?>> {

        private final Deque<TrackedEventMessage<?>> waiting = new ArrayDeque<>();
        private long position;

        void add(Object... payloads) {
            for (Object payload : payloads) {
                waiting.add(new GenericTrackedEventMessage<>(new GlobalSequenceTrackingToken(position++),
                        GenericEventMessage.asEventMessage(payload)));
            }
        }

        @Override
        public Optional<TrackedEventMessage<?>> peek() {
            return Optional.ofNullable(waiting.peek());
        }

        @Override
        public boolean hasNextAvailable(int timeout, TimeUnit unit) {
            return !waiting.isEmpty();
        }

        @Override
        public TrackedEventMessage<?> nextAvailable() {
            return waiting.remove();
        }

        @Override
        public void close() {
        }
    }
}
