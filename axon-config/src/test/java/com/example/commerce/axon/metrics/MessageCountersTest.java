package com.example.commerce.axon.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.micrometer.MessageCountingMonitor;
import org.axonframework.monitoring.MessageMonitor;
import org.junit.jupiter.api.Test;

/** The counters register once and count exactly as Axon's own monitor does, under the same names. */
class MessageCountersTest {

    @Test
    void countsEachOutcomeAsAxonsMonitorDoes() {
        MeterRegistry ours = new SimpleMeterRegistry();
        MeterRegistry axons = new SimpleMeterRegistry();
        MessageCounters counters = new MessageCounters("order-view", ours);
        MessageCountingMonitor reference = MessageCountingMonitor.buildMonitor("order-view", axons);

        for (MessageMonitor<? super GenericEventMessage<String>> monitor : List.of(counters, reference)) {
            monitor.onMessageIngested(new GenericEventMessage<>("a")).reportSuccess();
            monitor.onMessageIngested(new GenericEventMessage<>("b")).reportSuccess();
            monitor.onMessageIngested(new GenericEventMessage<>("c")).reportFailure(new IllegalStateException());
            monitor.onMessageIngested(new GenericEventMessage<>("d")).reportIgnored();
        }

        for (String counter : List.of("ingestedCounter", "successCounter", "failureCounter",
                "processedCounter", "ignoredCounter")) {
            assertThat(ours.counter("order-view." + counter).count()).as(counter)
                    .isEqualTo(axons.counter("order-view." + counter).count());
        }
        assertThat(ours.counter("order-view.ingestedCounter").count()).isEqualTo(4);
        assertThat(ours.counter("order-view.processedCounter").count()).isEqualTo(3);
    }
}
