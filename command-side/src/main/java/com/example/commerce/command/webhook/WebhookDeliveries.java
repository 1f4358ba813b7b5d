package com.example.commerce.command.webhook;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Every signed delivery is kept as it arrived, with the answer it got, for audit. A delivery whose
 * {@code eventId} was already applied on this channel is acknowledged without being applied again;
 * one that was refused may be sent again (it changed nothing the first time).
 */
@Component
public class WebhookDeliveries {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public WebhookDeliveries(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public boolean alreadyApplied(String channel, String eventId) {
        Integer count = jdbc.queryForObject(
                "SELECT COUNT(*) FROM webhook_delivery WHERE channel = ? AND event_id = ? AND outcome = 'applied'",
                Integer.class, channel, eventId);
        return count != null && count > 0;
    }

    /** Records a delivery and its outcome ({@code applied}, {@code duplicate} or the refusal's problem type). */
    public void record(String channel, String eventId, byte[] body, int status, String outcome) {
        jdbc.update("INSERT INTO webhook_delivery (channel, event_id, body, status, outcome, received_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?)",
                channel, eventId, new String(body, StandardCharsets.UTF_8), status, outcome,
                Timestamp.from(clock.instant()));
    }
}
