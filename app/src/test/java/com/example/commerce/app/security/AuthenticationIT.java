package com.example.commerce.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.commerce.app.support.Api;
import com.example.commerce.app.support.IntegrationTest;
import com.example.commerce.app.support.Shop;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Accounts, tokens and roles as a frontend meets them. */
class AuthenticationIT extends IntegrationTest {

    @Test
    void registersACustomerWhoCanLogInAndSeeTheirProfile() {
        String email = "Mina." + UUID.randomUUID() + "@Example.com";
        Api.Response registered = api.post("/api/customers")
                .body(Map.of("email", email, "password", "correct-horse", "name", "Mina")).send();
        assertThat(registered.status()).isEqualTo(201);

        String token = shop.login(email.toLowerCase(), "correct-horse");
        Api.Response me = api.get("/api/customers/me").token(token).send();

        assertThat(me.status()).isEqualTo(200);
        assertThat(me.at("/customerId")).isEqualTo(registered.at("/customerId"));
        assertThat(me.at("/email")).isEqualTo(email.toLowerCase());
        assertThat(me.at("/name")).isEqualTo("Mina");
        assertThat(me.text()).doesNotContain("password");
    }

    @Test
    void refusesASecondAccountWithTheSameEmail() {
        Shop.Customer first = shop.customer();

        Api.Response second = api.post("/api/customers")
                .body(Map.of("email", first.email().toUpperCase(), "password", "another-pass", "name", "Copy")).send();

        assertThat(second.status()).isEqualTo(409);
        assertThat(second.contentType()).startsWith("application/problem+json");
        assertThat(second.at("/type")).endsWith("/duplicate-email");
    }

    @Test
    void listsEachInvalidFieldOfARegistration() {
        Api.Response invalid = api.post("/api/customers")
                .body(Map.of("email", "not-an-email", "password", "short", "name", "X")).send();

        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.contentType()).startsWith("application/problem+json");
        assertThat(invalid.json().path("errors").findValuesAsText("field")).contains("email", "password");
    }

    @Test
    void refusesAWrongPasswordWithoutSayingWhichPartWasWrong() {
        Shop.Customer customer = shop.customer();

        Api.Response wrongPassword = api.post("/api/auth/token")
                .body(Map.of("username", customer.email(), "password", "wrong-password")).send();
        Api.Response unknownUser = api.post("/api/auth/token")
                .body(Map.of("username", "nobody-" + UUID.randomUUID() + "@example.com", "password", "whatever1")).send();

        assertThat(wrongPassword.status()).isEqualTo(401);
        assertThat(unknownUser.status()).isEqualTo(401);
        assertThat(wrongPassword.at("/detail")).isEqualTo(unknownUser.at("/detail"));
    }

    @Test
    void issuesBearerTokensWithTheirLifetime() {
        Api.Response token = api.post("/api/auth/token")
                .body(Map.of("username", ADMIN, "password", ADMIN_PASSWORD)).send();

        assertThat(token.status()).isEqualTo(200);
        assertThat(token.at("/tokenType")).isEqualTo("Bearer");
        assertThat(token.json().path("expiresIn").asLong()).isEqualTo(3600);
    }

    @Test
    void refusesAnExpiredToken() throws JOSEException {
        String expired = sign(claims(Caller.CUSTOMER).expirationTime(Date.from(Instant.now().minusSeconds(5))).build());

        assertThat(api.get("/api/customers/me").token(expired).send().status()).isEqualTo(401);
    }

    @Test
    void refusesATokenWithATamperedSignatureOrPayload() throws JOSEException {
        String valid = sign(claims(Caller.CUSTOMER).build());
        String[] parts = valid.split("\\.");
        String otherSignature = parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse();
        String elevated = parts[0] + "." + base64("{\"sub\":\"x\",\"iss\":\"commerce\",\"roles\":[\"ADMIN\"],\"exp\":"
                + (Instant.now().getEpochSecond() + 600) + "}") + "." + parts[2];

        assertThat(api.get("/api/customers/me").token(otherSignature).send().status()).isEqualTo(401);
        assertThat(api.get("/api/admin/inventory/ANY").token(elevated).send().status()).isEqualTo(401);
    }

    @Test
    void refusesAnUnsignedToken() {
        String unsigned = base64("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "."
                + base64("{\"sub\":\"admin\",\"iss\":\"commerce\",\"roles\":[\"ADMIN\"],\"exp\":"
                + (Instant.now().getEpochSecond() + 600) + "}") + ".";

        assertThat(api.get("/api/admin/inventory/ANY").token(unsigned).send().status()).isEqualTo(401);
    }

    @Test
    void refusesGarbageAndMissingTokens() {
        assertThat(api.get("/api/customers/me").token("not-a-jwt").send().status()).isEqualTo(401);
        Api.Response anonymous = api.get("/api/customers/me").send();
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.contentType()).startsWith("application/problem+json");
    }

    @Test
    void keepsCustomersAndAuditorsOutOfAdminEndpoints() {
        Api.Response asCustomer = api.post("/api/admin/categories").token(shop.customer().token())
                .body(Map.of("name", "Bags")).send();
        Api.Response asAuditor = api.post("/api/admin/categories").token(shop.auditorToken())
                .body(Map.of("name", "Bags")).send();

        assertThat(asCustomer.status()).isEqualTo(403);
        assertThat(asCustomer.contentType()).startsWith("application/problem+json");
        assertThat(asAuditor.status()).isEqualTo(403);
    }

    @Test
    void answersAnotherCustomersOrderAsNotFound() {
        String sku = Shop.newSku();
        shop.productWithStock(sku, 5000, 5);
        String orderId = shop.pendingOrder(shop.customer(), sku, 1);
        Shop.Customer stranger = shop.customer();

        Api.Response cancel = api.post("/api/orders/" + orderId + "/cancel").token(stranger.token()).body(Map.of()).send();
        Api.Response pay = shop.pay(stranger, orderId, "tok_ok");

        assertThat(cancel.status()).isEqualTo(404);
        assertThat(pay.status()).isEqualTo(404);
        assertThat(cancel.text()).doesNotContain(stranger.customerId());
    }

    @Test
    void slowsDownPasswordGuessingPerAccount() {
        Shop.Customer victim = shop.customer();
        for (int attempt = 0; attempt < 5; attempt++) {
            assertThat(api.post("/api/auth/token")
                    .body(Map.of("username", victim.email(), "password", "guess-" + attempt)).send().status())
                    .isEqualTo(401);
        }

        Api.Response throttled = api.post("/api/auth/token")
                .body(Map.of("username", victim.email(), "password", "password-123")).send();
        Api.Response someoneElse = api.post("/api/auth/token")
                .body(Map.of("username", shop.customer().email(), "password", "password-123")).send();

        assertThat(throttled.status()).isEqualTo(429);
        assertThat(Long.parseLong(throttled.header("Retry-After"))).isPositive();
        assertThat(someoneElse.status()).isEqualTo(200);
    }

    private enum Caller { CUSTOMER }

    private static JWTClaimsSet.Builder claims(Caller role) {
        return new JWTClaimsSet.Builder().subject(UUID.randomUUID().toString()).issuer("commerce")
                .claim("roles", List.of(role.name())).expirationTime(Date.from(Instant.now().plusSeconds(600)));
    }

    private static String sign(JWTClaimsSet claims) throws JOSEException {
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        jwt.sign(new MACSigner(JWT_SECRET.getBytes(StandardCharsets.UTF_8)));
        return jwt.serialize();
    }

    private static String base64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
