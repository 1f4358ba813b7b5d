package com.example.commerce.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.commerce.app.support.Api;
import com.example.commerce.app.support.IntegrationTest;
import com.example.commerce.app.support.Shop;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Malformed requests get clear problem responses, never a 500 or a stack trace. */
class RequestContractIT extends IntegrationTest {

    @Test
    void refusesABodyOverOneMebibyte() {
        String huge = "{\"email\":\"" + "a".repeat(1024 * 1024) + "@example.com\",\"password\":\"x\",\"name\":\"y\"}";

        Api.Response response = api.post("/api/customers").raw(huge, "application/json").send();

        assertThat(response.status()).isEqualTo(413);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void refusesAWrongContentType() {
        Api.Response response = api.post("/api/customers").raw("email=a@b.c", "text/plain").send();

        assertThat(response.status()).isEqualTo(415);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void refusesMalformedJsonWithoutAStackTrace() {
        Api.Response response = api.post("/api/customers").raw("{\"email\": \"a@b.c\", ", "application/json").send();

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().has("type")).isTrue();
        assertThat(response.text()).doesNotContain("Exception").doesNotContain("at com.");
    }

    @Test
    void namesAKnownFieldOfTheWrongType() {
        Shop.Customer customer = shop.customer();

        Api.Response response = api.post("/api/orders").token(customer.token()).body(Map.of(
                "items", List.of(Map.of("sku", "X", "quantity", "two")),
                "shippingAddress", Shop.address())).send();

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().path("errors").findValuesAsText("field")).containsExactly("items[0].quantity");
    }

    @Test
    void refusesANumberOrABooleanWhereTextIsExpected() {
        Shop.Customer customer = shop.customer();

        Api.Response booleanSku = api.post("/api/orders").token(customer.token()).body(Map.of(
                "items", List.of(Map.of("sku", false, "quantity", 1)),
                "shippingAddress", Shop.address())).send();
        Api.Response numericName = api.post("/api/customers").body(Map.of("email", "n-" + System.nanoTime() + "@example.com",
                "password", "long-enough", "name", 42)).send();

        assertThat(booleanSku.status()).isEqualTo(400);
        assertThat(booleanSku.json().path("errors").findValuesAsText("field")).containsExactly("items[0].sku");
        assertThat(numericName.status()).isEqualTo(400);
        assertThat(numericName.json().path("errors").findValuesAsText("field")).containsExactly("name");
    }

    @Test
    void ignoresUnknownFields() {
        Api.Response response = api.post("/api/customers").body(Map.of("email", "u-" + System.nanoTime() + "@example.com",
                "password", "long-enough", "name", "Lee", "favouriteColour", "teal")).send();

        assertThat(response.status()).isEqualTo(201);
    }

    @Test
    void answersUnknownPathsAndMethodsWithProblems() {
        Api.Response unknown = api.get("/api/catalog/nothing-here").send();
        Api.Response wrongMethod = api.put("/api/customers").body(Map.of()).send();

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(wrongMethod.status()).isIn(401, 405);
    }
}
