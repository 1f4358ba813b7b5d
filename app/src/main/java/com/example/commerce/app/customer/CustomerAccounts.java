package com.example.commerce.app.customer;

import com.example.commerce.api.common.CustomerId;
import com.example.commerce.api.error.RuleViolation;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Customer accounts in a plain table, not in the event store: an e-mail address, a name and a
 * password hash are personal data that must be correctable and erasable, which an append-only log
 * is not. Events name customers by their opaque id only (see docs/decisions.md).
 */
@Component
public class CustomerAccounts {

    private final JdbcTemplate jdbc;
    private final PasswordEncoder passwords;
    private final Clock clock;

    public CustomerAccounts(JdbcTemplate jdbc, PasswordEncoder passwords, Clock clock) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.clock = clock;
    }

    public CustomerId register(String email, String password, String name) {
        CustomerId customerId = CustomerId.of(UUID.randomUUID());
        int inserted = jdbc.update("INSERT INTO customer (customer_id, email, name, password_hash, created_at)"
                        + " VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                customerId.value(), normalized(email), name.strip(), passwords.encode(password),
                Timestamp.from(clock.instant()));
        if (inserted == 0) {
            throw new RuleViolation("duplicate-email", "an account with this e-mail address already exists");
        }
        return customerId;
    }

    public Optional<Credentials> credentials(String email) {
        List<Credentials> found = jdbc.query("SELECT customer_id, password_hash FROM customer WHERE email = ?",
                (rs, row) -> new Credentials(CustomerId.of(rs.getString(1)), rs.getString(2)), normalized(email));
        return found.stream().findFirst();
    }

    public Optional<Profile> profile(CustomerId customerId) {
        List<Profile> found = jdbc.query("SELECT customer_id, email, name FROM customer WHERE customer_id = ?",
                (rs, row) -> new Profile(rs.getString(1), rs.getString(2), rs.getString(3)), customerId.value());
        return found.stream().findFirst();
    }

    private static String normalized(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    /** What a login checks. */
    public record Credentials(CustomerId customerId, String passwordHash) {
    }

    /** What a customer sees of their own account. */
    public record Profile(String customerId, String email, String name) {
    }
}
