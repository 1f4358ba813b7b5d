package com.example.commerce.api.coupon;

import com.example.commerce.api.common.OrderId;

/** An order's use of the coupon was given back. */
public record CouponReleased(String code, OrderId orderId) implements CouponEvent {
}
