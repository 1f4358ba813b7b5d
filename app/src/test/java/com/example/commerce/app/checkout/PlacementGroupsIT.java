package com.example.commerce.app.checkout;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.commerce.app.support.Api;
import com.example.commerce.app.support.IntegrationTest;
import com.example.commerce.app.support.Shop;
import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Placements that wait together are committed together (group commit), and each keeps everything it
 * would have had alone: its own answer, its own author and correlation in the audit trail, its own
 * payment deadline (stored in the group's transaction) and its own refusal; the meters show the
 * groups. To make a group form for certain, the test holds the event table so that the first
 * placements cannot commit while the others arrive.
 */
class PlacementGroupsIT extends IntegrationTest {

    private static final int BUYERS = 12;

    /** The stored deadlines of the orders given as an array (a deadline's serialized details hold its order's id). */
    private static final String DEADLINES_OF_ORDERS = "scheduled_tasks JOIN unnest(?) AS placed (order_id)"
            + " ON position(convert_to(placed.order_id, 'UTF8') IN scheduled_tasks.task_data) > 0";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    MeterRegistry meters;

    @Test
    void commitsThePlacementsThatWaitedTogetherInOneTransactionEachWithItsOwnAuthorAndCorrelation() throws Exception {
        String sku = Shop.newSku();
        shop.productWithStock(sku, 1000, 100);
        List<Shop.Customer> buyers = shop.customers(BUYERS);

        DistributionSummary groups = meters.get("commerce.placement.group.size").summary();
        long groupsBefore = groups.count();
        double placementsBefore = groups.totalAmount();

        List<Api.Response> answers = whileTheEventTableIsHeld(buyers.stream()
                .map(buyer -> (Callable<Api.Response>) () -> shop.placeOrder(buyer, sku, 2)).toList(), List.of());

        assertThat(answers).allSatisfy(answer -> assertThat(answer.status()).as("%s", answer).isEqualTo(201));
        assertThat(groups.totalAmount() - placementsBefore).isEqualTo(BUYERS);
        assertThat(groups.count() - groupsBefore).isLessThanOrEqualTo(BUYERS / 2);
        List<String> orderIds = answers.stream().map(answer -> answer.at("/orderId")).toList();
        assertThat(largestGroupCommitted(orderIds)).isGreaterThanOrEqualTo(BUYERS / 2);
        assertThat(paymentDeadlines(orderIds)).as("one payment deadline per order").isEqualTo(BUYERS);
        assertThat(largestGroupOfDeadlines(orderIds)).isGreaterThanOrEqualTo(BUYERS / 2);
        Set<String> correlations = new HashSet<>();
        for (int i = 0; i < BUYERS; i++) {
            JsonNode placed = auditTrail(orderIds.get(i)).get(0);
            assertThat(placed.at("/type").asText()).endsWith("OrderPlaced");
            assertThat(placed.at("/metadata/userId").asText()).isEqualTo(buyers.get(i).customerId());
            correlations.add(placed.at("/metadata/correlationId").asText());
        }
        assertThat(correlations).hasSize(BUYERS);
        shop.awaitStock(sku, 100, 2 * BUYERS);
    }

    @Test
    void answersARefusedPlacementWithItsOwnProblemAndPlacesTheOthersOfItsGroup() throws Exception {
        String sku = Shop.newSku();
        shop.productWithStock(sku, 1000, 100);
        List<Shop.Customer> buyers = shop.customers(BUYERS);
        Shop.Customer withUnknownCoupon = buyers.remove(BUYERS - 1);
        Map<String, Object> refusedOrder = Map.of("items", List.of(Map.of("sku", sku, "quantity", 1)),
                "shippingAddress", Shop.address(), "couponCode", "NO-SUCH-COUPON");
        Counter failedGroups = meters.get("commerce.placement.group.failures").counter();
        double failedBefore = failedGroups.count();

        // Sent once the first group waits, so that it joins the next group, with the others.
        List<Api.Response> answers = whileTheEventTableIsHeld(
                buyers.stream().map(buyer -> (Callable<Api.Response>) () -> shop.placeOrder(buyer, sku, 1)).toList(),
                List.of(() -> api.post("/api/orders").token(withUnknownCoupon.token()).body(refusedOrder).send()));

        Api.Response refused = answers.get(BUYERS - 1);
        assertThat(refused.status()).as("%s", refused).isEqualTo(400);
        assertThat(refused.json().path("detail").asText()).contains("NO-SUCH-COUPON");
        assertThat(answers.subList(0, BUYERS - 1))
                .allSatisfy(answer -> assertThat(answer.status()).as("%s", answer).isEqualTo(201));
        assertThat(failedGroups.count() - failedBefore).isEqualTo(1);
        // The rolled-back group stored none of its deadlines; each placement placed again stored its own.
        List<String> placed = answers.subList(0, BUYERS - 1).stream().map(answer -> answer.at("/orderId")).toList();
        assertThat(paymentDeadlines(placed)).isEqualTo(BUYERS - 1);
        shop.awaitStock(sku, 100, BUYERS - 1);
    }

    /**
     * Sends the first placements at once while a transaction of the test's holds the event table
     * against writes, so that the first group waits to commit while the others queue behind it; once
     * that group waits for the table, sends the later ones, and lets go when they have had time to
     * arrive. Answers in the order the placements were given.
     */
    private List<Api.Response> whileTheEventTableIsHeld(List<Callable<Api.Response>> first,
                                                        List<Callable<Api.Response>> later) throws Exception {
        ExecutorService senders = Executors.newFixedThreadPool(first.size() + later.size());
        try (Connection holder = dataSource.getConnection()) {
            holder.setAutoCommit(false);
            try (Statement statement = holder.createStatement()) {
                statement.execute("LOCK TABLE domain_event_entry IN EXCLUSIVE MODE");
            }
            List<Future<Api.Response>> sent = new ArrayList<>();
            first.forEach(placement -> sent.add(senders.submit(placement)));
            Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> waitingForTheEventTable() >= 1);
            later.forEach(placement -> sent.add(senders.submit(placement)));
            Thread.sleep(1000);
            holder.commit();
            List<Api.Response> answers = new ArrayList<>();
            for (Future<Api.Response> answer : sent) {
                answers.add(answer.get());
            }
            return answers;
        } finally {
            senders.shutdownNow();
        }
    }

    private int waitingForTheEventTable() {
        return jdbc.queryForObject("SELECT count(*) FROM pg_locks WHERE NOT granted"
                + " AND relation = 'domain_event_entry'::regclass", Integer.class);
    }

    /** The most of these orders whose OrderPlaced rows one transaction wrote (rows of one transaction share xmin). */
    private int largestGroupCommitted(List<String> orderIds) {
        return jdbc.queryForObject("SELECT max(orders) FROM (SELECT count(*) AS orders FROM domain_event_entry"
                + " WHERE aggregate_identifier = ANY (?) AND payload_type LIKE '%.OrderPlaced'"
                + " GROUP BY xmin::text) AS groups", Integer.class, (Object) orderIds.toArray(String[]::new));
    }

    /** Payment deadlines stored for these orders. */
    private int paymentDeadlines(List<String> orderIds) {
        return jdbc.queryForObject("SELECT count(*) FROM " + DEADLINES_OF_ORDERS, Integer.class,
                (Object) orderIds.toArray(String[]::new));
    }

    /** The most of these orders whose payment deadlines one transaction wrote. */
    private int largestGroupOfDeadlines(List<String> orderIds) {
        return jdbc.queryForObject("SELECT max(orders) FROM (SELECT count(*) AS orders FROM " + DEADLINES_OF_ORDERS
                        + " GROUP BY scheduled_tasks.xmin::text) AS groups", Integer.class,
                (Object) orderIds.toArray(String[]::new));
    }

    private JsonNode auditTrail(String orderId) {
        return api.get("/api/audit/orders/" + orderId + "/events").token(shop.auditorToken()).send().json();
    }
}
