package com.example.commerce.query.coupon;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * A coupon as an admin sees it; {@code timesUsed} counts uses by orders not cancelled before
 * payment. The optional terms are shown as null when the coupon has none.
 */
public record CouponView(String code, String type, long value,
                         @JsonInclude(JsonInclude.Include.ALWAYS) Long minOrderAmount,
                         @JsonInclude(JsonInclude.Include.ALWAYS) Instant expiresAt,
                         @JsonInclude(JsonInclude.Include.ALWAYS) Integer usageLimit,
                         int timesUsed) {
}
