package com.example.commerce.axon.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.messaging.Message;
import org.axonframework.micrometer.EventProcessorLatencyMonitor;
import org.axonframework.micrometer.GlobalMetricRegistry;
import org.axonframework.micrometer.MessageTimerMonitor;
import org.axonframework.monitoring.MessageMonitor;
import org.axonframework.monitoring.MultiMessageMonitor;
import org.axonframework.queryhandling.QueryBus;

/**
 * Axon's meters under Axon's own names, fewer of them per message. By default Axon gives every
 * component, for every message, a capacity gauge (a sliding window of every message's time), four
 * timers with percentiles and counters; with seven streaming processors each seeing an order's
 * events, the node's JVM spent 5-12% more CPU per placed order at a fixed rate (docs/benchmarks.md,
 * round 6). Kept: every component's counters (ingested, success, failure, processed, ignored;
 * registered once rather than looked up per message, {@link MessageCounters}),
 * each processor's latency (how far behind the newest event it is: what to alert on) and the
 * command and query buses' timers (one message per request). Left out: the capacity gauges (a
 * timer's rate of time spent says the same) and the timers of each processor and of the event bus
 * (a processor that slows down shows in its latency, and a slow batch in Axon's unit-of-work
 * timeout warnings).
 *
 * <p>This is the registry for Axon's default naming ({@code axon.metrics.micrometer.dimensional}
 * unset), the one this product uses; the dimensional naming keeps Axon's full set.
 */
public class LeanMetricRegistry extends GlobalMetricRegistry {

    private final MeterRegistry meters;

    public LeanMetricRegistry(MeterRegistry meters) {
        super(meters);
        this.meters = meters;
    }

    @Override
    public MessageMonitor<? extends Message<?>> registerComponent(Class<?> componentType, String componentName) {
        MessageMonitor<Message<?>> counted = new MessageCounters(componentName, meters);
        if (EventProcessor.class.isAssignableFrom(componentType)) {
            return new MultiMessageMonitor<>(List.of(counted,
                    EventProcessorLatencyMonitor.buildMonitor(componentName, meters)));
        }
        if (CommandBus.class.isAssignableFrom(componentType) || QueryBus.class.isAssignableFrom(componentType)) {
            return new MultiMessageMonitor<>(List.of(counted, MessageTimerMonitor.buildMonitor(componentName, meters)));
        }
        return counted;
    }
}
