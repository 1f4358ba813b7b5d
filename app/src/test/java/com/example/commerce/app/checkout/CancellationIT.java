package com.example.commerce.app.checkout;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.commerce.app.support.Api;
import com.example.commerce.app.support.IntegrationTest;
import com.example.commerce.app.support.Shop;
import java.time.Duration;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** Cancelling gives back what the order held: stock before payment, money and stock after. */
class CancellationIT extends IntegrationTest {

    @Test
    void releasesTheStockOfACancelledPendingOrder() {
        String sku = Shop.newSku();
        shop.productWithStock(sku, 5000, 4);
        Shop.Customer customer = shop.customer();
        String orderId = shop.pendingOrder(customer, sku, 3);

        Api.Response cancelled = api.post("/api/orders/" + orderId + "/cancel").token(customer.token())
                .body(Map.of("reason", "changed my mind")).send();

        assertThat(cancelled.status()).isEqualTo(200);
        Api.Response order = shop.awaitStatus(orderId, "cancelled");
        assertThat(order.at("/cancellationReason")).isEqualTo("changed my mind");
        shop.awaitStock(sku, 4, 0);
    }

    @Test
    void refundsAndRestocksACancelledPaidOrder() {
        String sku = Shop.newSku();
        shop.productWithStock(sku, 5000, 4);
        Shop.Customer customer = shop.customer();
        String orderId = shop.pendingOrder(customer, sku, 3);
        shop.pay(customer, orderId, "tok_ok");
        shop.awaitStatus(orderId, "paid");
        shop.awaitStock(sku, 1, 0);

        Api.Response cancelled = api.post("/api/orders/" + orderId + "/cancel").token(shop.adminToken()).send();

        assertThat(cancelled.status()).isEqualTo(200);
        shop.awaitOrder(orderId, r -> "refunded".equals(r.at("/payment/status")));
        assertThat(shop.awaitStatus(orderId, "cancelled").at("/status")).isEqualTo("cancelled");
        shop.awaitStock(sku, 4, 0);
    }

    @Test
    void refusesToCancelAShippedOrder() {
        String sku = Shop.newSku();
        shop.productWithStock(sku, 5000, 4);
        Shop.Customer customer = shop.customer();
        String orderId = shop.pendingOrder(customer, sku, 1);
        shop.pay(customer, orderId, "tok_ok");
        shop.awaitStatus(orderId, "paid");
        Api.Response shipped = api.post("/api/admin/orders/" + orderId + "/shipments").token(shop.adminToken())
                .body(Map.of("carrier", "cj", "trackingNumber", "T" + System.nanoTime())).send();
        assertThat(shipped.status()).isEqualTo(201);

        Api.Response cancelled = api.post("/api/orders/" + orderId + "/cancel").token(customer.token()).send();

        assertThat(cancelled.status()).isEqualTo(409);
        assertThat(cancelled.at("/type")).endsWith("/illegal-order-transition");
    }
}
