package com.example.commerce.command.idempotency;

import com.example.commerce.api.error.InvalidInput;
import com.example.commerce.api.error.RuleViolation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Runs a request once per {@code Idempotency-Key}. The key is claimed in the database before the
 * work starts, so two copies of a request racing on two nodes run it once; the answer is stored and
 * replayed to every later copy. The same key with another body is refused. A request that fails
 * with an error gives its key back: it changed nothing, so it may be sent again.
 */
@Component
public class IdempotentRequests {

    public static final int MAX_KEY_LENGTH = 100;
    /** A claim this old without an answer belongs to a node that died mid-request. */
    private static final Duration ABANDONED_AFTER = Duration.ofMinutes(2);
    private static final Duration WAIT_FOR_FIRST = Duration.ofSeconds(15);

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final Clock clock;

    public IdempotentRequests(JdbcTemplate jdbc, ObjectMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    /**
     * @param scope   who and what the key belongs to (keys of different customers never meet)
     * @param key     the client's key, or null to run without idempotency
     * @param request the request's body and path values, compared by content
     */
    public ResponseEntity<?> run(String scope, String key, Object request, Supplier<ResponseEntity<?>> work)
            throws InterruptedException {
        if (key == null) {
            return work.get();
        }
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            throw new InvalidInput("Idempotency-Key", "must be 1 to " + MAX_KEY_LENGTH + " characters");
        }
        String hash = hash(request);
        long deadline = System.nanoTime() + WAIT_FOR_FIRST.toNanos();
        while (!claim(scope, key, hash)) {
            Stored first = find(scope, key);
            if (first == null) {
                continue;
            }
            if (!first.requestHash().equals(hash)) {
                throw new RuleViolation("idempotency-key-reused",
                        "Idempotency-Key " + key + " was already used with a different request");
            }
            if (first.status() != null) {
                return first.toResponse();
            }
            if (System.nanoTime() > deadline) {
                throw new RuleViolation("idempotency-key-in-progress",
                        "a request with Idempotency-Key " + key + " is still being processed");
            }
            Thread.sleep(50);
        }
        ResponseEntity<?> answer;
        try {
            answer = work.get();
        } catch (RuntimeException failure) {
            jdbc.update("DELETE FROM idempotency_record WHERE scope = ? AND idem_key = ?", scope, key);
            throw failure;
        }
        store(scope, key, answer);
        return answer;
    }

    private boolean claim(String scope, String key, String hash) {
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.update("DELETE FROM idempotency_record WHERE scope = ? AND idem_key = ? AND status IS NULL"
                + " AND created_at < ?", scope, key, Timestamp.from(clock.instant().minus(ABANDONED_AFTER)));
        return jdbc.update("INSERT INTO idempotency_record (scope, idem_key, request_hash, created_at)"
                + " VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING", scope, key, hash, now) == 1;
    }

    private Stored find(String scope, String key) {
        List<Stored> found = jdbc.query("SELECT request_hash, status, content_type, body FROM idempotency_record"
                        + " WHERE scope = ? AND idem_key = ?",
                (rs, row) -> new Stored(rs.getString("request_hash"), (Integer) rs.getObject("status"),
                        rs.getString("content_type"), rs.getString("body")),
                scope, key);
        return found.isEmpty() ? null : found.get(0);
    }

    private void store(String scope, String key, ResponseEntity<?> answer) {
        String contentType = answer.getHeaders().getFirst(HttpHeaders.CONTENT_TYPE);
        if (contentType == null) {
            contentType = answer.getStatusCode().isError() ? "application/problem+json" : "application/json";
        }
        jdbc.update("UPDATE idempotency_record SET status = ?, content_type = ?, body = ? WHERE scope = ? AND idem_key = ?",
                answer.getStatusCode().value(), contentType, write(answer.getBody()), scope, key);
    }

    private String hash(Object request) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(write(request).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot store " + value.getClass().getSimpleName(), e);
        }
    }

    private record Stored(String requestHash, Integer status, String contentType, String body) {

        ResponseEntity<?> toResponse() {
            ResponseEntity.BodyBuilder builder = ResponseEntity.status(status);
            if (contentType != null) {
                builder.header(HttpHeaders.CONTENT_TYPE, contentType);
            }
            return builder.body(body);
        }
    }
}
