package com.example.commerce.axon.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Long windows, so that a descheduled test thread cannot let one pass unnoticed. */
class WakesTest {

    private static final Duration WINDOW = Duration.ofSeconds(1);

    private final AtomicInteger woken = new AtomicInteger();
    private final Wakes wakes = new Wakes(WINDOW, woken::incrementAndGet);

    @AfterEach
    void close() {
        wakes.close();
    }

    @Test
    void wakesAtOnceAfterAQuietWindow() {
        wakes.request();

        assertThat(woken).hasValue(1);
    }

    @Test
    void givesTheRequestsOfOneWindowOneWakeAtItsEnd() throws InterruptedException {
        wakes.request();
        for (int i = 0; i < 50; i++) {
            wakes.request();
        }
        assertThat(woken).as("the first at once, the others held back").hasValue(1);

        awaitWakes(2);
        Thread.sleep(WINDOW.multipliedBy(2).toMillis());
        assertThat(woken).as("one more for the whole window").hasValue(2);
    }

    @Test
    void losesNoRequestThatComesAfterAWake() {
        wakes.request();
        wakes.request();
        awaitWakes(2);

        wakes.request();

        awaitWakes(3);
    }

    @Test
    void wakesNoMoreOnceClosed() throws InterruptedException {
        wakes.request();
        wakes.request();
        wakes.close();

        wakes.request();

        Thread.sleep(WINDOW.multipliedBy(2).toMillis());
        assertThat(woken).hasValue(1);
    }

    private void awaitWakes(int count) {
        await().atMost(WINDOW.multipliedBy(10)).untilAtomic(woken, equalTo(count));
    }
}
