package com.example.commerce.app.checkout;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.commerce.app.support.Api;
import com.example.commerce.app.support.IntegrationTest;
import com.example.commerce.app.support.Shop;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Payment providers report asynchronously through signed webhooks, sometimes twice, sometimes wrongly. */
class PaymentWebhookIT extends IntegrationTest {

    private static final String WEBHOOK = "/api/webhooks/payments/toss";

    @Autowired
    JdbcTemplate jdbc;

    private Shop.Customer customer;
    private String orderId;
    private String paymentId;

    @BeforeEach
    void anAsyncPayment() {
        String sku = Shop.newSku();
        shop.productWithStock(sku, 15000, 5);
        customer = shop.customer();
        orderId = shop.pendingOrder(customer, sku, 1);
        Api.Response payment = shop.pay(customer, orderId, "tok_async");
        assertThat(payment.status()).isEqualTo(202);
        assertThat(payment.at("/status")).isEqualTo("processing");
        paymentId = payment.at("/paymentId");
    }

    @Test
    void paysTheOrderWhenTheProviderApprovesLater() {
        Api.Response webhook = shop.webhook(WEBHOOK, PAYMENT_SECRET, approved(UUID.randomUUID().toString(), 18000));

        assertThat(webhook.status()).as("%s", webhook).isEqualTo(200);
        Api.Response order = shop.awaitStatus(orderId, "paid");
        assertThat(order.at("/payment/status")).isEqualTo("completed");
    }

    @Test
    void refusesAnUnsignedOrWronglySignedDelivery() {
        String body = Api.json(approved(UUID.randomUUID().toString(), 18000));

        Api.Response unsigned = api.post(WEBHOOK).raw(body, "application/json").send();
        Api.Response wronglySigned = api.post(WEBHOOK).raw(body, "application/json")
                .header("X-Signature", "sha256=" + "0".repeat(64)).send();

        assertThat(unsigned.status()).isEqualTo(401);
        assertThat(wronglySigned.status()).isEqualTo(401);
        assertThat(paymentEvents()).containsExactly("PaymentStarted");
    }

    @Test
    void appliesTheSameEventOnceWhenDeliveredTwice() {
        Map<String, Object> delivery = approved(UUID.randomUUID().toString(), 18000);

        Api.Response first = shop.webhook(WEBHOOK, PAYMENT_SECRET, delivery);
        Api.Response second = shop.webhook(WEBHOOK, PAYMENT_SECRET, delivery);

        assertThat(first.status()).isEqualTo(200);
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.at("/outcome")).isEqualTo("duplicate");
        shop.awaitStatus(orderId, "paid");
        assertThat(paymentEvents()).containsExactly("PaymentStarted", "PaymentApproved");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM webhook_delivery WHERE event_id = ?", Integer.class,
                delivery.get("eventId"))).isEqualTo(2);
    }

    @Test
    void refusesAnApprovalForAnotherAmountAndKeepsTheDelivery() {
        String eventId = UUID.randomUUID().toString();

        Api.Response mismatch = shop.webhook(WEBHOOK, PAYMENT_SECRET, approved(eventId, 1));

        assertThat(mismatch.status()).isEqualTo(409);
        assertThat(mismatch.at("/type")).endsWith("/amount-mismatch");
        assertThat(paymentEvents()).containsExactly("PaymentStarted");
        assertThat(jdbc.queryForObject("SELECT outcome FROM webhook_delivery WHERE event_id = ?", String.class, eventId))
                .isEqualTo("amount-mismatch");
    }

    @Test
    void refusesAnUnknownPayment() {
        Map<String, Object> delivery = Map.of("eventId", UUID.randomUUID().toString(),
                "paymentId", UUID.randomUUID().toString(), "pgTransactionId", "tx", "status", "approved", "amount", 18000);

        assertThat(shop.webhook(WEBHOOK, PAYMENT_SECRET, delivery).status()).isEqualTo(404);
    }

    @Test
    void ignoresADeclineThatArrivesAfterTheApproval() {
        shop.webhook(WEBHOOK, PAYMENT_SECRET, approved(UUID.randomUUID().toString(), 18000));
        Api.Response lateDecline = shop.webhook(WEBHOOK, PAYMENT_SECRET, Map.of("eventId", UUID.randomUUID().toString(),
                "paymentId", paymentId, "pgTransactionId", "tx", "status", "declined", "amount", 18000,
                "failureReason", "insufficient_funds"));

        assertThat(lateDecline.status()).isEqualTo(200);
        assertThat(shop.awaitStatus(orderId, "paid").at("/payment/status")).isEqualTo("completed");
        assertThat(paymentEvents()).containsExactly("PaymentStarted", "PaymentApproved");
    }

    private Map<String, Object> approved(String eventId, long amount) {
        return Map.of("eventId", eventId, "paymentId", paymentId, "pgTransactionId", "toss-" + eventId,
                "status", "approved", "amount", amount);
    }

    private java.util.List<String> paymentEvents() {
        return jdbc.queryForList("SELECT payload_type FROM domain_event_entry WHERE aggregate_identifier = ?"
                        + " ORDER BY sequence_number", String.class, paymentId).stream()
                .map(type -> type.substring(type.lastIndexOf('.') + 1)).toList();
    }
}
