package com.example.commerce.app.readside;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.commerce.app.support.Api;
import com.example.commerce.app.support.IntegrationTest;
import com.example.commerce.app.support.Shop;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** {@code GET /api/orders/{id}/updates}: a client listening to an order sees it change, and the stream ends with it. */
class LiveUpdatesIT extends IntegrationTest {

    private static final Duration PROMPTLY = Duration.ofSeconds(10);

    @Test
    void sendsTheCurrentDetailAndThenThePaidStatusToAListeningCustomer() {
        String sku = Shop.newSku();
        shop.productWithStock(sku, 25000, 5);
        Shop.Customer customer = shop.customer();
        String orderId = shop.pendingOrder(customer, sku, 1);
        shop.awaitStatus(orderId, "pending");

        try (EventStream stream = EventStream.open(api.baseUrl(), "/api/orders/" + orderId + "/updates", customer.token())) {
            assertThat(stream.status()).isEqualTo(200);
            assertThat(stream.contentType()).startsWith("text/event-stream");
            JsonNode first = stream.next(PROMPTLY);
            assertThat(first.path("orderId").asText()).isEqualTo(orderId);
            assertThat(first.path("status").asText()).isEqualTo("pending");
            assertThat(first.path("total").asLong()).isEqualTo(28000);
            assertThat(first.path("timeline").findValuesAsText("status")).containsExactly("pending");

            Api.Response paid = shop.pay(customer, orderId, "tok_ok");
            assertThat(paid.status()).as("%s", paid).isEqualTo(202);

            List<JsonNode> events = stream.until(event -> "paid".equals(event.path("status").asText()), PROMPTLY);
            JsonNode paidEvent = events.get(events.size() - 1);
            assertThat(paidEvent.path("orderId").asText()).isEqualTo(orderId);
            assertThat(paidEvent.path("paidAt").isTextual()).isTrue();
            assertThat(paidEvent.at("/payment/paymentId").asText()).isEqualTo(paid.at("/paymentId"));
            assertThat(paidEvent.at("/payment/status").asText()).isEqualTo("completed");
            assertThat(paidEvent.path("timeline").findValuesAsText("status")).containsExactly("pending", "paid");
            assertThat(events).allMatch(event -> orderId.equals(event.path("orderId").asText()));
            assertThat(paidEvent).isEqualTo(shop.awaitStatus(orderId, "paid").json());
        }
    }

    @Test
    void endsTheStreamAfterTheOrderIsCancelled() {
        String sku = Shop.newSku();
        shop.productWithStock(sku, 25000, 5);
        Shop.Customer customer = shop.customer();
        String orderId = shop.pendingOrder(customer, sku, 1);
        shop.pay(customer, orderId, "tok_ok");
        shop.awaitStatus(orderId, "paid");

        try (EventStream stream = EventStream.open(api.baseUrl(), "/api/orders/" + orderId + "/updates", customer.token())) {
            assertThat(stream.next(PROMPTLY).path("status").asText()).isEqualTo("paid");

            Api.Response cancelled = api.post("/api/orders/" + orderId + "/cancel").token(shop.adminToken())
                    .body(Map.of("reason", "out of fabric")).send();
            assertThat(cancelled.status()).as("%s", cancelled).isEqualTo(200);

            List<JsonNode> events = stream.until(event -> "cancelled".equals(event.path("status").asText()), PROMPTLY);
            JsonNode last = events.get(events.size() - 1);
            assertThat(last.path("cancellationReason").asText()).isEqualTo("out of fabric");
            assertThat(last.path("cancelledAt").isTextual()).isTrue();
            assertThat(stream.awaitEnd(PROMPTLY)).as("events after the cancellation").isEmpty();
        }
    }

    @Test
    void endsTheStreamAfterTheOrderIsCompleted() {
        String sku = Shop.newSku();
        shop.productWithStock(sku, 25000, 5);
        Shop.Customer customer = shop.customer();
        String orderId = shop.pendingOrder(customer, sku, 1);
        shop.pay(customer, orderId, "tok_ok");
        shop.awaitStatus(orderId, "paid");
        String tracking = "HJ" + UUID.randomUUID().toString().substring(0, 10);
        assertThat(api.post("/api/admin/orders/" + orderId + "/shipments").token(shop.adminToken())
                .body(Map.of("carrier", "hanjin", "trackingNumber", tracking)).send().status()).isEqualTo(201);
        shop.awaitStatus(orderId, "shipped");

        // An admin may follow any order.
        try (EventStream stream = EventStream.open(api.baseUrl(), "/api/orders/" + orderId + "/updates", shop.adminToken())) {
            assertThat(stream.status()).isEqualTo(200);
            assertThat(stream.next(PROMPTLY).path("status").asText()).isEqualTo("shipped");

            assertThat(shop.webhook("/api/webhooks/carriers/hanjin", CARRIER_SECRET, Map.of(
                    "eventId", UUID.randomUUID().toString(), "trackingNumber", tracking, "status", "delivered",
                    "occurredAt", Instant.now().toString())).status()).isEqualTo(200);
            stream.until(event -> "delivered".equals(event.path("status").asText()), PROMPTLY);
            assertThat(api.post("/api/orders/" + orderId + "/confirm").token(customer.token()).send().status())
                    .isEqualTo(200);

            List<JsonNode> events = stream.until(event -> "completed".equals(event.path("status").asText()), PROMPTLY);
            assertThat(events.get(events.size() - 1).path("timeline").findValuesAsText("status"))
                    .containsExactly("pending", "paid", "shipped", "delivered", "completed");
            assertThat(stream.awaitEnd(PROMPTLY)).as("events after the completion").isEmpty();
        }
    }

    @Test
    void sendsAnOrderThatHasAlreadyEndedOnceAndCloses() {
        String sku = Shop.newSku();
        shop.productWithStock(sku, 25000, 5);
        Shop.Customer customer = shop.customer();
        String orderId = shop.pendingOrder(customer, sku, 1);
        assertThat(api.post("/api/orders/" + orderId + "/cancel").token(customer.token()).send().status()).isEqualTo(200);
        shop.awaitStatus(orderId, "cancelled");

        try (EventStream stream = EventStream.open(api.baseUrl(), "/api/orders/" + orderId + "/updates", customer.token())) {
            JsonNode only = stream.next(PROMPTLY);
            assertThat(only.path("status").asText()).isEqualTo("cancelled");
            assertThat(only.path("cancellationReason").asText()).isEqualTo("cancelled_by_customer");
            assertThat(stream.awaitEnd(PROMPTLY)).isEmpty();
        }
    }

    @Test
    void refusesToStreamAnotherCustomersOrder() {
        String sku = Shop.newSku();
        shop.productWithStock(sku, 25000, 5);
        String orderId = shop.pendingOrder(shop.customer(), sku, 1);
        shop.awaitStatus(orderId, "pending");

        try (EventStream stream = EventStream.open(api.baseUrl(), "/api/orders/" + orderId + "/updates",
                shop.customer().token())) {
            assertThat(stream.status()).isEqualTo(404);
        }
        try (EventStream stream = EventStream.open(api.baseUrl(), "/api/orders/" + UUID.randomUUID() + "/updates",
                shop.adminToken())) {
            assertThat(stream.status()).isEqualTo(404);
        }
    }
}
