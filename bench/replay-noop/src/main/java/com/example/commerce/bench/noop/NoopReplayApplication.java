package com.example.commerce.bench.noop;

import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Streams the whole event store through one pooled streaming processor ({@value NoopHandler#NAME})
 * whose handler only counts, twice: the first pass warms the JIT up (the product's own rebuild runs
 * in a warm JVM too), then the processor is shut down, its tokens reset, and the second pass is
 * timed from its first to its last event. {@code --bench.expected=N} events per pass. Run it against
 * a product database while the product is stopped, with this processor's token rows deleted.
 */
@SpringBootApplication
public class NoopReplayApplication {

    public static void main(String[] args) throws Exception {
        ConfigurableApplicationContext context = SpringApplication.run(NoopReplayApplication.class, args);
        long expected = context.getEnvironment().getProperty("bench.expected", Long.class, 0L);
        long timeout = context.getEnvironment().getProperty("bench.timeout-seconds", Long.class, 300L);
        NoopHandler handler = context.getBean(NoopHandler.class);
        StreamingEventProcessor processor = context.getBean(EventProcessingConfiguration.class)
                .eventProcessor(NoopHandler.NAME, StreamingEventProcessor.class)
                .orElseThrow(() -> new IllegalStateException("no streaming processor " + NoopHandler.NAME));

        boolean coldDone = await(handler, expected, timeout);
        double coldRate = handler.count() / Math.max((handler.lastNanos() - handler.firstNanos()) / 1e9, 1e-9);

        boolean partial = !coldDone;
        if (coldDone) {
            processor.shutDown();
            handler.reset();
            processor.resetTokens();
            processor.start();
            partial = !await(handler, expected, timeout);
        }
        long count = handler.count();
        double seconds = (handler.lastNanos() - handler.firstNanos()) / 1e9;
        double rate = count / Math.max(seconds, 1e-9);
        System.out.printf(Locale.ROOT, "no-op pooled processor: %d of %d events in %.2f s (first to last event, warm JVM)"
                        + " = %.0f events/s; first pass (cold JVM) %.0f events/s%s%n", count, expected, seconds, rate,
                coldRate, partial ? " (TIMED OUT)" : "");
        System.out.printf(Locale.ROOT, "KV\treplay.noop.evps\t%.1f%nKV\treplay.noop.seconds\t%.3f%nKV\treplay.noop.events\t%d%n"
                + "KV\treplay.noop.cold_evps\t%.1f%nKV\treplay.noop.partial\t%s%n", rate, seconds, count, coldRate, partial);
        context.close();
        System.exit(0);
    }

    private static boolean await(NoopHandler handler, long expected, long timeoutSeconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        while (handler.count() < expected && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        return handler.count() >= expected;
    }
}
