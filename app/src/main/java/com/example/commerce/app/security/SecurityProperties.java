package com.example.commerce.app.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Security settings. Outside the embedded default every secret and staff password must be set
 * ({@link com.example.commerce.app.startup.RequiredSettings}); nothing insecure is defaulted.
 *
 * @param jwtSecret     HS256 signing key (at least 32 bytes)
 * @param tokenLifetime how long an access token is valid
 * @param admin         the admin account
 * @param auditor       the auditor account
 * @param login         how failed logins are throttled
 */
@ConfigurationProperties("commerce.security")
public record SecurityProperties(String jwtSecret, Duration tokenLifetime, Account admin, Account auditor,
                                 Login login) {

    public SecurityProperties {
        tokenLifetime = tokenLifetime == null ? Duration.ofHours(1) : tokenLifetime;
        admin = admin == null ? new Account(null, null) : admin;
        auditor = auditor == null ? new Account(null, null) : auditor;
        login = login == null ? new Login(null, null, null) : login;
    }

    /** A staff account from configuration. */
    public record Account(String username, String password) {
    }

    /**
     * @param maxFailures failed logins allowed within {@code window} before the account is locked
     * @param window      how far back failures count
     * @param lockout     how long a locked account refuses logins
     */
    public record Login(Integer maxFailures, Duration window, Duration lockout) {

        public Login {
            maxFailures = maxFailures == null ? 5 : maxFailures;
            window = window == null ? Duration.ofMinutes(15) : window;
            lockout = lockout == null ? Duration.ofMinutes(5) : lockout;
        }
    }
}
