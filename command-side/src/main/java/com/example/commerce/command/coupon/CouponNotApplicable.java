package com.example.commerce.command.coupon;

import com.example.commerce.api.error.RuleViolation;

/** A coupon exists but cannot be used for this order: expired, used up, or the order is too small. */
public class CouponNotApplicable extends RuleViolation {

    public CouponNotApplicable(String code, String why) {
        super("coupon-not-applicable", "coupon " + code + " cannot be used: " + why);
    }
}
