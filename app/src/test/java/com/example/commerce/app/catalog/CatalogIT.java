package com.example.commerce.app.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.commerce.app.support.Api;
import com.example.commerce.app.support.Concurrently;
import com.example.commerce.app.support.IntegrationTest;
import com.example.commerce.app.support.Shop;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** The catalog as admins build it and shoppers browse it. */
class CatalogIT extends IntegrationTest {

    @Test
    void showsAProductToThePublicOnlyWhileItIsActive() {
        String admin = shop.adminToken();
        String sku = Shop.newSku();
        Api.Response created = api.post("/api/admin/products").token(admin).body(Map.of(
                "name", "Wool scarf " + sku, "description", "Warm", "basePrice", 25000,
                "variants", List.of(Map.of("sku", sku, "name", "Grey", "attributes", Map.of("color", "grey"),
                        "price", 25000, "weightGrams", 180)))).send();
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.at("/status")).isEqualTo("draft");
        assertThat(created.at("/variants/0/sku")).isEqualTo(sku);
        String productId = created.at("/productId");

        assertThat(api.get("/api/catalog/products/" + productId).send().status()).isEqualTo(404);
        assertThat(api.post("/api/admin/products/" + productId + "/activate").token(admin).send().status()).isEqualTo(200);
        Awaitility.await().atMost(Duration.ofSeconds(5))
                .until(() -> api.get("/api/catalog/products/" + productId).send().status() == 200);
        Api.Response shown = api.get("/api/catalog/products/" + productId).send();
        assertThat(shown.at("/variants/0/attributes/color")).isEqualTo("grey");
        assertThat(shown.json().at("/variants/0/available").asInt()).isZero();

        assertThat(api.post("/api/admin/products/" + productId + "/archive").token(admin).send().status()).isEqualTo(200);
        Awaitility.await().atMost(Duration.ofSeconds(5))
                .until(() -> api.get("/api/catalog/products/" + productId).send().status() == 404);
        assertThat(api.post("/api/admin/products/" + productId + "/activate").token(admin).send().status()).isEqualTo(409);
    }

    @Test
    void searchesFiltersSortsAndPagesActiveProducts() {
        String admin = shop.adminToken();
        String categoryId = api.post("/api/admin/categories").token(admin).body(Map.of("name", "Socks")).send()
                .at("/categoryId");
        String marker = UUID.randomUUID().toString().substring(0, 8);
        for (long price : new long[] {3000, 1000, 2000}) {
            String sku = Shop.newSku();
            String productId = api.post("/api/admin/products").token(admin).body(Map.of(
                    "name", "Sock " + marker + " " + price, "categoryId", categoryId, "basePrice", price,
                    "variants", List.of(Map.of("sku", sku, "name", "One size", "price", price)))).send().at("/productId");
            api.post("/api/admin/products/" + productId + "/activate").token(admin).send();
        }

        Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> api.get("/api/catalog/products?q="
                + marker.toUpperCase() + "&categoryId=" + categoryId).send().json().path("totalItems").asInt() == 3);
        JsonNode page = api.get("/api/catalog/products?q=" + marker + "&sort=price,desc&page=0&size=2").send().json();

        assertThat(page.path("items").findValuesAsText("basePrice")).containsExactly("3000", "2000");
        assertThat(page.path("totalPages").asInt()).isEqualTo(2);
        assertThat(page.path("size").asInt()).isEqualTo(2);
        assertThat(api.get("/api/catalog/products?size=1000").send().json().path("size").asInt()).isEqualTo(100);
        assertThat(api.get("/api/catalog/products?sort=colour").send().status()).isEqualTo(400);
        assertThat(api.get("/api/catalog/categories").send().json().findValuesAsText("categoryId")).contains(categoryId);
    }

    @Test
    void refusesASkuThatAnotherProductUses() {
        String sku = Shop.newSku();
        shop.productWithStock(sku, 1000, 0);

        Api.Response duplicate = api.post("/api/admin/products").token(shop.adminToken()).body(Map.of(
                "name", "Copy", "basePrice", 1000, "variants", List.of(Map.of("sku", sku, "name", "x", "price", 1000))))
                .send();

        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.at("/type")).endsWith("/duplicate-sku");
    }

    @Test
    void acceptsOnlyOneOfTwoProductsCreatedAtOnceWithTheSameSku() throws Exception {
        String admin = shop.adminToken();
        String sku = Shop.newSku();
        Callable<Integer> create = () -> api.post("/api/admin/products").token(admin).body(Map.of(
                "name", "Race", "basePrice", 1000, "variants", List.of(Map.of("sku", sku, "name", "x", "price", 1000))))
                .send().status();

        List<Integer> statuses = Concurrently.run(List.of(create, create, create, create));

        assertThat(statuses).containsOnly(201, 409).filteredOn(status -> status == 201).hasSize(1);
    }

    @Test
    void keepsThePriceAnOrderWasPlacedAt() {
        String sku = Shop.newSku();
        String productId = shop.productWithStock(sku, 10000, 5);
        Shop.Customer customer = shop.customer();
        String before = shop.pendingOrder(customer, sku, 1);

        Api.Response repriced = api.put("/api/admin/products/" + productId + "/variants/" + sku + "/price")
                .token(shop.adminToken()).body(Map.of("price", 12000)).send();
        assertThat(repriced.status()).isEqualTo(200);
        Api.Response after = shop.placeOrder(customer, sku, 1);

        assertThat(after.json().at("/items/0/unitPrice").asLong()).isEqualTo(12000);
        assertThat(shop.awaitStatus(before, "pending").json().at("/items/0/unitPrice").asLong()).isEqualTo(10000);
        Awaitility.await().atMost(Duration.ofSeconds(5)).until(() ->
                api.get("/api/catalog/products/" + productId).send().json().at("/variants/0/price").asLong() == 12000);
    }

    @Test
    void restocksOnlyKnownSkus() {
        String sku = Shop.newSku();
        shop.productWithStock(sku, 1000, 0);
        String admin = shop.adminToken();

        Api.Response restocked = api.post("/api/admin/inventory/" + sku + "/restock").token(admin)
                .body(Map.of("quantity", 7)).send();

        assertThat(restocked.status()).isEqualTo(200);
        assertThat(restocked.json().path("onHand").asInt()).isEqualTo(7);
        assertThat(restocked.json().path("available").asInt()).isEqualTo(7);
        assertThat(api.post("/api/admin/inventory/NO-SUCH-SKU/restock").token(admin).body(Map.of("quantity", 1))
                .send().status()).isEqualTo(404);
        assertThat(api.post("/api/admin/inventory/" + sku + "/restock").token(admin).body(Map.of("quantity", 0))
                .send().status()).isEqualTo(400);
        Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> shop.stock(sku).json().path("onHand").asInt() == 7);
    }
}
