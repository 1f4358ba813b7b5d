package com.example.commerce.app.foundation;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.commerce.app.support.IntegrationTest;
import com.example.commerce.app.support.Shop;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Axon's meters: counters for every component, each processor's latency and the command bus's
 * timer, but none of the per-message capacity gauges or processor timers (LeanMetricRegistry).
 */
class MetricsIT extends IntegrationTest {

    @Autowired
    MeterRegistry meters;

    @Test
    void keepsCountersLatenciesAndCommandTimesButNoCapacities() {
        String sku = Shop.newSku();
        shop.productWithStock(sku, 10000, 10);
        shop.pendingOrder(shop.customer(), sku, 1);

        Awaitility.await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            assertThat(count("order-process.successCounter")).isPositive();
            assertThat(count("order-view.successCounter")).isPositive();
        });
        assertThat(meters.find("order-view.latency").gauge()).isNotNull();
        assertThat(meters.find("commandBus.successTimer").timer().count()).isPositive();
        assertThat(axonMeterNames()).noneMatch(name -> name.endsWith(".capacity"))
                .noneMatch(name -> name.matches("(order-process|order-view|eventStore)\\.\\w*Timer"));
    }

    private double count(String counter) {
        return meters.find(counter).counters().stream().mapToDouble(c -> c.count()).sum();
    }

    private List<String> axonMeterNames() {
        return meters.getMeters().stream().map(Meter::getId).map(Meter.Id::getName)
                .filter(name -> name.contains(".") && !name.startsWith("jvm.") && !name.startsWith("http."))
                .toList();
    }
}
