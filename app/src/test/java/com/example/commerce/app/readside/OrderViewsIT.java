package com.example.commerce.app.readside;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.commerce.app.support.Api;
import com.example.commerce.app.support.IntegrationTest;
import com.example.commerce.app.support.Shop;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** Customers read their own orders, admins read everyone's: lists, pages and the full detail. */
class OrderViewsIT extends IntegrationTest {

    @Test
    void listsACustomersOwnOrdersNewestFirst() {
        String sku = Shop.newSku();
        shop.productWithStock(sku, 12000, 20);
        Shop.Customer customer = shop.customer();
        List<String> placed = placeOrders(customer, sku, 3);

        JsonNode page = awaitList(customer.token(), "/api/orders", 3);

        assertThat(ids(page)).containsExactlyElementsOf(reversed(placed));
        assertThat(page.path("page").asInt()).isZero();
        assertThat(page.path("size").asInt()).isEqualTo(20);
        assertThat(page.path("totalPages").asInt()).isEqualTo(1);
        JsonNode newest = page.path("items").get(0);
        assertThat(newest.path("orderNumber").asText()).matches("ORD-\\d{8}-\\d{6}");
        assertThat(newest.path("status").asText()).isEqualTo("pending");
        assertThat(newest.path("total").asLong()).isEqualTo(15000);
        List<Instant> placedAt = new ArrayList<>();
        page.path("items").forEach(item -> placedAt.add(Instant.parse(item.path("placedAt").asText())));
        assertThat(placedAt).isSortedAccordingTo(Comparator.reverseOrder());
    }

    @Test
    void filtersACustomersOrdersByStatus() {
        String sku = Shop.newSku();
        shop.productWithStock(sku, 12000, 20);
        Shop.Customer customer = shop.customer();
        List<String> placed = placeOrders(customer, sku, 3);
        shop.pay(customer, placed.get(1), "tok_ok");
        shop.awaitStatus(placed.get(1), "paid");

        JsonNode paid = awaitList(customer.token(), "/api/orders?status=paid", 1);
        JsonNode pending = awaitList(customer.token(), "/api/orders?status=pending", 2);
        JsonNode shipped = api.get("/api/orders?status=shipped").token(customer.token()).send().json();

        assertThat(ids(paid)).containsExactly(placed.get(1));
        assertThat(paid.at("/items/0/status").asText()).isEqualTo("paid");
        assertThat(ids(pending)).containsExactly(placed.get(2), placed.get(0));
        assertThat(shipped.path("totalItems").asInt()).isZero();
        assertThat(shipped.path("items")).isEmpty();
    }

    @Test
    void pagesThroughACustomersOrders() {
        String sku = Shop.newSku();
        shop.productWithStock(sku, 1000, 20);
        Shop.Customer customer = shop.customer();
        List<String> placed = placeOrders(customer, sku, 5);
        awaitList(customer.token(), "/api/orders", 5);

        JsonNode first = api.get("/api/orders?page=0&size=2").token(customer.token()).send().json();
        JsonNode second = api.get("/api/orders?page=1&size=2").token(customer.token()).send().json();
        JsonNode last = api.get("/api/orders?page=2&size=2").token(customer.token()).send().json();
        JsonNode beyond = api.get("/api/orders?page=3&size=2").token(customer.token()).send().json();

        assertThat(first.path("page").asInt()).isZero();
        assertThat(first.path("size").asInt()).isEqualTo(2);
        assertThat(first.path("totalItems").asInt()).isEqualTo(5);
        assertThat(first.path("totalPages").asInt()).isEqualTo(3);
        assertThat(second.path("page").asInt()).isEqualTo(1);
        assertThat(last.path("page").asInt()).isEqualTo(2);
        assertThat(last.path("items")).hasSize(1);
        assertThat(beyond.path("items")).isEmpty();
        assertThat(beyond.path("totalItems").asInt()).isEqualTo(5);
        List<String> allPages = new ArrayList<>(ids(first));
        allPages.addAll(ids(second));
        allPages.addAll(ids(last));
        assertThat(allPages).containsExactlyElementsOf(reversed(placed));
    }

    @Test
    void servesAPageLargerThanAHundredAsAHundred() {
        String sku = Shop.newSku();
        shop.productWithStock(sku, 1000, 20);
        Shop.Customer customer = shop.customer();
        placeOrders(customer, sku, 2);
        awaitList(customer.token(), "/api/orders", 2);

        JsonNode own = api.get("/api/orders?size=500").token(customer.token()).send().json();
        JsonNode everyone = api.get("/api/orders?size=1000").token(shop.adminToken()).send().json();

        assertThat(own.path("size").asInt()).isEqualTo(100);
        assertThat(own.path("items")).hasSize(2);
        assertThat(own.path("totalPages").asInt()).isEqualTo(1);
        long total = everyone.path("totalItems").asLong();
        assertThat(everyone.path("size").asInt()).isEqualTo(100);
        assertThat(everyone.path("items")).hasSize((int) Math.min(total, 100));
        assertThat(everyone.path("totalPages").asLong()).isEqualTo((total + 99) / 100);
    }

    @Test
    void letsTheAdminListEveryCustomersOrdersAndNarrowToOneCustomer() {
        String sku = Shop.newSku();
        shop.productWithStock(sku, 5000, 20);
        Shop.Customer kim = shop.customer();
        Shop.Customer lee = shop.customer();
        List<String> kims = placeOrders(kim, sku, 2);
        List<String> lees = placeOrders(lee, sku, 1);
        shop.pay(kim, kims.get(0), "tok_ok");
        shop.awaitStatus(kims.get(0), "paid");
        String admin = shop.adminToken();

        JsonNode onlyKim = awaitList(admin, "/api/orders?customerId=" + kim.customerId(), 2);
        JsonNode kimPaid = awaitList(admin, "/api/orders?customerId=" + kim.customerId() + "&status=paid", 1);
        JsonNode onlyLee = awaitList(admin, "/api/orders?customerId=" + lee.customerId(), 1);
        JsonNode everyone = api.get("/api/orders?size=100").token(admin).send().json();

        // Newest first: the orders just placed lead the list of all customers' orders.
        assertThat(ids(everyone)).contains(kims.get(0), kims.get(1), lees.get(0));
        assertThat(everyone.path("totalItems").asInt()).isGreaterThanOrEqualTo(3);
        assertThat(ids(onlyKim)).containsExactly(kims.get(1), kims.get(0));
        assertThat(ids(kimPaid)).containsExactly(kims.get(0));
        assertThat(ids(onlyLee)).containsExactly(lees.get(0));
        JsonNode neverOrdered = api.get("/api/orders?customerId=" + UUID.randomUUID()).token(admin).send().json();
        assertThat(neverOrdered.path("totalItems").asInt()).isZero();
    }

    @Test
    void showsTheDetailWithPaymentShipmentAndTimeline() {
        String sku = Shop.newSku();
        shop.productWithStock(sku, 30000, 5);
        Shop.Customer customer = shop.customer();
        Api.Response placed = shop.placeOrder(customer, sku, 2);
        assertThat(placed.status()).as("%s", placed).isEqualTo(201);
        String orderId = placed.at("/orderId");
        Api.Response paid = shop.pay(customer, orderId, "tok_ok");
        assertThat(paid.status()).as("%s", paid).isEqualTo(202);
        shop.awaitStatus(orderId, "paid");
        String tracking = "CJ" + UUID.randomUUID().toString().substring(0, 10);
        Api.Response shipment = api.post("/api/admin/orders/" + orderId + "/shipments").token(shop.adminToken())
                .body(Map.of("carrier", "cj", "trackingNumber", tracking)).send();
        assertThat(shipment.status()).as("%s", shipment).isEqualTo(201);
        shop.awaitStatus(orderId, "shipped");

        Api.Response read = api.get("/api/orders/" + orderId).token(customer.token()).send();

        assertThat(read.status()).as("%s", read).isEqualTo(200);
        JsonNode detail = read.json();
        assertThat(detail.path("orderId").asText()).isEqualTo(orderId);
        assertThat(detail.path("orderNumber").asText()).isEqualTo(placed.at("/orderNumber"));
        assertThat(detail.path("customerId").asText()).isEqualTo(customer.customerId());
        assertThat(detail.path("status").asText()).isEqualTo("shipped");
        assertThat(detail.path("items")).isEqualTo(placed.json().path("items"));
        assertThat(detail.path("items").get(0).path("sku").asText()).isEqualTo(sku);
        assertThat(detail.path("items").get(0).path("quantity").asInt()).isEqualTo(2);
        assertThat(detail.path("subtotal").asLong()).isEqualTo(60000);
        assertThat(detail.path("shippingFee").asLong()).isZero();
        assertThat(detail.path("discount").asLong()).isZero();
        assertThat(detail.path("total").asLong()).isEqualTo(60000);
        assertThat(detail.path("tax").asLong()).isEqualTo(60000 * 10 / 110);
        assertThat(detail.path("shippingAddress").path("recipient").asText()).isEqualTo("Kim Minji");
        assertThat(detail.path("shippingAddress").path("postalCode").asText()).isEqualTo("04524");
        assertThat(Instant.parse(detail.path("paymentDueAt").asText()))
                .isEqualTo(Instant.parse(placed.at("/paymentDueAt")));
        Instant placedAt = Instant.parse(detail.path("placedAt").asText());
        Instant paidAt = Instant.parse(detail.path("paidAt").asText());
        Instant shippedAt = Instant.parse(detail.path("shippedAt").asText());
        assertThat(placedAt).isBeforeOrEqualTo(paidAt);
        assertThat(paidAt).isBeforeOrEqualTo(shippedAt);
        assertThat(detail.has("deliveredAt")).isFalse();
        assertThat(detail.has("cancelledAt")).isFalse();

        JsonNode payment = detail.path("payment");
        assertThat(payment.path("paymentId").asText()).isEqualTo(paid.at("/paymentId"));
        assertThat(payment.path("provider").asText()).isEqualTo("toss");
        assertThat(payment.path("status").asText()).isEqualTo("completed");
        assertThat(payment.path("amount").asLong()).isEqualTo(60000);
        JsonNode parcel = detail.path("shipment");
        assertThat(parcel.path("shipmentId").asText()).isEqualTo(shipment.at("/shipmentId"));
        assertThat(parcel.path("carrier").asText()).isEqualTo("cj");
        assertThat(parcel.path("trackingNumber").asText()).isEqualTo(tracking);
        assertThat(parcel.path("status").asText()).isEqualTo("created");

        JsonNode timeline = detail.path("timeline");
        assertThat(timeline.findValuesAsText("status")).containsExactly("pending", "paid", "shipped");
        assertThat(Instant.parse(timeline.get(1).path("at").asText())).isEqualTo(paidAt);
        assertThat(Instant.parse(timeline.get(2).path("at").asText())).isEqualTo(shippedAt);
        List<Instant> at = new ArrayList<>();
        timeline.forEach(entry -> at.add(Instant.parse(entry.path("at").asText())));
        assertThat(at).isSorted();
        assertThat(api.get("/api/orders/" + orderId).token(shop.adminToken()).send().json()).isEqualTo(detail);
    }

    @Test
    void showsTheLatestPaymentWithItsFailureAfterADecline() {
        String sku = Shop.newSku();
        shop.productWithStock(sku, 8000, 5);
        Shop.Customer customer = shop.customer();
        String orderId = shop.pendingOrder(customer, sku, 1);
        Api.Response declined = shop.pay(customer, orderId, "tok_declined");

        Api.Response order = shop.awaitOrder(orderId, r -> "failed".equals(r.at("/payment/status")));

        assertThat(order.at("/status")).isEqualTo("pending");
        assertThat(order.at("/payment/paymentId")).isEqualTo(declined.at("/paymentId"));
        assertThat(order.at("/payment/failureReason")).isNotBlank();
        assertThat(order.json().path("timeline").findValuesAsText("status")).containsExactly("pending");
    }

    @Test
    void hidesAnotherCustomersOrderAsIfItDidNotExist() {
        String sku = Shop.newSku();
        shop.productWithStock(sku, 1000, 5);
        Shop.Customer owner = shop.customer();
        Shop.Customer stranger = shop.customer();
        String orderId = shop.pendingOrder(owner, sku, 1);
        shop.awaitStatus(orderId, "pending");

        Api.Response detail = api.get("/api/orders/" + orderId).token(stranger.token()).send();
        Api.Response updates = api.get("/api/orders/" + orderId + "/updates").token(stranger.token())
                .header("Accept", "text/event-stream").send();
        Api.Response unknown = api.get("/api/orders/" + UUID.randomUUID()).token(owner.token()).send();
        JsonNode strangersList = api.get("/api/orders").token(stranger.token()).send().json();
        JsonNode strangerPassingOwnersId = api.get("/api/orders?customerId=" + owner.customerId())
                .token(stranger.token()).send().json();

        assertThat(detail.status()).as("%s", detail).isEqualTo(404);
        assertThat(detail.contentType()).startsWith("application/problem+json");
        assertThat(detail.text()).doesNotContain(owner.customerId());
        assertThat(updates.status()).as("%s", updates).isEqualTo(404);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(detail.json().path("type").asText()).isEqualTo(unknown.json().path("type").asText());
        assertThat(strangersList.path("totalItems").asInt()).isZero();
        assertThat(strangerPassingOwnersId.path("totalItems").asInt()).isZero();
        assertThat(api.get("/api/orders/" + orderId).token(owner.token()).send().status()).isEqualTo(200);
    }

    @Test
    void refusesOrderReadsToAnAuditor() {
        String auditor = shop.auditorToken();

        assertThat(api.get("/api/orders").token(auditor).send().status()).isEqualTo(403);
        assertThat(api.get("/api/orders/" + UUID.randomUUID()).token(auditor).send().status()).isEqualTo(403);
        assertThat(api.get("/api/orders").send().status()).isEqualTo(401);
    }

    @Test
    void refusesAnUnknownStatusFilter() {
        Shop.Customer customer = shop.customer();

        Api.Response refused = api.get("/api/orders?status=shipping").token(customer.token()).send();
        Api.Response byAdmin = api.get("/api/orders?status=PAID-ish").token(shop.adminToken()).send();

        assertThat(refused.status()).as("%s", refused).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().path("errors").findValuesAsText("field")).contains("status");
        assertThat(byAdmin.status()).isEqualTo(400);
    }

    private List<String> placeOrders(Shop.Customer customer, String sku, int count) {
        List<String> placed = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            placed.add(shop.pendingOrder(customer, sku, 1));
        }
        return placed;
    }

    /** The list once it shows this many orders (the view is eventually consistent). */
    private JsonNode awaitList(String token, String path, int totalItems) {
        JsonNode[] last = new JsonNode[1];
        Awaitility.await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100)).until(() -> {
            Api.Response response = api.get(path).token(token).send();
            assertThat(response.status()).as("%s", response).isEqualTo(200);
            last[0] = response.json();
            return last[0].path("totalItems").asInt() == totalItems;
        });
        return last[0];
    }

    private static List<String> ids(JsonNode page) {
        return page.path("items").findValuesAsText("orderId");
    }

    private static List<String> reversed(List<String> values) {
        List<String> copy = new ArrayList<>(values);
        Collections.reverse(copy);
        return copy;
    }
}
