package com.example.commerce.app.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.commerce.app.support.Api;
import com.example.commerce.app.support.JarNode;
import com.example.commerce.app.support.Shop;
import com.example.commerce.app.support.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** The executable killed with {@code kill -9} mid-flow and started again: nothing is lost, nothing happens twice. */
class KillAndRestartIT {

    @Test
    void keepsStockConsistentAndStillExpiresAnOrderAfterAKillBetweenReservationAndPayment() throws Exception {
        TestDatabase.Database database = TestDatabase.create();
        Map<String, String> settings = Map.of("commerce.order.payment-timeout", "PT6S");
        String sku = Shop.newSku();
        String orderId;
        try (JarNode node = JarNode.start(database, settings)) {
            Shop shop = new Shop(node.api());
            shop.productWithStock(sku, 7000, 3);
            orderId = shop.pendingOrder(shop.customer(), sku, 2);
            node.kill();
        }
        Thread.sleep(6000);

        try (JarNode node = JarNode.start(database, settings)) {
            Shop shop = new Shop(node.api());
            Api.Response cancelled = shop.awaitStatus(orderId, "cancelled");
            assertThat(cancelled.at("/cancellationReason")).isEqualTo("payment_timeout");
            Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> {
                Api.Response stock = shop.stock(sku);
                return stock.json().path("onHand").asInt() == 3 && stock.json().path("reserved").asInt() == 0;
            });
            assertThat(eventCount(database, orderId, "OrderCancelled")).isEqualTo(1);
        }
    }

    @Test
    void completesADeliveredOrderOnceWhenItsDeadlinePassedWhileTheNodeWasDown() throws Exception {
        TestDatabase.Database database = TestDatabase.create();
        Map<String, String> settings = Map.of("commerce.order.auto-confirm-after", "PT5S");
        String orderId;
        try (JarNode node = JarNode.start(database, settings)) {
            Shop shop = new Shop(node.api());
            String sku = Shop.newSku();
            shop.productWithStock(sku, 7000, 3);
            Shop.Customer customer = shop.customer();
            orderId = shop.pendingOrder(customer, sku, 1);
            shop.pay(customer, orderId, "tok_ok");
            shop.awaitStatus(orderId, "paid");
            String tracking = "T" + UUID.randomUUID().toString().substring(0, 8);
            node.api().post("/api/admin/orders/" + orderId + "/shipments").token(shop.adminToken())
                    .body(Map.of("carrier", "cj", "trackingNumber", tracking)).send();
            shop.webhook("/api/webhooks/carriers/cj", com.example.commerce.app.support.IntegrationTest.CARRIER_SECRET,
                    Map.of("eventId", UUID.randomUUID().toString(), "trackingNumber", tracking, "status", "delivered",
                            "occurredAt", Instant.now().toString()));
            shop.awaitStatus(orderId, "delivered");
            node.kill();
        }
        Thread.sleep(7000);

        try (JarNode node = JarNode.start(database, settings)) {
            new Shop(node.api()).awaitStatus(orderId, "completed");
            Thread.sleep(2000);
            assertThat(eventCount(database, orderId, "OrderCompleted")).isEqualTo(1);
        }
    }

    private static int eventCount(TestDatabase.Database database, String aggregateId, String type) throws SQLException {
        try (Connection connection = DriverManager.getConnection(database.url(), database.user(), database.password());
             PreparedStatement statement = connection.prepareStatement(
                     "SELECT COUNT(*) FROM domain_event_entry WHERE aggregate_identifier = ? AND payload_type LIKE ?")) {
            statement.setString(1, aggregateId);
            statement.setString(2, "%." + type);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getInt(1);
            }
        }
    }
}
