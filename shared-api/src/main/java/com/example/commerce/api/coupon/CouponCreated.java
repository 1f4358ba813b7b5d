package com.example.commerce.api.coupon;

import com.example.commerce.api.common.Money;
import java.time.Instant;

/** A discount code was created. */
public record CouponCreated(String code, CouponType type, long value, Money minOrderAmount, Instant expiresAt, Integer usageLimit) implements CouponEvent {
}
