package com.example.commerce.api.common;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Typed identifier; its {@code toString()} is the raw value, as aggregate ids and saga associations need. */
public record ShipmentId(@JsonValue String value) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public ShipmentId {
        Objects.requireNonNull(value, "ShipmentId value");
    }

    public static ShipmentId of(String value) {
        return new ShipmentId(value);
    }

    public static ShipmentId of(UUID value) {
        return new ShipmentId(value.toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
