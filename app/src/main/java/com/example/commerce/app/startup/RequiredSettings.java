package com.example.commerce.app.startup;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Secrets and staff passwords have no defaults. In the embedded default ({@code commerce.embedded},
 * set by application-default.yml) the JWT key is generated for each start and the rest come from
 * printed dev values; anywhere else a missing one stops the start with a message naming its key.
 */
public class RequiredSettings implements EnvironmentPostProcessor, Ordered {

    static final String EMBEDDED = "commerce.embedded";
    static final String JWT_SECRET = "commerce.security.jwt-secret";
    static final List<String> REQUIRED = List.of(
            "commerce.security.admin.username", "commerce.security.admin.password",
            "commerce.security.auditor.username", "commerce.security.auditor.password",
            "commerce.webhooks.payment-secret", "commerce.webhooks.carrier-secret");
    private static final int MIN_JWT_SECRET_BYTES = 32;

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        boolean embedded = environment.getProperty(EMBEDDED, Boolean.class, false);
        boolean externalIssuer = !environment.getProperty(
                "spring.security.oauth2.resourceserver.jwt.issuer-uri", "").isBlank();
        if (embedded && isBlank(environment.getProperty(JWT_SECRET))) {
            environment.getPropertySources().addFirst(new MapPropertySource("generated-jwt-secret",
                    Map.of(JWT_SECRET, randomSecret())));
        }
        List<String> missing = new ArrayList<>();
        REQUIRED.stream().filter(key -> isBlank(environment.getProperty(key))).forEach(missing::add);
        String jwtSecret = environment.getProperty(JWT_SECRET);
        if (!externalIssuer && isBlank(jwtSecret)) {
            missing.add(JWT_SECRET);
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("Missing required setting(s): " + String.join(", ", missing)
                    + ". Set each as an environment variable (e.g. COMMERCE_SECURITY_JWT_SECRET) or --key=value;"
                    + " only the embedded default (no profile) generates development values.");
        }
        if (!externalIssuer && jwtSecret.getBytes(StandardCharsets.UTF_8).length < MIN_JWT_SECRET_BYTES) {
            throw new IllegalStateException(JWT_SECRET + " must be at least " + MIN_JWT_SECRET_BYTES
                    + " bytes long for HS256");
        }
    }

    @Override
    public int getOrder() {
        // After the config files have been read.
        return Ordered.LOWEST_PRECEDENCE;
    }

    private static String randomSecret() {
        byte[] bytes = new byte[48];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
