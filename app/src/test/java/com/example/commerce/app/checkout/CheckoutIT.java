package com.example.commerce.app.checkout;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.commerce.app.support.Api;
import com.example.commerce.app.support.IntegrationTest;
import com.example.commerce.app.support.Shop;
import com.example.commerce.command.order.OrderNumbers;
import com.example.commerce.command.orderprocess.OrderProcessSaga;
import com.example.commerce.query.projection.TokenStoreReader;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.awaitility.Awaitility;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Placing and paying orders through HTTP, as a frontend does. */
class CheckoutIT extends IntegrationTest {

    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private EventProcessingConfiguration processing;
    @Autowired
    private TokenStoreReader tokenStore;

    @Test
    void takesAnOrderToPaidAndCommitsItsStock() {
        String sku = Shop.newSku();
        shop.productWithStock(sku, 20000, 5);
        Shop.Customer customer = shop.customer();

        Api.Response placed = shop.placeOrder(customer, sku, 2);
        assertThat(placed.status()).as("%s", placed).isEqualTo(201);
        assertThat(placed.at("/status")).isEqualTo("pending");
        assertThat(placed.at("/orderNumber")).matches("ORD-\\d{8}-\\d{6}");
        assertThat(placed.json().path("items").get(0).path("unitPrice").asLong()).isEqualTo(20000);
        assertThat(placed.json().path("subtotal").asLong()).isEqualTo(40000);
        assertThat(placed.json().path("shippingFee").asLong()).isEqualTo(3000);
        assertThat(placed.json().path("total").asLong()).isEqualTo(43000);
        assertThat(placed.json().path("tax").asLong()).isEqualTo(43000 * 10 / 110);
        String orderId = placed.at("/orderId");
        shop.awaitStock(sku, 5, 2);

        Api.Response paid = shop.pay(customer, orderId, "tok_ok");
        assertThat(paid.status()).isEqualTo(202);
        assertThat(paid.at("/status")).isEqualTo("completed");

        Api.Response order = shop.awaitStatus(orderId, "paid");
        assertThat(order.at("/payment/status")).isEqualTo("completed");
        assertThat(order.json().path("payment").path("amount").asLong()).isEqualTo(43000);
        shop.awaitStock(sku, 3, 0);
    }

    @Test
    void keepsAnOrdersDeadlineAndItsStockWithTheOrderSoThatNoProcessRunsUntilDelivery() {
        String sku = Shop.newSku();
        shop.productWithStock(sku, 20000, 5);
        Shop.Customer customer = shop.customer();
        String orderId = shop.pendingOrder(customer, sku, 1);

        // Scheduled by the placing transaction itself: there when the placement answers.
        String deadlineId = jdbc.queryForObject("SELECT convert_from(payload, 'UTF8')::jsonb ->> 'paymentDeadlineId'"
                + " FROM domain_event_entry WHERE aggregate_identifier = ? AND payload_type LIKE '%.OrderAccepted'",
                String.class, orderId);
        assertThat(scheduledDeadlines(deadlineId)).isEqualTo(1);
        awaitOrderProcessPast(tokenStore.headPosition());
        assertThat(processesOf(orderId)).as("an unpaid order has no process").isZero();

        shop.pay(customer, orderId, "tok_ok");
        shop.awaitStatus(orderId, "paid");

        assertThat(scheduledDeadlines(deadlineId)).as("paying cancels the deadline").isZero();
        // Written by one transaction, so they share its id: no paid order's units are still only held.
        List<String> writtenBy = jdbc.queryForList("SELECT xmin::text FROM domain_event_entry WHERE (aggregate_identifier"
                + " = ? AND payload_type LIKE '%.OrderPaid') OR (aggregate_identifier = ? AND payload_type LIKE"
                + " '%.StockCommitted')", String.class, orderId, sku);
        assertThat(writtenBy).as("OrderPaid and StockCommitted, by one transaction").hasSize(2).containsOnly(writtenBy.get(0));
        shop.awaitStock(sku, 4, 0);
        awaitOrderProcessPast(tokenStore.headPosition());
        assertThat(processesOf(orderId)).as("a paid order has no process").isZero();
    }

    @Test
    void numbersOrdersFromBlocksOfTheSharedSequence() {
        String sku = Shop.newSku();
        shop.productWithStock(sku, 1000, 10);
        Shop.Customer customer = shop.customer();

        List<Long> numbers = IntStream.range(0, 3)
                .mapToObj(i -> shop.placeOrder(customer, sku, 1).at("/orderNumber"))
                .map(number -> Long.parseLong(number.substring(number.lastIndexOf('-') + 1)))
                .toList();

        assertThat(numbers).as("rising on one node").isSorted().doesNotHaveDuplicates();
        assertThat(jdbc.queryForObject("SELECT increment_by FROM pg_sequences WHERE sequencename = 'order_number_seq'",
                Long.class)).as("the sequence counts in the blocks a node hands out").isEqualTo(OrderNumbers.BLOCK);
    }

    @Test
    void refusesAnOrderItCannotFillAndHoldsNothing() {
        String plenty = Shop.newSku();
        String scarce = Shop.newSku();
        shop.productWithStock(plenty, 1000, 10);
        shop.productWithStock(scarce, 1000, 1);
        Shop.Customer customer = shop.customer();

        Api.Response refused = api.post("/api/orders").token(customer.token()).body(Map.of(
                "items", List.of(Map.of("sku", plenty, "quantity", 3), Map.of("sku", scarce, "quantity", 2)),
                "shippingAddress", Shop.address())).send();

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.at("/type")).endsWith("/out-of-stock");
        assertThat(refused.json().path("unavailable")).hasSize(1);
        assertThat(refused.at("/unavailable/0/sku")).isEqualTo(scarce);
        assertThat(refused.json().at("/unavailable/0/requested").asInt()).isEqualTo(2);
        assertThat(refused.json().at("/unavailable/0/available").asInt()).isEqualTo(1);
        shop.awaitStock(plenty, 10, 0);
        shop.awaitStock(scarce, 1, 0);
        Api.Response mine = api.get("/api/orders").token(customer.token()).send();
        assertThat(mine.json().path("totalItems").asInt()).isZero();
    }

    @Test
    void answersARepeatedPlacementWithTheFirstAnswer() {
        String sku = Shop.newSku();
        shop.productWithStock(sku, 1000, 10);
        Shop.Customer customer = shop.customer();
        String key = UUID.randomUUID().toString();

        Api.Response first = api.post("/api/orders").token(customer.token()).header("Idempotency-Key", key)
                .body(Shop.orderOf(sku, 2)).send();
        Api.Response again = api.post("/api/orders").token(customer.token()).header("Idempotency-Key", key)
                .body(Shop.orderOf(sku, 2)).send();
        Api.Response otherBody = api.post("/api/orders").token(customer.token()).header("Idempotency-Key", key)
                .body(Shop.orderOf(sku, 3)).send();

        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.at("/orderId")).isEqualTo(first.at("/orderId"));
        assertThat(otherBody.status()).isEqualTo(409);
        shop.awaitStock(sku, 10, 2);
    }

    @Test
    void paysOnceForARepeatedPaymentRequest() {
        String sku = Shop.newSku();
        shop.productWithStock(sku, 1000, 10);
        Shop.Customer customer = shop.customer();
        String orderId = shop.pendingOrder(customer, sku, 1);
        String key = UUID.randomUUID().toString();
        Map<String, String> body = Map.of("provider", "stripe", "paymentToken", "tok_ok");

        Api.Response first = api.post("/api/orders/" + orderId + "/payment").token(customer.token())
                .header("Idempotency-Key", key).body(body).send();
        Api.Response again = api.post("/api/orders/" + orderId + "/payment").token(customer.token())
                .header("Idempotency-Key", key).body(body).send();

        assertThat(first.status()).isEqualTo(202);
        assertThat(again.status()).isEqualTo(202);
        assertThat(again.at("/paymentId")).isEqualTo(first.at("/paymentId"));
        shop.awaitStatus(orderId, "paid");
    }

    @Test
    void letsADeclinedOrderBePaidAgain() {
        String sku = Shop.newSku();
        shop.productWithStock(sku, 1000, 10);
        Shop.Customer customer = shop.customer();
        String orderId = shop.pendingOrder(customer, sku, 1);

        Api.Response declined = shop.pay(customer, orderId, "tok_declined");
        assertThat(declined.status()).isEqualTo(202);
        assertThat(declined.at("/status")).isEqualTo("failed");
        Api.Response stillPending = shop.awaitOrder(orderId, r -> "failed".equals(r.at("/payment/status")));
        assertThat(stillPending.at("/status")).isEqualTo("pending");

        assertThat(shop.pay(customer, orderId, "tok_ok").at("/status")).isEqualTo("completed");
        shop.awaitStatus(orderId, "paid");
    }

    @Test
    void refusesToPayAnOrderThatIsNoLongerPending() {
        String sku = Shop.newSku();
        shop.productWithStock(sku, 1000, 10);
        Shop.Customer customer = shop.customer();
        String orderId = shop.pendingOrder(customer, sku, 1);
        shop.pay(customer, orderId, "tok_ok");
        shop.awaitStatus(orderId, "paid");

        Api.Response again = shop.pay(customer, orderId, "tok_ok");

        assertThat(again.status()).isEqualTo(409);
    }

    @Test
    void refusesUnknownOrInactiveSkusAndBadLines() {
        String draft = Shop.newSku();
        Api.Response created = api.post("/api/admin/products").token(shop.adminToken()).body(Map.of(
                "name", "Draft", "basePrice", 100,
                "variants", List.of(Map.of("sku", draft, "name", "One", "price", 100)))).send();
        assertThat(created.status()).isEqualTo(201);
        Shop.Customer customer = shop.customer();

        assertThat(shop.placeOrder(customer, draft, 1).status()).isEqualTo(400);
        assertThat(shop.placeOrder(customer, "NO-SUCH-SKU", 1).status()).isEqualTo(400);
        assertThat(shop.placeOrder(customer, draft, 0).status()).isEqualTo(400);
        assertThat(shop.placeOrder(customer, draft, 1000).status()).isEqualTo(400);
        assertThat(api.post("/api/orders").token(customer.token())
                .body(Map.of("items", List.of(), "shippingAddress", Shop.address())).send().status()).isEqualTo(400);
        assertThat(api.post("/api/orders").token(customer.token()).body(Map.of(
                "items", List.of(Map.of("sku", draft, "quantity", 1), Map.of("sku", draft, "quantity", 2)),
                "shippingAddress", Shop.address())).send().status()).isEqualTo(400);
    }

    private int scheduledDeadlines(String deadlineId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM scheduled_tasks WHERE task_instance = ?",
                Integer.class, deadlineId);
    }

    private int processesOf(String orderId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM association_value_entry WHERE association_value = ?",
                Integer.class, orderId);
    }

    /** Until every segment of the order process has handled the events up to this position. */
    private void awaitOrderProcessPast(long position) {
        StreamingEventProcessor orderProcess = processing
                .eventProcessor(OrderProcessSaga.PROCESSING_GROUP, StreamingEventProcessor.class).orElseThrow();
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> orderProcess.processingStatus().values().stream()
                .allMatch(status -> status.getCurrentPosition().orElse(-1) >= position));
    }
}
