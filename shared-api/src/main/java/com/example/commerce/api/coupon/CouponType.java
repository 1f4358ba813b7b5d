package com.example.commerce.api.coupon;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How a coupon's value is read: won off, or percent of the subtotal off. */
public enum CouponType {
    FIXED, PERCENT;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
