package com.example.commerce.app.readside;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.commerce.app.support.Api;
import com.example.commerce.app.support.IntegrationTest;
import com.example.commerce.app.support.Shop;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rebuilding a projection blue/green: reads keep answering from the old generation while the new
 * one replays, and switch over once it has caught up, with nothing lost that was written meanwhile.
 */
class ProjectionRebuildIT extends IntegrationTest {

    private static final String ORDER_VIEW = "order-view";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    JdbcTemplate jdbc;

    private String admin;

    @BeforeEach
    void logInAsAdmin() {
        admin = shop.adminToken();
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void rebuildsTheOrderViewUnderReadsAndWritesWithoutLosingARead(CapturedOutput output) throws Exception {
        String sku = Shop.newSku();
        shop.productWithStock(sku, 7000, 500);
        Shop.Customer owner = shop.customer();
        Shop.Customer buyer = shop.customer();
        List<String> known = ordersInEveryState(owner, sku);
        awaitServingAndCaughtUp();
        awaitEverySegmentStored();
        Map<String, JsonNode> before = new LinkedHashMap<>();
        for (String orderId : known) {
            before.put(orderId, api.get("/api/orders/" + orderId).token(admin).send().json());
        }
        JsonNode ownersListBefore = api.get("/api/orders?size=100").token(owner.token()).send().json();
        assertThat(ownersListBefore.path("totalItems").asInt()).isEqualTo(known.size());
        int generationBefore = activeGeneration();
        Map<String, Map<String, Object>> liveRows = rows(generationBefore);

        Trickle trickle = new Trickle(owner, buyer, sku, before, ownersListBefore);
        trickle.start();
        try {
            Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> trickle.reads.get() >= 20
                    && trickle.written.size() >= 2);

            int readsAtStart = trickle.reads.get();
            long requestedAt = System.nanoTime();
            Api.Response accepted = api.post("/api/admin/projections/" + ORDER_VIEW + "/rebuild").token(admin).send();
            assertThat(accepted.status()).as("%s", accepted).isEqualTo(202);
            assertThat(accepted.at("/name")).isEqualTo(ORDER_VIEW);
            assertThat(accepted.at("/status")).isEqualTo("rebuilding");
            Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                    .until(() -> activeGeneration() == generationBefore + 1
                            && "serving".equals(projection(ORDER_VIEW).path("status").asText()));
            long switchedAt = System.nanoTime();
            int readsDuring = trickle.reads.get() - readsAtStart;
            // Keep the trickle on a little past the switch-over, then stop it.
            Thread.sleep(500);
            trickle.stop();

            assertThat(trickle.failures).as("reads and writes that failed").isEmpty();
            assertThat(readsDuring).as("reads while the rebuild ran").isPositive();
            assertThat(trickle.written).as("orders placed and paid while the rebuild ran")
                    .anyMatch(order -> order.startedAt() < switchedAt && order.finishedAt() > requestedAt);
        } finally {
            trickle.stop();
        }

        JsonNode done = awaitServingAndCaughtUp();
        assertThat(done.path("lag").asLong()).isZero();
        assertThat(done.path("replaying").asBoolean()).isFalse();
        assertThat(activeGeneration()).isEqualTo(generationBefore + 1);
        for (String orderId : known) {
            assertThat(api.get("/api/orders/" + orderId).token(admin).send().json())
                    .as("order %s after the rebuild", orderId).isEqualTo(before.get(orderId));
        }
        assertThat(api.get("/api/orders?size=100").token(owner.token()).send().json()).isEqualTo(ownersListBefore);
        assertSameRowsAsLive(liveRows, rows(generationBefore + 1), known.size());
        assertThat(output.getOut()).as("the rebuild read the store itself, not through the processor")
                .containsPattern("Projection order-view: folded its [1-9][0-9]* stored events up to position [1-9]");
        String auditor = shop.auditorToken();
        String farFuture = Instant.now().plus(3650, ChronoUnit.DAYS).toString();
        for (Written order : trickle.written) {
            JsonNode detail = awaitStatus(order.orderId(), "paid");
            JsonNode placed = order.placed();
            for (String field : List.of("orderId", "orderNumber", "items", "subtotal", "shippingFee", "discount", "tax",
                    "total")) {
                assertThat(detail.path(field)).as("%s of order %s", field, order.orderId()).isEqualTo(placed.path(field));
            }
            assertThat(Instant.parse(detail.path("paymentDueAt").asText()))
                    .isEqualTo(Instant.parse(placed.path("paymentDueAt").asText()));
            assertThat(detail.at("/payment/paymentId").asText()).isEqualTo(order.paymentId());
            assertThat(detail.at("/payment/status").asText()).isEqualTo("completed");
            assertThat(detail)
                    .as("order %s as the view shows it and as its events make it", order.orderId())
                    .isEqualTo(api.get("/api/audit/orders/" + order.orderId() + "/state?asOf=" + farFuture)
                            .token(auditor).send().json());
        }
        JsonNode buyersList = api.get("/api/orders?size=100").token(buyer.token()).send().json();
        assertThat(buyersList.path("items").findValuesAsText("orderId"))
                .containsExactlyInAnyOrderElementsOf(trickle.written.stream().map(Written::orderId).toList());
    }

    /**
     * Right after a rebuild (whose segments may still store replay tokens that have handled nothing) and
     * right after events the view ignores (which segments store only at their next claim extension), a
     * rebuild must still fold the store and switch over.
     */
    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void rebuildsAgainRightAfterARebuildAndAfterEventsTheViewIgnores(CapturedOutput output) {
        String sku = Shop.newSku();
        shop.productWithStock(sku, 7000, 50);
        Shop.Customer owner = shop.customer();
        for (int round = 0; round < 3; round++) {
            String paid = shop.pendingOrder(owner, sku, 1);
            shop.pay(owner, paid, "tok_ok");
            awaitStatus(paid, "paid");
            if (round == 1) {
                shop.productWithStock(Shop.newSku(), 100, 5);
            }
            int generationBefore = activeGeneration();

            Api.Response accepted = api.post("/api/admin/projections/" + ORDER_VIEW + "/rebuild").token(admin).send();

            assertThat(accepted.status()).as("%s", accepted).isEqualTo(202);
            Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(50))
                    .until(() -> activeGeneration() == generationBefore + 1);
            assertThat(api.get("/api/orders/" + paid).token(admin).send().at("/status")).isEqualTo("paid");
        }
        assertThat(output.getOut()).doesNotContain("could not reset its processor");
    }

    @Test
    void runsARebuildRequestedTwiceAtOnceOnlyOnce() throws Exception {
        awaitServing();
        int generationBefore = activeGeneration();
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService requests = Executors.newFixedThreadPool(2);
        try {
            List<Future<Api.Response>> answers = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                answers.add(requests.submit(() -> {
                    together.await(5, TimeUnit.SECONDS);
                    return api.post("/api/admin/projections/" + ORDER_VIEW + "/rebuild").token(admin).send();
                }));
            }
            for (Future<Api.Response> answer : answers) {
                Api.Response response = answer.get(30, TimeUnit.SECONDS);
                assertThat(response.status()).as("%s", response).isEqualTo(202);
                assertThat(response.at("/name")).isEqualTo(ORDER_VIEW);
            }
        } finally {
            requests.shutdownNow();
        }

        awaitServing();
        Thread.sleep(1000);
        assertThat(activeGeneration()).isEqualTo(generationBefore + 1);
        Map<String, Object> row = jdbc.queryForMap("SELECT building_generation, status FROM projection_generation"
                + " WHERE name = ?", ORDER_VIEW);
        assertThat(row.get("building_generation")).isNull();
        assertThat(row.get("status")).isEqualTo("serving");
    }

    @Test
    void answersNotFoundForAnUnknownProjection() {
        Api.Response unknown = api.post("/api/admin/projections/no-such-view/rebuild").token(admin).send();

        assertThat(unknown.status()).as("%s", unknown).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        Shop.Customer customer = shop.customer();
        assertThat(api.post("/api/admin/projections/" + ORDER_VIEW + "/rebuild").token(customer.token()).send().status())
                .isEqualTo(403);
        assertThat(api.get("/api/admin/projections").token(shop.auditorToken()).send().status()).isEqualTo(403);
    }

    @Test
    void listsEveryProjectionWithItsPositionHeadAndLag() {
        Api.Response response = api.get("/api/admin/projections").token(admin).send();

        assertThat(response.status()).as("%s", response).isEqualTo(200);
        JsonNode projections = response.json();
        assertThat(projections.findValuesAsText("name")).contains("catalog-view", "inventory-view", "order-view");
        for (JsonNode projection : projections) {
            String name = projection.path("name").asText();
            assertThat(projection.path("status").asText()).as(name).isIn("serving", "rebuilding");
            assertThat(projection.path("replaying").isBoolean()).as(name).isTrue();
            assertThat(projection.path("position").isIntegralNumber()).as(name).isTrue();
            assertThat(projection.path("headPosition").isIntegralNumber()).as(name).isTrue();
            assertThat(projection.path("lag").isIntegralNumber()).as(name).isTrue();
            long position = projection.path("position").asLong();
            long head = projection.path("headPosition").asLong();
            assertThat(position).as(name).isBetween(0L, head);
            assertThat(projection.path("lag").asLong()).as(name).isEqualTo(head - position);
        }
        assertThat(projection(ORDER_VIEW).path("headPosition").asLong()).isPositive();
    }

    /** Orders of one customer in every state the view knows, each settled. */
    private List<String> ordersInEveryState(Shop.Customer owner, String sku) {
        List<String> orders = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            String pending = shop.pendingOrder(owner, sku, 1 + i);
            awaitStatus(pending, "pending");
            orders.add(pending);
        }
        String declined = shop.pendingOrder(owner, sku, 1);
        shop.pay(owner, declined, "tok_declined");
        awaitOrder(declined, r -> "failed".equals(r.at("/payment/status")));
        orders.add(declined);
        for (int i = 0; i < 2; i++) {
            String paid = shop.pendingOrder(owner, sku, 1);
            shop.pay(owner, paid, "tok_ok");
            awaitStatus(paid, "paid");
            orders.add(paid);
        }
        String shipped = shop.pendingOrder(owner, sku, 2);
        shop.pay(owner, shipped, "tok_ok");
        awaitStatus(shipped, "paid");
        assertThat(api.post("/api/admin/orders/" + shipped + "/shipments").token(admin)
                .body(Map.of("carrier", "cj", "trackingNumber", "RB" + UUID.randomUUID())).send().status())
                .isEqualTo(201);
        awaitStatus(shipped, "shipped");
        orders.add(shipped);
        String delivered = shop.pendingOrder(owner, sku, 1);
        shop.pay(owner, delivered, "tok_ok");
        awaitStatus(delivered, "paid");
        String tracking = "RB" + UUID.randomUUID();
        assertThat(api.post("/api/admin/orders/" + delivered + "/shipments").token(admin)
                .body(Map.of("carrier", "cj", "trackingNumber", tracking)).send().status()).isEqualTo(201);
        awaitStatus(delivered, "shipped");
        assertThat(shop.webhook("/api/webhooks/carriers/cj", CARRIER_SECRET, Map.of("eventId", UUID.randomUUID().toString(),
                "trackingNumber", tracking, "status", "delivered", "occurredAt", Instant.now().toString())).status())
                .isEqualTo(200);
        awaitStatus(delivered, "delivered");
        orders.add(delivered);
        String cancelledUnpaid = shop.pendingOrder(owner, sku, 1);
        assertThat(api.post("/api/orders/" + cancelledUnpaid + "/cancel").token(owner.token()).send().status())
                .isEqualTo(200);
        awaitStatus(cancelledUnpaid, "cancelled");
        orders.add(cancelledUnpaid);
        String cancelledPaid = shop.pendingOrder(owner, sku, 1);
        shop.pay(owner, cancelledPaid, "tok_ok");
        awaitStatus(cancelledPaid, "paid");
        assertThat(api.post("/api/orders/" + cancelledPaid + "/cancel").token(admin).send().status()).isEqualTo(200);
        orders.add(cancelledPaid);
        awaitOrder(cancelledPaid, r -> "refunded".equals(r.at("/payment/status")));
        return orders;
    }

    /** The admin's read of the order once it satisfies the condition (the view is eventually consistent). */
    private JsonNode awaitOrder(String orderId, Predicate<Api.Response> condition) {
        Api.Response[] last = new Api.Response[1];
        Awaitility.await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(50)).until(() -> {
            last[0] = api.get("/api/orders/" + orderId).token(admin).send();
            return condition.test(last[0]);
        });
        return last[0].json();
    }

    private JsonNode awaitStatus(String orderId, String status) {
        return awaitOrder(orderId, r -> r.status() == 200 && status.equals(r.at("/status")));
    }

    /** The order view's row once it serves from a caught-up generation with nothing left to process. */
    private JsonNode awaitServingAndCaughtUp() {
        return awaitOrderView(projection -> projection.path("lag").asLong() == 0);
    }

    /**
     * Until every segment of the order view has stored a position: one that has stored none yet (it
     * handled nothing of its own in a fresh store and its first claim extension is due within 5 s)
     * leaves the rebuild nothing to load from the store, and it replays through the processor instead.
     */
    private void awaitEverySegmentStored() {
        Awaitility.await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(200))
                .until(() -> jdbc.queryForObject("SELECT COUNT(*) FROM token_entry WHERE processor_name = ?"
                        + " AND token IS NULL", Long.class, ORDER_VIEW) == 0);
    }

    /** The order view's row once no rebuild runs. */
    private JsonNode awaitServing() {
        return awaitOrderView(projection -> true);
    }

    private JsonNode awaitOrderView(Predicate<JsonNode> condition) {
        JsonNode[] last = new JsonNode[1];
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(() -> {
            last[0] = projection(ORDER_VIEW);
            return "serving".equals(last[0].path("status").asText()) && !last[0].path("replaying").asBoolean()
                    && condition.test(last[0]);
        });
        return last[0];
    }

    private JsonNode projection(String name) {
        Api.Response response = api.get("/api/admin/projections").token(admin).send();
        assertThat(response.status()).as("%s", response).isEqualTo(200);
        for (JsonNode projection : response.json()) {
            if (name.equals(projection.path("name").asText())) {
                return projection;
            }
        }
        throw new AssertionError("no projection " + name + " in " + response);
    }

    /**
     * The rebuild folds whole replayed batches per order; the live generation was built a few events at
     * a time. Every order the rebuild met unchanged must have the very row the live generation had.
     */
    private static void assertSameRowsAsLive(Map<String, Map<String, Object>> live,
                                             Map<String, Map<String, Object>> rebuilt, int atLeast) {
        int compared = 0;
        for (Map.Entry<String, Map<String, Object>> order : live.entrySet()) {
            Map<String, Object> row = rebuilt.get(order.getKey());
            assertThat(row).as("order %s in the rebuilt generation", order.getKey()).isNotNull();
            if (row.get("last_global_index").equals(order.getValue().get("last_global_index"))) {
                assertThat(row).as("order %s rebuilt", order.getKey()).isEqualTo(order.getValue());
                compared++;
            }
        }
        assertThat(compared).as("orders compared row by row").isGreaterThanOrEqualTo(atLeast);
    }

    /** The order view's rows of one generation by order id, JSON columns parsed (key order does not matter). */
    private Map<String, Map<String, Object>> rows(int generation) {
        Map<String, Map<String, Object>> rows = new LinkedHashMap<>();
        jdbc.query("SELECT order_id, order_number, customer_id, status, placed_at, total, visible, detail,"
                + " applied_sequences, version, last_global_index FROM order_view_order WHERE generation = ?", rs -> {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (String column : List.of("order_number", "customer_id", "status", "total", "visible", "version",
                            "last_global_index")) {
                        row.put(column, rs.getObject(column));
                    }
                    row.put("placed_at", rs.getObject("placed_at", OffsetDateTime.class).toInstant());
                    row.put("detail", json(rs.getString("detail")));
                    row.put("applied_sequences", json(rs.getString("applied_sequences")));
                    rows.put(rs.getString("order_id"), row);
                }, generation);
        return rows;
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("not JSON: " + text, e);
        }
    }

    private int activeGeneration() {
        Integer generation = jdbc.queryForObject("SELECT active_generation FROM projection_generation WHERE name = ?",
                Integer.class, ORDER_VIEW);
        return generation == null ? 0 : generation;
    }

    /** Whether a read shows the whole order: its number, lines, total and status. */
    private static boolean complete(JsonNode order) {
        return !order.path("orderNumber").asText().isBlank() && order.path("items").isArray()
                && !order.path("items").isEmpty() && order.path("total").isIntegralNumber()
                && order.path("total").asLong() > 0 && !order.path("status").asText().isBlank();
    }

    /** An order the background writer placed and paid, and when (System.nanoTime()) it began and was done. */
    private record Written(String orderId, JsonNode placed, String paymentId, long startedAt, long finishedAt) {
    }

    /**
     * A steady trickle against the running application: one thread reads the known orders (as the
     * admin and as their owner) and the owner's list, each read compared with what it showed before;
     * another places and pays new orders.
     */
    private final class Trickle {

        private final Shop.Customer owner;
        private final Shop.Customer buyer;
        private final String sku;
        private final Map<String, JsonNode> expected;
        private final JsonNode expectedList;
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final AtomicInteger reads = new AtomicInteger();
        private final Queue<Written> written = new ConcurrentLinkedQueue<>();
        private final Queue<String> failures = new ConcurrentLinkedQueue<>();
        private final ExecutorService threads = Executors.newFixedThreadPool(2);

        Trickle(Shop.Customer owner, Shop.Customer buyer, String sku, Map<String, JsonNode> expected,
                JsonNode expectedList) {
            this.owner = owner;
            this.buyer = buyer;
            this.sku = sku;
            this.expected = expected;
            this.expectedList = expectedList;
        }

        void start() {
            threads.execute(this::read);
            threads.execute(this::write);
        }

        void stop() throws InterruptedException {
            running.set(false);
            threads.shutdown();
            assertThat(threads.awaitTermination(30, TimeUnit.SECONDS)).as("the trickle stops").isTrue();
        }

        private void read() {
            int round = 0;
            while (running.get()) {
                try {
                    for (Map.Entry<String, JsonNode> order : expected.entrySet()) {
                        String token = round % 2 == 0 ? admin : owner.token();
                        Api.Response response = api.get("/api/orders/" + order.getKey()).token(token).send();
                        reads.incrementAndGet();
                        if (response.status() != 200 || !complete(response.json())) {
                            failures.add(Instant.now() + " read of " + order.getKey() + ": " + response);
                        } else if (!response.json().equals(order.getValue())) {
                            failures.add(Instant.now() + " read of " + order.getKey() + " changed: " + response);
                        }
                    }
                    Api.Response list = api.get("/api/orders?size=100").token(owner.token()).send();
                    reads.incrementAndGet();
                    if (list.status() != 200 || !list.json().equals(expectedList)) {
                        failures.add(Instant.now() + " list of the owner's orders: " + list);
                    }
                } catch (RuntimeException e) {
                    failures.add(Instant.now() + " read failed: " + e);
                }
                round++;
            }
        }

        private void write() {
            while (running.get()) {
                try {
                    long startedAt = System.nanoTime();
                    Api.Response placed = shop.placeOrder(buyer, sku, 1);
                    if (placed.status() != 201) {
                        failures.add(Instant.now() + " placing an order: " + placed);
                        continue;
                    }
                    Api.Response paid = shop.pay(buyer, placed.at("/orderId"), "tok_ok");
                    if (paid.status() != 202 || !"completed".equals(paid.at("/status"))) {
                        failures.add(Instant.now() + " paying order " + placed.at("/orderId") + ": " + paid);
                        continue;
                    }
                    written.add(new Written(placed.at("/orderId"), placed.json(), paid.at("/paymentId"), startedAt,
                            System.nanoTime()));
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                } catch (RuntimeException e) {
                    failures.add(Instant.now() + " write failed: " + e);
                }
            }
        }
    }
}
