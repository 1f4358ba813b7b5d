package com.example.commerce.command.webhook;

import com.example.commerce.api.error.DomainException;
import com.example.commerce.api.error.InvalidInput;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.util.Comparator;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * The one path of every inbound webhook: check the signature on the raw bytes, read and validate
 * the body, acknowledge a replayed event without applying it, apply it, and keep the delivery.
 */
@Component
public class WebhookReceiver {

    private final ObjectMapper json;
    private final Validator validator;
    private final WebhookDeliveries deliveries;

    public WebhookReceiver(ObjectMapper json, Validator validator, WebhookDeliveries deliveries) {
        this.json = json;
        this.validator = validator;
        this.deliveries = deliveries;
    }

    public <T> Map<String, String> receive(String channel, String secret, byte[] body, String signature,
                                           Class<T> type, Function<T, String> eventId, Consumer<T> apply) {
        if (!WebhookSignature.isValid(secret, body, signature)) {
            throw new InvalidSignature();
        }
        T delivery = read(body, type);
        String id = eventId.apply(delivery);
        if (deliveries.alreadyApplied(channel, id)) {
            deliveries.record(channel, id, body, 200, "duplicate");
            return Map.of("eventId", id, "outcome", "duplicate");
        }
        try {
            apply.accept(delivery);
        } catch (DomainException refused) {
            deliveries.record(channel, id, body, statusOf(refused), refused.type());
            throw refused;
        }
        deliveries.record(channel, id, body, 200, "applied");
        return Map.of("eventId", id, "outcome", "applied");
    }

    private <T> T read(byte[] body, Class<T> type) {
        T delivery;
        try {
            delivery = json.readValue(body, type);
        } catch (IOException e) {
            throw new InvalidInput("body", "the body is not a valid " + type.getSimpleName() + " delivery");
        }
        if (delivery == null) {
            throw new InvalidInput("body", "the body is empty");
        }
        Set<ConstraintViolation<T>> violations = validator.validate(delivery);
        violations.stream().min(Comparator.comparing(v -> v.getPropertyPath().toString())).ifPresent(v -> {
            throw new InvalidInput(v.getPropertyPath().toString(), v.getMessage());
        });
        return delivery;
    }

    private static int statusOf(DomainException refused) {
        return switch (refused.kind()) {
            case INVALID -> 400;
            case UNAUTHORIZED -> 401;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
        };
    }
}
