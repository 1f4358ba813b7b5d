package com.example.commerce.command.coupon;

import com.example.commerce.api.common.Money;
import com.example.commerce.api.common.OrderId;
import com.example.commerce.api.coupon.CouponCreated;
import com.example.commerce.api.coupon.CouponRedeemed;
import com.example.commerce.api.coupon.CouponReleased;
import com.example.commerce.api.coupon.CouponType;
import com.example.commerce.api.coupon.CreateCoupon;
import java.time.Instant;

/** The object mother of coupons: a code with its rules, as created by an admin. Defaults: no limits at all. */
public final class Coupons {

    public static final String CODE = "WELCOME10";

    private final CouponType type;
    private final long value;
    private Money minOrderAmount;
    private Instant expiresAt;
    private Integer usageLimit;

    private Coupons(CouponType type, long value) {
        this.type = type;
        this.value = value;
    }

    /** Takes this many won off. */
    public static Coupons fixed(long won) {
        return new Coupons(CouponType.FIXED, won);
    }

    /** Takes this percent of the subtotal off. */
    public static Coupons percent(long percent) {
        return new Coupons(CouponType.PERCENT, percent);
    }

    public Coupons withMinimum(Money minOrderAmount) {
        this.minOrderAmount = minOrderAmount;
        return this;
    }

    public Coupons expiringAt(Instant expiresAt) {
        this.expiresAt = expiresAt;
        return this;
    }

    public Coupons usableTimes(int usageLimit) {
        this.usageLimit = usageLimit;
        return this;
    }

    public CreateCoupon create() {
        return new CreateCoupon(CODE, type, value, minOrderAmount, expiresAt, usageLimit);
    }

    public CouponCreated created() {
        return new CouponCreated(CODE, type, value, minOrderAmount, expiresAt, usageLimit);
    }

    public static CouponRedeemed redeemed(OrderId orderId, Money discount) {
        return new CouponRedeemed(CODE, orderId, discount);
    }

    public static CouponReleased released(OrderId orderId) {
        return new CouponReleased(CODE, orderId);
    }
}
