package com.example.commerce.api.common;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Typed identifier; its {@code toString()} is the raw value, as aggregate ids and saga associations need. */
public record PaymentId(@JsonValue String value) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public PaymentId {
        Objects.requireNonNull(value, "PaymentId value");
    }

    public static PaymentId of(String value) {
        return new PaymentId(value);
    }

    public static PaymentId of(UUID value) {
        return new PaymentId(value.toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
