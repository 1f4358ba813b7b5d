package com.example.commerce.app.startup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.commerce.app.CommerceApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** Outside the embedded default nothing secret is defaulted: a missing one stops the start and is named. */
class RequiredSettingsTest {

    @Test
    void stopsAPostgresStartWithoutSecretsNamingEachMissingKey() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(CommerceApplication.class)
                .run("--spring.profiles.active=postgres", "--server.port=0"))
                .hasMessageContaining("commerce.security.jwt-secret")
                .hasMessageContaining("commerce.security.admin.password")
                .hasMessageContaining("commerce.webhooks.payment-secret")
                .hasMessageContaining("commerce.webhooks.carrier-secret");
    }

    @Test
    void refusesAJwtSecretTooShortForHs256() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(CommerceApplication.class).run(
                "--spring.profiles.active=postgres", "--server.port=0",
                "--commerce.security.jwt-secret=short",
                "--commerce.security.admin.username=a", "--commerce.security.admin.password=b",
                "--commerce.security.auditor.username=c", "--commerce.security.auditor.password=d",
                "--commerce.webhooks.payment-secret=e", "--commerce.webhooks.carrier-secret=f"))
                .hasMessageContaining("at least 32 bytes");
    }

    @Test
    void namesOnlyWhatIsMissing() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(CommerceApplication.class).run(
                "--spring.profiles.active=postgres", "--server.port=0",
                "--commerce.security.jwt-secret=a-signing-key-that-is-long-enough-for-hs256",
                "--commerce.security.admin.username=a", "--commerce.security.admin.password=b",
                "--commerce.security.auditor.username=c", "--commerce.security.auditor.password=d",
                "--commerce.webhooks.payment-secret=e"))
                .satisfies(failure -> assertThat(failure.getMessage())
                        .contains("commerce.webhooks.carrier-secret")
                        .doesNotContain("commerce.security.jwt-secret"));
    }
}
