package com.example.commerce.api.common;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Typed identifier; its {@code toString()} is the raw value, as aggregate ids and saga associations need. */
public record ProductId(@JsonValue String value) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public ProductId {
        Objects.requireNonNull(value, "ProductId value");
    }

    public static ProductId of(String value) {
        return new ProductId(value);
    }

    public static ProductId of(UUID value) {
        return new ProductId(value.toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
