package com.example.commerce.app.axonserver;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.commerce.app.support.Docker;
import com.example.commerce.app.support.Node;
import com.example.commerce.app.support.Shop;
import com.example.commerce.app.support.TestDatabase;
import java.time.Duration;
import java.util.Map;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;

/**
 * The {@code axonserver} profile: Axon Server stores the events and routes commands and queries,
 * while PostgreSQL keeps tokens, sagas, deadlines and read models. Needs a Docker engine to run
 * Axon Server; where none answers the test is skipped and says so.
 */
class AxonServerIT {

    @Test
    void runsTheOrderFlowOnAxonServer() {
        Assumptions.assumeTrue(Docker.available(),
                "Skipped: no Docker engine answers on this machine, and this test runs Axon Server (axoniq/axonserver) "
                        + "in a container. It runs wherever Docker does.");
        try (GenericContainer<?> axonServer = new GenericContainer<>("axoniq/axonserver:2024.2.3")
                .withEnv("AXONIQ_AXONSERVER_STANDALONE", "true")
                .withEnv("AXONIQ_AXONSERVER_DEVMODE_ENABLED", "true")
                .withExposedPorts(8024, 8124)
                .waitingFor(Wait.forHttp("/actuator/health").forPort(8024).withStartupTimeout(Duration.ofMinutes(2)))) {
            axonServer.start();
            try (Node node = Node.start(TestDatabase.create(), Map.of(
                    "spring.profiles.active", "postgres,axonserver",
                    "axon.axonserver.servers", axonServer.getHost() + ":" + axonServer.getMappedPort(8124)))) {
                assertThat(node.bean(EventStore.class).getClass().getSimpleName()).isEqualTo("AxonServerEventStore");
                Shop shop = new Shop(node.api());
                String sku = Shop.newSku();
                shop.productWithStock(sku, 12000, 2);
                Shop.Customer customer = shop.customer();
                String orderId = shop.pendingOrder(customer, sku, 1);
                assertThat(shop.pay(customer, orderId, "tok_ok").status()).isEqualTo(202);
                shop.awaitStatus(orderId, "paid");
                assertThat(shop.placeOrder(customer, sku, 2).status()).isEqualTo(409);
            }
        }
    }
}
