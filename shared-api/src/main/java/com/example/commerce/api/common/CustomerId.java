package com.example.commerce.api.common;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Typed identifier; its {@code toString()} is the raw value, as aggregate ids and saga associations need. */
public record CustomerId(@JsonValue String value) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public CustomerId {
        Objects.requireNonNull(value, "CustomerId value");
    }

    public static CustomerId of(String value) {
        return new CustomerId(value);
    }

    public static CustomerId of(UUID value) {
        return new CustomerId(value.toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
