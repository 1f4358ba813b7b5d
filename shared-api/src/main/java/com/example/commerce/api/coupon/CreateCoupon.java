package com.example.commerce.api.coupon;

import com.example.commerce.api.common.Money;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** An admin creates a discount code with its rules. */
public record CreateCoupon(@TargetAggregateIdentifier String code, CouponType type, long value, Money minOrderAmount, Instant expiresAt, Integer usageLimit) {
}
