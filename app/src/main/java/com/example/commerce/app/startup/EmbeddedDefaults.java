package com.example.commerce.app.startup;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Prints the embedded default's development accounts and secrets once, so a newcomer can use them at once. */
@Component
@ConditionalOnProperty(name = RequiredSettings.EMBEDDED, havingValue = "true")
public class EmbeddedDefaults {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDefaults.class);

    private final Environment environment;

    public EmbeddedDefaults(Environment environment) {
        this.environment = environment;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void print() {
        log.warn("""

                ===== Embedded default: development values, never use them in production =====
                  admin account:    {} / {}
                  auditor account:  {} / {}
                  payment webhook secret: {}
                  carrier webhook secret: {}
                  JWT signing key: generated for this start (tokens do not survive a restart)
                  database: {}
                ================================================================================""",
                get("commerce.security.admin.username"), get("commerce.security.admin.password"),
                get("commerce.security.auditor.username"), get("commerce.security.auditor.password"),
                get("commerce.webhooks.payment-secret"), get("commerce.webhooks.carrier-secret"),
                get("spring.datasource.url"));
    }

    private String get(String key) {
        return environment.getProperty(key);
    }
}
