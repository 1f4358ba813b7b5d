package com.example.commerce.api.common;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Typed identifier; its {@code toString()} is the raw value, as aggregate ids and saga associations need. */
public record OrderId(@JsonValue String value) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public OrderId {
        Objects.requireNonNull(value, "OrderId value");
    }

    public static OrderId of(String value) {
        return new OrderId(value);
    }

    public static OrderId of(UUID value) {
        return new OrderId(value.toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
