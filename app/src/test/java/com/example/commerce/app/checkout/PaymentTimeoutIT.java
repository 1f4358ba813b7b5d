package com.example.commerce.app.checkout;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.commerce.app.support.Api;
import com.example.commerce.app.support.IntegrationTest;
import com.example.commerce.app.support.Shop;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/** A pending order not paid in time is cancelled with reason payment_timeout, and its stock freed. */
@TestPropertySource(properties = "commerce.order.payment-timeout=PT3S")
class PaymentTimeoutIT extends IntegrationTest {

    @Test
    void cancelsAnUnpaidOrderWhenItsTimeIsUp() {
        String sku = Shop.newSku();
        shop.productWithStock(sku, 5000, 2);
        Shop.Customer customer = shop.customer();
        String orderId = shop.pendingOrder(customer, sku, 2);

        Api.Response cancelled = shop.awaitStatus(orderId, "cancelled");

        assertThat(cancelled.at("/cancellationReason")).isEqualTo("payment_timeout");
        Awaitility.await().atMost(Duration.ofSeconds(10))
                .until(() -> shop.stock(sku).json().path("available").asInt() == 2);
    }

    @Test
    void leavesAPaidOrderAloneWhenItsTimeWouldHaveBeenUp() throws InterruptedException {
        String sku = Shop.newSku();
        shop.productWithStock(sku, 5000, 2);
        Shop.Customer customer = shop.customer();
        String orderId = shop.pendingOrder(customer, sku, 1);
        shop.pay(customer, orderId, "tok_ok");
        shop.awaitStatus(orderId, "paid");

        Thread.sleep(5000);

        assertThat(shop.awaitStatus(orderId, "paid").at("/status")).isEqualTo("paid");
    }
}
