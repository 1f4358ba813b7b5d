package com.example.commerce.app.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing per account: after too many failures within a window the account refuses
 * every login, right or wrong, for a while. Kept in the database, so all nodes count together.
 */
@Component
public class LoginThrottle {

    private final JdbcTemplate jdbc;
    private final SecurityProperties.Login rules;
    private final Clock clock;

    public LoginThrottle(JdbcTemplate jdbc, SecurityProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.rules = properties.login();
        this.clock = clock;
    }

    /** How long the account still refuses logins, if it is locked. */
    public Optional<Duration> lockedFor(String username) {
        List<Timestamp> lockedUntil = jdbc.queryForList(
                "SELECT locked_until FROM login_throttle WHERE username = ? AND locked_until IS NOT NULL",
                Timestamp.class, key(username));
        Instant now = clock.instant();
        return lockedUntil.stream().map(Timestamp::toInstant).filter(now::isBefore)
                .map(until -> Duration.between(now, until)).findFirst();
    }

    public void recordFailure(String username) {
        String key = key(username);
        Instant now = clock.instant();
        jdbc.update("INSERT INTO login_throttle (username, failures, window_started_at) VALUES (?, 0, ?)"
                + " ON CONFLICT DO NOTHING", key, Timestamp.from(now));
        jdbc.update("UPDATE login_throttle SET failures = CASE WHEN window_started_at < ? THEN 1 ELSE failures + 1 END,"
                        + " window_started_at = CASE WHEN window_started_at < ? THEN ? ELSE window_started_at END"
                        + " WHERE username = ?",
                Timestamp.from(now.minus(rules.window())), Timestamp.from(now.minus(rules.window())),
                Timestamp.from(now), key);
        jdbc.update("UPDATE login_throttle SET locked_until = ?, failures = 0, window_started_at = ?"
                        + " WHERE username = ? AND failures >= ?",
                Timestamp.from(now.plus(rules.lockout())), Timestamp.from(now), key, rules.maxFailures());
    }

    public void reset(String username) {
        jdbc.update("DELETE FROM login_throttle WHERE username = ?", key(username));
    }

    private static String key(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }
}
