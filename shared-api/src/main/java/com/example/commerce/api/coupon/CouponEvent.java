package com.example.commerce.api.coupon;

/** Every event of a Coupon; sealed so that projections can switch over them exhaustively. */
public sealed interface CouponEvent
        permits CouponCreated,
                CouponRedeemed,
                CouponReleased {

    String code();
}
