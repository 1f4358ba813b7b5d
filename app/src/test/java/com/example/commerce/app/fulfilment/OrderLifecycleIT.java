package com.example.commerce.app.fulfilment;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.commerce.app.support.Api;
import com.example.commerce.app.support.IntegrationTest;
import com.example.commerce.app.support.Shop;
import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * The whole life of an order through HTTP and webhooks, with the auto-confirmation shortened by
 * configuration, and a real SMTP server (GreenMail) receiving the customer's mails.
 */
@TestPropertySource(properties = "commerce.order.auto-confirm-after=PT4S")
class OrderLifecycleIT extends IntegrationTest {

    private static final GreenMail SMTP = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    static {
        SMTP.start();
    }

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
    }

    @AfterAll
    static void stopMail() {
        SMTP.stop();
    }

    @Test
    void takesAnOrderFromPendingToCompletedAndMailsEachStep() throws Exception {
        String sku = Shop.newSku();
        shop.productWithStock(sku, 30000, 3);
        Shop.Customer customer = shop.customer();
        String orderId = shop.pendingOrder(customer, sku, 1);
        shop.pay(customer, orderId, "tok_ok");
        shop.awaitStatus(orderId, "paid");

        String tracking = "CJ" + UUID.randomUUID().toString().substring(0, 10);
        Api.Response shipment = api.post("/api/admin/orders/" + orderId + "/shipments").token(shop.adminToken())
                .body(Map.of("carrier", "cj", "trackingNumber", tracking)).send();
        assertThat(shipment.status()).isEqualTo(201);
        shop.awaitStatus(orderId, "shipped");

        Instant deliveredAt = Instant.now().minusSeconds(1);
        Api.Response delivered = shop.webhook("/api/webhooks/carriers/cj", CARRIER_SECRET, Map.of(
                "eventId", UUID.randomUUID().toString(), "trackingNumber", tracking, "status", "delivered",
                "occurredAt", deliveredAt.toString()));
        assertThat(delivered.status()).isEqualTo(200);
        Api.Response deliveredOrder = shop.awaitStatus(orderId, "delivered");
        assertThat(Instant.parse(deliveredOrder.at("/deliveredAt"))).isEqualTo(deliveredAt);
        assertThat(Instant.parse(deliveredOrder.at("/autoConfirmAt"))).isEqualTo(deliveredAt.plusSeconds(4));

        Api.Response completed = shop.awaitStatus(orderId, "completed");
        assertThat(completed.json().path("timeline").findValuesAsText("status"))
                .containsExactly("pending", "paid", "shipped", "delivered", "completed");

        Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> subjectsTo(customer.email()).size() == 4);
        assertThat(subjectsTo(customer.email())).allMatch(subject -> subject.startsWith("Order ORD-"))
                .anyMatch(s -> s.endsWith("payment received")).anyMatch(s -> s.endsWith("shipped"))
                .anyMatch(s -> s.endsWith("delivered")).anyMatch(s -> s.endsWith("completed"));

        rebuildEveryProjection();
        Thread.sleep(2000);
        assertThat(subjectsTo(customer.email())).hasSize(4);
    }

    @Test
    void completesAtOnceWhenTheCustomerConfirms() {
        String sku = Shop.newSku();
        shop.productWithStock(sku, 30000, 3);
        Shop.Customer customer = shop.customer();
        String orderId = shop.pendingOrder(customer, sku, 1);
        shop.pay(customer, orderId, "tok_ok");
        shop.awaitStatus(orderId, "paid");
        assertThat(api.post("/api/orders/" + orderId + "/confirm").token(customer.token()).send().status())
                .as("confirming a paid order").isEqualTo(409);
        String tracking = "HJ" + UUID.randomUUID().toString().substring(0, 10);
        api.post("/api/admin/orders/" + orderId + "/shipments").token(shop.adminToken())
                .body(Map.of("carrier", "hanjin", "trackingNumber", tracking)).send();
        shop.awaitStatus(orderId, "shipped");
        // Delivered reported before in transit: the late in-transit changes nothing.
        shop.webhook("/api/webhooks/carriers/hanjin", CARRIER_SECRET, Map.of("eventId", UUID.randomUUID().toString(),
                "trackingNumber", tracking, "status", "delivered", "occurredAt", Instant.now().toString()));
        shop.webhook("/api/webhooks/carriers/hanjin", CARRIER_SECRET, Map.of("eventId", UUID.randomUUID().toString(),
                "trackingNumber", tracking, "status", "in_transit", "occurredAt", Instant.now().minusSeconds(60).toString()));
        shop.awaitStatus(orderId, "delivered");

        Api.Response confirmed = api.post("/api/orders/" + orderId + "/confirm").token(customer.token()).send();

        assertThat(confirmed.status()).isEqualTo(200);
        Api.Response completed = shop.awaitStatus(orderId, "completed");
        assertThat(completed.at("/shipment/status")).isEqualTo("delivered");
    }

    @Test
    void refusesCarrierUpdatesItCannotTrust() {
        Map<String, Object> unknown = Map.of("eventId", UUID.randomUUID().toString(), "trackingNumber", "NOPE-1",
                "status", "delivered", "occurredAt", Instant.now().toString());

        assertThat(shop.webhook("/api/webhooks/carriers/cj", CARRIER_SECRET, unknown).status()).isEqualTo(404);
        assertThat(shop.webhook("/api/webhooks/carriers/cj", "wrong-secret", unknown).status()).isEqualTo(401);
        assertThat(shop.webhook("/api/webhooks/carriers/cj", PAYMENT_SECRET, unknown).status()).isEqualTo(401);
    }

    @Test
    void shipsOnlyPaidOrders() {
        String sku = Shop.newSku();
        shop.productWithStock(sku, 30000, 3);
        String orderId = shop.pendingOrder(shop.customer(), sku, 1);

        Api.Response refused = api.post("/api/admin/orders/" + orderId + "/shipments").token(shop.adminToken())
                .body(Map.of("carrier", "cj", "trackingNumber", "X" + System.nanoTime())).send();

        assertThat(refused.status()).isEqualTo(409);
    }

    private void rebuildEveryProjection() {
        String admin = shop.adminToken();
        JsonNode projections = api.get("/api/admin/projections").token(admin).send().json();
        assertThat(projections.size()).isGreaterThanOrEqualTo(3);
        for (JsonNode projection : projections) {
            assertThat(api.post("/api/admin/projections/" + projection.path("name").asText() + "/rebuild").token(admin)
                    .send().status()).isEqualTo(202);
        }
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
            JsonNode now = api.get("/api/admin/projections").token(admin).send().json();
            for (JsonNode projection : now) {
                if (projection.path("replaying").asBoolean() || !"serving".equals(projection.path("status").asText())) {
                    return false;
                }
            }
            return true;
        });
    }

    private static List<String> subjectsTo(String email) {
        return Arrays.stream(SMTP.getReceivedMessages()).filter(message -> isTo(message, email)).map(message -> {
            try {
                return message.getSubject();
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static boolean isTo(MimeMessage message, String email) {
        try {
            return Arrays.stream(message.getAllRecipients()).anyMatch(address -> address.toString().equals(email));
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
