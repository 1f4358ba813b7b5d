package com.example.commerce.app.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.commerce.command.webhook.WebhookSignature;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.awaitility.Awaitility;

/** Test data through the API itself: staff logins, customers, products with stock, orders. */
public class Shop {

    private final Api api;

    public Shop(Api api) {
        this.api = api;
    }

    public String adminToken() {
        return login(IntegrationTest.ADMIN, IntegrationTest.ADMIN_PASSWORD);
    }

    public String auditorToken() {
        return login(IntegrationTest.AUDITOR, IntegrationTest.AUDITOR_PASSWORD);
    }

    public String login(String username, String password) {
        Api.Response response = api.post("/api/auth/token").body(Map.of("username", username, "password", password)).send();
        assertThat(response.status()).as("login of %s: %s", username, response).isEqualTo(200);
        return response.at("/accessToken");
    }

    /** Registers a new customer and answers their token. */
    public Customer customer() {
        String email = "c-" + UUID.randomUUID() + "@example.com";
        Api.Response registered = api.post("/api/customers")
                .body(Map.of("email", email, "password", "password-123", "name", "Kim Minji")).send();
        assertThat(registered.status()).as("%s", registered).isEqualTo(201);
        return new Customer(registered.at("/customerId"), email, login(email, "password-123"));
    }

    /** Registers this many new customers. */
    public List<Customer> customers(int count) {
        List<Customer> customers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            customers.add(customer());
        }
        return customers;
    }

    public static String newSku() {
        return "SKU-" + UUID.randomUUID().toString().substring(0, 13).toUpperCase();
    }

    /** An active product with one variant of this SKU, price and stock. */
    public String productWithStock(String sku, long price, int stock) {
        String admin = adminToken();
        Api.Response created = api.post("/api/admin/products").token(admin).body(Map.of(
                "name", "Linen shirt " + sku, "basePrice", price,
                "variants", List.of(Map.of("sku", sku, "name", "Blue M", "attributes", Map.of("color", "blue"),
                        "price", price)))).send();
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        String productId = created.at("/productId");
        assertThat(api.post("/api/admin/products/" + productId + "/activate").token(admin).send().status()).isEqualTo(200);
        if (stock > 0) {
            Api.Response restocked = api.post("/api/admin/inventory/" + sku + "/restock").token(admin)
                    .body(Map.of("quantity", stock)).send();
            assertThat(restocked.status()).as("%s", restocked).isEqualTo(200);
        }
        return productId;
    }

    public static Map<String, Object> address() {
        return Map.of("recipient", "Kim Minji", "phone", "010-1234-5678", "line1", "12 Sejong-daero",
                "city", "Seoul", "postalCode", "04524", "country", "KR");
    }

    public static Map<String, Object> orderOf(String sku, int quantity) {
        return Map.of("items", List.of(Map.of("sku", sku, "quantity", quantity)), "shippingAddress", address());
    }

    public Api.Response placeOrder(Customer customer, String sku, int quantity) {
        return api.post("/api/orders").token(customer.token()).body(orderOf(sku, quantity)).send();
    }

    /** Places an order that must be accepted; answers its id. */
    public String pendingOrder(Customer customer, String sku, int quantity) {
        Api.Response placed = placeOrder(customer, sku, quantity);
        assertThat(placed.status()).as("%s", placed).isEqualTo(201);
        return placed.at("/orderId");
    }

    public Api.Response pay(Customer customer, String orderId, String token) {
        return api.post("/api/orders/" + orderId + "/payment").token(customer.token())
                .body(Map.of("provider", "toss", "paymentToken", token)).send();
    }

    /** The admin's view of the order once it satisfies the condition (read models are eventually consistent). */
    public Api.Response awaitOrder(String orderId, Predicate<Api.Response> condition) {
        return awaitOrder(orderId, condition, Duration.ofSeconds(15));
    }

    public Api.Response awaitOrder(String orderId, Predicate<Api.Response> condition, Duration atMost) {
        String admin = adminToken();
        Api.Response[] last = new Api.Response[1];
        Awaitility.await().atMost(atMost).pollInterval(Duration.ofMillis(100)).until(() -> {
            last[0] = api.get("/api/orders/" + orderId).token(admin).send();
            return condition.test(last[0]);
        });
        return last[0];
    }

    public Api.Response awaitStatus(String orderId, String status) {
        return awaitStatus(orderId, status, Duration.ofSeconds(15));
    }

    public Api.Response awaitStatus(String orderId, String status, Duration atMost) {
        return awaitOrder(orderId, r -> r.status() == 200 && status.equals(r.at("/status")), atMost);
    }

    /** Waits until the inventory view shows these figures (read models are eventually consistent). */
    public void awaitStock(String sku, int onHand, int reserved) {
        Awaitility.await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100)).until(() -> {
            Api.Response stock = stock(sku);
            return stock.json().path("onHand").asInt() == onHand && stock.json().path("reserved").asInt() == reserved;
        });
    }

    public Api.Response stock(String sku) {
        return api.get("/api/admin/inventory/" + sku).token(adminToken()).send();
    }

    /** Posts a signed webhook body. */
    public Api.Response webhook(String path, String secret, Object body) {
        String json = Api.json(body);
        return api.post(path).raw(json, "application/json")
                .header("X-Signature", "sha256=" + WebhookSignature.sign(secret, json.getBytes(StandardCharsets.UTF_8)))
                .send();
    }

    /** A registered customer and their bearer token. */
    public record Customer(String customerId, String email, String token) {
    }
}
