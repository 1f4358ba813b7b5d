package com.example.commerce.app.foundation;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.commerce.app.support.Api;
import com.example.commerce.app.support.Node;
import com.example.commerce.app.support.Shop;
import com.example.commerce.app.support.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Deadlines live in the database: one scheduled before a restart fires after it, once; one held by
 * a node that died firing it is fired again by a live node, and cancelling it meanwhile is no error;
 * one whose handler failed is fired again within seconds.
 */
class DeadlineAcrossRestartIT {

    @Test
    void firesAPaymentDeadlineScheduledBeforeTheRestart() {
        TestDatabase.Database database = TestDatabase.create();
        Map<String, String> settings = Map.of("commerce.order.payment-timeout", "PT4S");
        String sku = Shop.newSku();
        String orderId;
        try (Node first = Node.start(database, settings)) {
            Shop shop = new Shop(first.api());
            shop.productWithStock(sku, 10000, 3);
            orderId = shop.pendingOrder(shop.customer(), sku, 2);
            assertThat(cancellations(first, orderId)).isZero();
        }

        try (Node second = Node.start(database, settings)) {
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> cancellations(second, orderId) == 1);
            String payload = second.bean(JdbcTemplate.class).queryForObject(
                    "SELECT convert_from(payload, 'UTF8') FROM domain_event_entry"
                            + " WHERE aggregate_identifier = ? AND payload_type LIKE '%.OrderCancelled'",
                    String.class, orderId);
            assertThat(payload).contains("\"reason\":\"payment_timeout\"");
            Awaitility.await().atMost(Duration.ofSeconds(10)).until(() ->
                    new Shop(second.api()).stock(sku).json().path("reserved").asInt(-1) == 0);
            // A while later it still fired only once.
            Awaitility.await().pollDelay(Duration.ofSeconds(2)).until(() -> true);
            assertThat(cancellations(second, orderId)).isEqualTo(1);
        }
    }

    @Test
    void firesAgainADeadlineWhoseNodeDiedFiringItAndLetsTheCustomerCancelMeanwhile() {
        TestDatabase.Database database = TestDatabase.create();
        try (Node node = Node.start(database, Map.of("commerce.order.payment-timeout", "PT1H"))) {
            Shop shop = new Shop(node.api());
            String sku = Shop.newSku();
            shop.productWithStock(sku, 10000, 5);
            Shop.Customer customer = shop.customer();
            String expiring = shop.pendingOrder(customer, sku, 1);
            String cancelledMeanwhile = shop.pendingOrder(customer, sku, 1);
            JdbcTemplate jdbc = node.bean(JdbcTemplate.class);
            // What a node killed mid-fire leaves behind: both deadlines due, picked, never finished.
            int held = jdbc.update("UPDATE scheduled_tasks SET execution_time = now(), picked = true,"
                    + " picked_by = 'killed-node', last_heartbeat = now()");
            assertThat(held).isEqualTo(2);

            Api.Response cancelled = node.api().post("/api/orders/" + cancelledMeanwhile + "/cancel")
                    .token(customer.token()).body(Map.of("reason", "changed my mind")).send();

            assertThat(cancelled.status()).isEqualTo(200);
            assertThat(cancellations(node, cancelledMeanwhile)).isEqualTo(1);
            // The held deadlines count as dead once their heartbeat is 30 s old, and fire again.
            Awaitility.await().atMost(Duration.ofSeconds(75)).until(() -> cancellations(node, expiring) == 1);
            assertThat(shop.awaitStatus(expiring, "cancelled").at("/cancellationReason")).isEqualTo("payment_timeout");
            Awaitility.await().atMost(Duration.ofSeconds(15)).until(() ->
                    jdbc.queryForObject("SELECT COUNT(*) FROM scheduled_tasks", Integer.class) == 0);
            assertThat(cancellations(node, cancelledMeanwhile)).isEqualTo(1);
            assertThat(shop.awaitStatus(cancelledMeanwhile, "cancelled").at("/cancellationReason"))
                    .isEqualTo("changed my mind");
            shop.awaitStock(sku, 5, 0);
        }
    }

    @Test
    void firesAgainWithinSecondsADeadlineThatLostARaceForItsOrder() throws Exception {
        TestDatabase.Database database = TestDatabase.create();
        try (Node node = Node.start(database, Map.of("commerce.order.payment-timeout", "PT1H"));
             Connection otherNode = DriverManager.getConnection(database.url(), database.user(), database.password())) {
            Shop shop = new Shop(node.api());
            String sku = Shop.newSku();
            shop.productWithStock(sku, 10000, 5);
            String orderId = shop.pendingOrder(shop.customer(), sku, 1);
            JdbcTemplate jdbc = node.bean(JdbcTemplate.class);

            // Another node appends to the order (a copy of its last event, which changes nothing
            // when replayed) and has not committed when the deadline fires: the deadline's own
            // append waits for it, then fails on the order's sequence number.
            otherNode.setAutoCommit(false);
            try (PreparedStatement append = otherNode.prepareStatement("INSERT INTO domain_event_entry (event_identifier,"
                    + " aggregate_identifier, sequence_number, type, time_stamp, payload_type, payload_revision,"
                    + " payload, meta_data) SELECT gen_random_uuid()::text, aggregate_identifier, sequence_number + 1,"
                    + " type, time_stamp, payload_type, payload_revision, payload, meta_data FROM domain_event_entry"
                    + " WHERE aggregate_identifier = ? ORDER BY sequence_number DESC LIMIT 1")) {
                append.setString(1, orderId);
                assertThat(append.executeUpdate()).isEqualTo(1);
            }
            jdbc.update("UPDATE scheduled_tasks SET execution_time = now()");
            Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject(
                    "SELECT COUNT(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'",
                    Integer.class) > 0);
            otherNode.commit();

            // db-scheduler's default would fire it again 5 minutes later.
            Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> cancellations(node, orderId) == 1);
            assertThat(shop.awaitStatus(orderId, "cancelled").at("/cancellationReason")).isEqualTo("payment_timeout");
            assertThat(jdbc.queryForObject("SELECT MAX(sequence_number) FROM domain_event_entry WHERE aggregate_identifier = ?",
                    Long.class, orderId)).isEqualTo(3L);
        }
    }

    private static int cancellations(Node node, String orderId) {
        Integer count = node.bean(JdbcTemplate.class).queryForObject(
                "SELECT COUNT(*) FROM domain_event_entry WHERE aggregate_identifier = ? AND payload_type LIKE '%.OrderCancelled'",
                Integer.class, orderId);
        return count == null ? 0 : count;
    }
}
