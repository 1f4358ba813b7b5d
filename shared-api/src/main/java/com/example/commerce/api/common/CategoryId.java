package com.example.commerce.api.common;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Typed identifier; its {@code toString()} is the raw value, as aggregate ids and saga associations need. */
public record CategoryId(@JsonValue String value) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public CategoryId {
        Objects.requireNonNull(value, "CategoryId value");
    }

    public static CategoryId of(String value) {
        return new CategoryId(value);
    }

    public static CategoryId of(UUID value) {
        return new CategoryId(value.toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
