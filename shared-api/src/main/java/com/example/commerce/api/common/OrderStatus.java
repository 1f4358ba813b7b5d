package com.example.commerce.api.common;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The statuses an order shows to its customer, in lifecycle order. */
public enum OrderStatus {
    PENDING, PAID, SHIPPED, DELIVERED, COMPLETED, CANCELLED;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean isFinal() {
        return this == COMPLETED || this == CANCELLED;
    }

    public static OrderStatus fromWireName(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }
}
