package com.example.commerce.app.checkout;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.commerce.app.support.Api;
import com.example.commerce.app.support.Concurrently;
import com.example.commerce.app.support.IntegrationTest;
import com.example.commerce.app.support.Shop;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** Discount codes on orders: their rules, and a usage limit that holds when many use them at once. */
class CouponIT extends IntegrationTest {

    @Test
    void takesAPercentOffTheSubtotalAndWaivesShippingFromTheThreshold() {
        String code = coupon(Map.of("type", "percent", "value", 10));
        String sku = Shop.newSku();
        shop.productWithStock(sku, 30000, 5);

        Api.Response placed = place(shop.customer(), sku, 2, code);

        assertThat(placed.status()).isEqualTo(201);
        assertThat(placed.json().path("subtotal").asLong()).isEqualTo(60000);
        assertThat(placed.json().path("discount").asLong()).isEqualTo(6000);
        assertThat(placed.json().path("shippingFee").asLong()).isZero();
        assertThat(placed.json().path("total").asLong()).isEqualTo(54000);
    }

    @Test
    void refusesUnknownExpiredAndTooSmallUses() {
        String sku = Shop.newSku();
        shop.productWithStock(sku, 10000, 10);
        Shop.Customer customer = shop.customer();
        String expired = coupon(Map.of("type", "fixed", "value", 1000, "expiresAt", Instant.now().minusSeconds(60).toString()));
        String minimum = coupon(Map.of("type", "fixed", "value", 1000, "minOrderAmount", 50000));

        assertThat(place(customer, sku, 1, "NO-SUCH-" + UUID.randomUUID()).status()).isEqualTo(400);
        Api.Response tooLate = place(customer, sku, 1, expired);
        assertThat(tooLate.status()).isEqualTo(409);
        assertThat(tooLate.at("/type")).endsWith("/coupon-not-applicable");
        assertThat(place(customer, sku, 1, minimum).status()).isEqualTo(409);
        assertThat(place(customer, sku, 5, minimum).status()).isEqualTo(201);
    }

    @Test
    void refusesADuplicateCode() {
        String code = coupon(Map.of("type", "fixed", "value", 500));

        Api.Response again = api.post("/api/admin/coupons").token(shop.adminToken())
                .body(Map.of("code", code, "type", "fixed", "value", 700)).send();

        assertThat(again.status()).isEqualTo(409);
    }

    @Test
    void holdsTheUsageLimitUnderConcurrentOrdersAndGivesAUseBackOnCancellation() throws Exception {
        String code = coupon(Map.of("type", "fixed", "value", 1000, "usageLimit", 3));
        String sku = Shop.newSku();
        shop.productWithStock(sku, 10000, 100);
        List<Shop.Customer> buyers = shop.customers(10);

        List<Callable<Api.Response>> orders = buyers.stream()
                .map(buyer -> (Callable<Api.Response>) () -> place(buyer, sku, 1, code)).toList();
        List<Api.Response> results = Concurrently.run(orders);

        List<Api.Response> placed = results.stream().filter(r -> r.status() == 201).toList();
        assertThat(placed).hasSize(3);
        assertThat(results).filteredOn(r -> r.status() == 409).hasSize(7);
        Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> timesUsed(code) == 3);

        Shop.Customer owner = buyers.get(results.indexOf(placed.get(0)));
        api.post("/api/orders/" + placed.get(0).at("/orderId") + "/cancel").token(owner.token()).send();
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> timesUsed(code) == 2);
    }

    private int timesUsed(String code) {
        return api.get("/api/admin/coupons/" + code).token(shop.adminToken()).send().json().path("timesUsed").asInt(-1);
    }

    private String coupon(Map<String, Object> rules) {
        String code = "C" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
        Map<String, Object> body = new HashMap<>(rules);
        body.put("code", code);
        Api.Response created = api.post("/api/admin/coupons").token(shop.adminToken()).body(body).send();
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        return code;
    }

    private Api.Response place(Shop.Customer customer, String sku, int quantity, String code) {
        return api.post("/api/orders").token(customer.token()).body(Map.of(
                "items", List.of(Map.of("sku", sku, "quantity", quantity)), "shippingAddress", Shop.address(),
                "couponCode", code)).send();
    }
}
