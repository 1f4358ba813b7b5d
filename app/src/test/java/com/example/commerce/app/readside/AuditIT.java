package com.example.commerce.app.readside;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.SoftAssertions.assertSoftly;

import com.example.commerce.app.support.Api;
import com.example.commerce.app.support.IntegrationTest;
import com.example.commerce.app.support.Shop;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An auditor reads a scripted order's history: placed, declined once, paid, shipped by the admin and
 * delivered on the carrier's word. The events are the ones the script caused, in stored order, with
 * who caused each; the state at any instant is what the order was then.
 */
class AuditIT extends IntegrationTest {

    private static final List<String> SCRIPTED_EVENTS = List.of(
            "OrderPlaced", "OrderAccepted",
            "PaymentRequested", "PaymentStarted", "PaymentDeclined",
            "PaymentRequested", "PaymentStarted", "PaymentApproved", "OrderPaid",
            "OrderShipped", "ShipmentCreated",
            "ShipmentDelivered", "OrderDelivered");

    /** The scripted order, scripted once: every test only reads its history. */
    private static Scripted scripted;

    private Shop.Customer customer;
    private String orderId;
    private String declinedPaymentId;
    private String paymentId;
    private String shipmentId;
    private Instant deliveredAt;

    @BeforeEach
    void scriptAnOrderOnce() {
        if (scripted == null) {
            scripted = script();
        }
        customer = scripted.customer();
        orderId = scripted.orderId();
        declinedPaymentId = scripted.declinedPaymentId();
        paymentId = scripted.paymentId();
        shipmentId = scripted.shipmentId();
        deliveredAt = scripted.deliveredAt();
    }

    private Scripted script() {
        String sku = Shop.newSku();
        shop.productWithStock(sku, 20000, 5);
        Shop.Customer buyer = shop.customer();
        String order = shop.pendingOrder(buyer, sku, 1);
        Api.Response declined = shop.pay(buyer, order, "tok_declined");
        assertThat(declined.at("/status")).as("%s", declined).isEqualTo("failed");
        Api.Response paid = shop.pay(buyer, order, "tok_ok");
        assertThat(paid.at("/status")).as("%s", paid).isEqualTo("completed");
        shop.awaitStatus(order, "paid");
        String tracking = "CJ" + UUID.randomUUID().toString().substring(0, 10);
        Api.Response shipped = api.post("/api/admin/orders/" + order + "/shipments").token(shop.adminToken())
                .body(Map.of("carrier", "cj", "trackingNumber", tracking)).send();
        assertThat(shipped.status()).as("%s", shipped).isEqualTo(201);
        shop.awaitStatus(order, "shipped");
        Instant carrierSaysDelivered = Instant.now().truncatedTo(ChronoUnit.MILLIS).minusSeconds(5);
        assertThat(shop.webhook("/api/webhooks/carriers/cj", CARRIER_SECRET, Map.of(
                "eventId", UUID.randomUUID().toString(), "trackingNumber", tracking, "status", "delivered",
                "occurredAt", carrierSaysDelivered.toString())).status()).isEqualTo(200);
        shop.awaitStatus(order, "delivered");
        return new Scripted(buyer, order, declined.at("/paymentId"), paid.at("/paymentId"), shipped.at("/shipmentId"),
                carrierSaysDelivered);
    }

    @Test
    void listsEveryEventOfTheOrderItsPaymentsAndItsShipmentInStoredOrder() {
        Api.Response response = api.get("/api/audit/orders/" + orderId + "/events").token(shop.auditorToken()).send();

        assertThat(response.status()).as("%s", response).isEqualTo(200);
        JsonNode events = response.json();
        assertThat(events.findValuesAsText("type")).containsExactlyElementsOf(SCRIPTED_EVENTS);
        List<Long> sequence = new ArrayList<>();
        events.forEach(event -> sequence.add(event.path("globalSequence").asLong()));
        assertThat(sequence).isSorted().doesNotHaveDuplicates().allMatch(position -> position > 0);
        List<Instant> occurredAt = occurredAt(events);
        assertThat(occurredAt).isSorted();

        assertThat(aggregates(events)).containsExactly(
                "Order " + orderId, "Order " + orderId,
                "Order " + orderId, "Payment " + declinedPaymentId, "Payment " + declinedPaymentId,
                "Order " + orderId, "Payment " + paymentId, "Payment " + paymentId, "Order " + orderId,
                "Order " + orderId, "Shipment " + shipmentId,
                "Shipment " + shipmentId, "Order " + orderId);
        assertThat(sequenceNumbersOf(events, orderId)).containsExactly(0L, 1L, 2L, 3L, 4L, 5L, 6L);
        assertThat(sequenceNumbersOf(events, paymentId)).containsExactly(0L, 1L);
        assertThat(sequenceNumbersOf(events, shipmentId)).containsExactly(0L, 1L);

        assertThat(events.get(0).at("/payload/orderNumber").asText()).matches("ORD-\\d{8}-\\d{6}");
        assertThat(events.get(4).at("/payload/reason").asText()).isNotBlank();
        assertThat(Instant.parse(events.get(11).at("/payload/deliveredAt").asText())).isEqualTo(deliveredAt);
    }

    @Test
    void namesWhoCausedEachEventAndCarriesACorrelationIdOnEach() {
        JsonNode events = api.get("/api/audit/orders/" + orderId + "/events").token(shop.auditorToken()).send().json();

        List<String> causedBy = new ArrayList<>();
        events.forEach(event -> causedBy.add(event.at("/metadata/userId").asText()));
        String me = customer.customerId();
        assertThat(causedBy).containsExactly(me, me, me, me, me, me, me, me, me, ADMIN, ADMIN, "system", "system");
        assertThat(correlationIds(events)).hasSize(SCRIPTED_EVENTS.size())
                .allSatisfy(id -> assertThat(id).isNotBlank());
    }

    /**
     * docs/operations.md: {@code correlationId} is "the request or message it came from; every step a
     * command set off shares it". So the steps the order process and the payment settlement take in
     * reaction to an event share the correlation id of the command that started them.
     */
    @Test
    void givesEveryStepACommandSetOffTheCommandsCorrelationId() {
        JsonNode events = api.get("/api/audit/orders/" + orderId + "/events").token(shop.auditorToken()).send().json();
        List<String> correlation = correlationIds(events);

        assertSoftly(softly -> {
            // Events of one command share its id.
            softly.assertThat(correlation.get(3)).as("PaymentStarted with its PaymentRequested")
                    .isEqualTo(correlation.get(2));
            softly.assertThat(correlation.get(10)).as("ShipmentCreated with its OrderShipped")
                    .isEqualTo(correlation.get(9));
            // Steps set off by an event keep the correlation id of the command that caused the event.
            softly.assertThat(correlation.get(1)).as("OrderAccepted, set off by OrderPlaced")
                    .isEqualTo(correlation.get(0));
            softly.assertThat(correlation.get(8)).as("OrderPaid, set off by PaymentApproved")
                    .isEqualTo(correlation.get(7));
            softly.assertThat(correlation.get(12)).as("OrderDelivered, set off by ShipmentDelivered")
                    .isEqualTo(correlation.get(11));
            // Separate requests have their own.
            softly.assertThat(List.of(correlation.get(0), correlation.get(2), correlation.get(5), correlation.get(9),
                    correlation.get(11))).as("correlation ids of separate requests").doesNotHaveDuplicates();
        });
    }

    @Test
    void rebuildsTheStateTheOrderHadAtEachEvent() {
        JsonNode events = api.get("/api/audit/orders/" + orderId + "/events").token(shop.auditorToken()).send().json();
        List<Instant> occurredAt = occurredAt(events);
        List<String> statusAfter = statusAfterEachEvent(events);
        String auditor = shop.auditorToken();

        for (int i = 0; i < occurredAt.size(); i++) {
            Instant asOf = occurredAt.get(i);
            Api.Response state = api.get(statePath(asOf)).token(auditor).send();

            assertThat(state.status()).as("state as of event %d (%s): %s", i, events.get(i).path("type"), state)
                    .isEqualTo(200);
            // asOf is inclusive: events stored at the very same instant count too.
            int last = occurredAt.lastIndexOf(asOf);
            assertThat(state.at("/status")).as("status as of %s (%s)", asOf, events.get(i).path("type"))
                    .isEqualTo(statusAfter.get(last));
            assertThat(state.at("/orderId")).isEqualTo(orderId);
        }
        // Placed and accepted in one transaction: as of placement the order is at most pending.
        JsonNode placed = api.get(statePath(occurredAt.get(0))).token(auditor).send().json();
        assertThat(placed.path("timeline").findValuesAsText("status")).isSubsetOf("pending");
        assertThat(placed.path("total").asLong()).isEqualTo(23000);
        JsonNode declined = api.get(statePath(occurredAt.get(4))).token(auditor).send().json();
        assertThat(declined.at("/payment/paymentId").asText()).isEqualTo(declinedPaymentId);
        assertThat(declined.at("/payment/status").asText()).isEqualTo("failed");
        JsonNode delivered = api.get(statePath(occurredAt.get(12))).token(auditor).send().json();
        assertThat(Instant.parse(delivered.path("deliveredAt").asText())).isEqualTo(deliveredAt);
        assertThat(delivered.at("/shipment/status").asText()).isEqualTo("delivered");
        assertThat(delivered.path("timeline").findValuesAsText("status"))
                .containsExactly("pending", "paid", "shipped", "delivered");
    }

    @Test
    void tellsTheSameStoryAsTheOrderViewForAnInstantInTheFuture() {
        JsonNode now = shop.awaitStatus(orderId, "delivered").json();

        Api.Response future = api.get(statePath(Instant.now().plus(3650, ChronoUnit.DAYS))).token(shop.auditorToken())
                .send();

        assertThat(future.status()).isEqualTo(200);
        assertThat(future.json()).isEqualTo(now);
    }

    @Test
    void readsAnInstantWithAnOffsetAsTheSameInstant() {
        JsonNode events = api.get("/api/audit/orders/" + orderId + "/events").token(shop.auditorToken()).send().json();
        Instant paidAt = occurredAt(events).get(8);
        String inSeoul = paidAt.atOffset(ZoneOffset.ofHours(9)).toString().replace("+", "%2B");

        Api.Response state = api.get("/api/audit/orders/" + orderId + "/state?asOf=" + inSeoul)
                .token(shop.auditorToken()).send();

        assertThat(state.status()).as("%s", state).isEqualTo(200);
        assertThat(state.at("/status")).isEqualTo("paid");
    }

    @Test
    void findsNothingBeforeTheOrdersFirstEvent() {
        JsonNode events = api.get("/api/audit/orders/" + orderId + "/events").token(shop.auditorToken()).send().json();
        Instant first = occurredAt(events).get(0);

        Api.Response before = api.get(statePath(first.minusMillis(1))).token(shop.auditorToken()).send();
        Api.Response unknownEvents = api.get("/api/audit/orders/" + UUID.randomUUID() + "/events")
                .token(shop.auditorToken()).send();
        Api.Response unknownState = api.get("/api/audit/orders/" + UUID.randomUUID() + "/state?asOf=" + Instant.now())
                .token(shop.auditorToken()).send();

        assertThat(before.status()).as("%s", before).isEqualTo(404);
        assertThat(before.contentType()).startsWith("application/problem+json");
        assertThat(unknownEvents.status()).isEqualTo(404);
        assertThat(unknownState.status()).isEqualTo(404);
    }

    @Test
    void refusesAMissingOrMalformedInstant() {
        String auditor = shop.auditorToken();

        Api.Response missing = api.get("/api/audit/orders/" + orderId + "/state").token(auditor).send();
        Api.Response blank = api.get("/api/audit/orders/" + orderId + "/state?asOf=").token(auditor).send();
        Api.Response malformed = api.get("/api/audit/orders/" + orderId + "/state?asOf=yesterday").token(auditor).send();
        Api.Response dateOnly = api.get("/api/audit/orders/" + orderId + "/state?asOf=2026-11-24").token(auditor).send();

        assertThat(missing.status()).as("%s", missing).isEqualTo(400);
        assertThat(missing.contentType()).startsWith("application/problem+json");
        assertThat(missing.json().path("errors").findValuesAsText("field")).contains("asOf");
        assertThat(blank.status()).isEqualTo(400);
        assertThat(malformed.status()).as("%s", malformed).isEqualTo(400);
        assertThat(malformed.json().path("errors").findValuesAsText("field")).contains("asOf");
        assertThat(dateOnly.status()).isEqualTo(400);
    }

    @Test
    void letsAuditorsAndAdminsReadTheHistoryButNotCustomers() {
        String events = "/api/audit/orders/" + orderId + "/events";
        String state = statePath(Instant.now());

        assertThat(api.get(events).token(shop.auditorToken()).send().status()).isEqualTo(200);
        assertThat(api.get(events).token(shop.adminToken()).send().status()).isEqualTo(200);
        assertThat(api.get(state).token(shop.adminToken()).send().status()).isEqualTo(200);
        assertThat(api.get(events).token(customer.token()).send().status()).isEqualTo(403);
        assertThat(api.get(state).token(customer.token()).send().status()).isEqualTo(403);
        assertThat(api.get(events).send().status()).isEqualTo(401);
    }

    private String statePath(Instant asOf) {
        return "/api/audit/orders/" + orderId + "/state?asOf=" + asOf;
    }

    /** The order's status after each event, as the script made it. */
    private static List<String> statusAfterEachEvent(JsonNode events) {
        Map<String, String> entered = Map.of("OrderPlaced", "placed", "OrderAccepted", "pending", "OrderPaid", "paid",
                "OrderShipped", "shipped", "OrderDelivered", "delivered");
        List<String> statuses = new ArrayList<>();
        String status = null;
        for (JsonNode event : events) {
            status = entered.getOrDefault(event.path("type").asText(), status);
            statuses.add(status);
        }
        return statuses;
    }

    private static List<String> correlationIds(JsonNode events) {
        List<String> ids = new ArrayList<>();
        events.forEach(event -> ids.add(event.at("/metadata/correlationId").asText()));
        return ids;
    }

    private static List<Instant> occurredAt(JsonNode events) {
        List<Instant> instants = new ArrayList<>();
        events.forEach(event -> instants.add(Instant.parse(event.path("occurredAt").asText())));
        return instants;
    }

    private static List<String> aggregates(JsonNode events) {
        List<String> aggregates = new ArrayList<>();
        events.forEach(event -> aggregates.add(event.path("aggregateType").asText() + " "
                + event.path("aggregateId").asText()));
        return aggregates;
    }

    private static List<Long> sequenceNumbersOf(JsonNode events, String aggregateId) {
        List<Long> numbers = new ArrayList<>();
        events.forEach(event -> {
            if (aggregateId.equals(event.path("aggregateId").asText())) {
                numbers.add(event.path("sequenceNumber").asLong());
            }
        });
        return numbers;
    }

    private record Scripted(Shop.Customer customer, String orderId, String declinedPaymentId, String paymentId,
                            String shipmentId, Instant deliveredAt) {
    }
}
