package com.example.commerce.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.commerce.app.support.Api;
import com.example.commerce.app.support.IntegrationTest;
import com.example.commerce.app.support.Shop;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A few hundred random and mutated bodies to every write endpoint: none may answer 5xx, and a
 * refused request must leave no trace (no event, no account, no claim). The seed is printed so a
 * failure can be replayed with {@code -Dfuzz.seed=...}.
 */
class FuzzedRequestsIT extends IntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MUTATIONS_PER_ENDPOINT = 40;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void neverAnswers5xxAndStoresNothingForARefusedRequest() throws Exception {
        long seed = Long.getLong("fuzz.seed", System.nanoTime());
        System.out.println("FuzzedRequestsIT seed: " + seed);
        Random random = new Random(seed);
        String admin = shop.adminToken();
        Shop.Customer customer = shop.customer();
        String sku = Shop.newSku();
        String productId = shop.productWithStock(sku, 10000, 1000);
        String orderId = shop.pendingOrder(customer, sku, 1);

        List<Endpoint> endpoints = List.of(
                new Endpoint("POST", "/api/customers", null, Map.of("email", "fuzz@example.com", "password", "password-1", "name", "F")),
                new Endpoint("POST", "/api/auth/token", null, Map.of("username", "fuzz@example.com", "password", "password-1")),
                new Endpoint("POST", "/api/admin/categories", admin, Map.of("name", "Fuzz")),
                new Endpoint("POST", "/api/admin/products", admin, Map.of("name", "Fuzz", "basePrice", 100,
                        "variants", List.of(Map.of("sku", "FUZZ-1", "name", "v", "attributes", Map.of("a", "b"), "price", 100)))),
                new Endpoint("POST", "/api/admin/products/" + productId + "/variants", admin,
                        Map.of("sku", "FUZZ-2", "name", "v", "attributes", Map.of(), "price", 100)),
                new Endpoint("PUT", "/api/admin/products/" + productId + "/variants/" + sku + "/price", admin, Map.of("price", 10000)),
                new Endpoint("POST", "/api/admin/inventory/" + sku + "/restock", admin, Map.of("quantity", 1)),
                new Endpoint("POST", "/api/admin/coupons", admin, Map.of("code", "FUZZ", "type", "fixed", "value", 100)),
                new Endpoint("POST", "/api/orders", customer.token(), Shop.orderOf(sku, 1)),
                new Endpoint("POST", "/api/orders/" + orderId + "/payment", customer.token(),
                        Map.of("provider", "sandbox", "paymentToken", "tok_declined")),
                new Endpoint("POST", "/api/orders/" + orderId + "/cancel", customer.token(), Map.of("reason", "fuzz")),
                new Endpoint("POST", "/api/admin/orders/" + orderId + "/shipments", admin, Map.of("carrier", "cj", "trackingNumber", "F1")),
                new Endpoint("POST", "/api/webhooks/payments/toss", null, Map.of("eventId", "e", "paymentId", UUID.randomUUID().toString(),
                        "pgTransactionId", "t", "status", "approved", "amount", 1)),
                new Endpoint("POST", "/api/webhooks/carriers/cj", null, Map.of("eventId", "e", "trackingNumber", "F1",
                        "status", "delivered", "occurredAt", Instant.now().toString())));

        List<String> failures = new ArrayList<>();
        int refused = 0;
        boolean followUpsPending = true;
        for (Endpoint endpoint : endpoints) {
            for (int i = 0; i < MUTATIONS_PER_ENDPOINT; i++) {
                String body = mutate(JSON.valueToTree(endpoint.seed()), random);
                if (followUpsPending) {
                    settle();
                }
                Map<String, Long> before = footprint();
                Api.Request request = endpoint.method().equals("PUT") ? api.put(endpoint.path()) : api.post(endpoint.path());
                if (endpoint.token() != null) {
                    request.token(endpoint.token());
                }
                Api.Response response = request.raw(body, random.nextInt(20) == 0 ? "text/plain" : "application/json").send();
                followUpsPending = response.status() < 400;
                if (response.status() >= 500) {
                    failures.add(endpoint.path() + " answered " + response + " to " + body);
                } else if (response.status() >= 400) {
                    refused++;
                    Map<String, Long> after = footprint();
                    if (!after.equals(before)) {
                        failures.add(endpoint.path() + " refused (" + response.status() + ") but stored something: "
                                + before + " -> " + after + " for " + body);
                    }
                    assertThat(response.contentType()).as("%s %s", endpoint.path(), response).startsWith("application/problem+json");
                }
            }
        }

        assertThat(failures).as("seed %d", seed).isEmpty();
        assertThat(refused).isGreaterThan(endpoints.size() * MUTATIONS_PER_ENDPOINT / 2);
    }

    /** What a request can leave behind on the write side (raw webhook deliveries are kept for audit on purpose). */
    private Map<String, Long> footprint() {
        return Map.of(
                "events", count("domain_event_entry"),
                "customers", count("customer"),
                "skus", count("sku_registry"),
                "trackingNumbers", count("tracking_number"),
                "idempotencyRecords", count("idempotency_record"));
    }

    private long count(String table) {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
        return count == null ? 0 : count;
    }

    /** Waits until accepted requests' asynchronous follow-ups (saga steps) have been stored. */
    private void settle() throws InterruptedException {
        long last = -1;
        long now = count("domain_event_entry");
        while (now != last) {
            last = now;
            Thread.sleep(150);
            now = count("domain_event_entry");
        }
    }

    private static String mutate(JsonNode seed, Random random) throws Exception {
        switch (random.nextInt(8)) {
            case 0:
                return randomBytes(random);
            case 1:
                String text = JSON.writeValueAsString(seed);
                return text.substring(0, random.nextInt(Math.max(1, text.length())));
            case 2:
                return JSON.writeValueAsString(randomValue(random, 2));
            default:
                JsonNode copy = seed.deepCopy();
                int edits = 1 + random.nextInt(3);
                for (int i = 0; i < edits; i++) {
                    mutateSomeField(copy, random);
                }
                return JSON.writeValueAsString(copy);
        }
    }

    private static void mutateSomeField(JsonNode node, Random random) {
        List<ObjectNode> objects = new ArrayList<>();
        collectObjects(node, objects);
        if (objects.isEmpty()) {
            return;
        }
        ObjectNode target = objects.get(random.nextInt(objects.size()));
        List<String> fields = new ArrayList<>();
        Iterator<String> names = target.fieldNames();
        names.forEachRemaining(fields::add);
        if (fields.isEmpty()) {
            target.set("x" + random.nextInt(10), randomValue(random, 1));
            return;
        }
        String field = fields.get(random.nextInt(fields.size()));
        Function<Random, JsonNode> replacement = r -> randomValue(r, 1);
        switch (random.nextInt(4)) {
            case 0 -> target.remove(field);
            case 1 -> target.putNull(field);
            default -> target.set(field, replacement.apply(random));
        }
    }

    private static void collectObjects(JsonNode node, List<ObjectNode> objects) {
        if (node instanceof ObjectNode object) {
            objects.add(object);
        }
        node.elements().forEachRemaining(child -> collectObjects(child, objects));
    }

    private static JsonNode randomValue(Random random, int depth) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        int kind = random.nextInt(depth > 0 ? 10 : 8);
        return switch (kind) {
            case 0 -> nodes.numberNode(random.nextLong());
            case 1 -> nodes.numberNode(-random.nextInt(1000));
            case 2 -> nodes.numberNode(random.nextDouble() * 1e6);
            case 3 -> nodes.textNode("");
            case 4 -> nodes.textNode("x".repeat(random.nextInt(5000)));
            case 5 -> nodes.textNode(randomText(random));
            case 6 -> nodes.booleanNode(random.nextBoolean());
            case 7 -> nodes.numberNode(0);
            case 8 -> {
                ArrayNode array = nodes.arrayNode();
                for (int i = random.nextInt(4); i > 0; i--) {
                    array.add(randomValue(random, depth - 1));
                }
                yield array;
            }
            default -> {
                ObjectNode object = nodes.objectNode();
                for (int i = random.nextInt(4); i > 0; i--) {
                    object.set(randomText(random), randomValue(random, depth - 1));
                }
                yield object;
            }
        };
    }

    private static String randomText(Random random) {
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(20); i > 0; i--) {
            text.appendCodePoint(random.nextInt(3) == 0 ? 0x1F600 + random.nextInt(50) : 0x20 + random.nextInt(0x2000));
        }
        return text.toString();
    }

    private static String randomBytes(Random random) {
        byte[] bytes = new byte[random.nextInt(200)];
        random.nextBytes(bytes);
        return new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    private record Endpoint(String method, String path, String token, Object seed) {
    }
}
