package com.example.commerce.api.coupon;

import com.example.commerce.api.common.Money;
import com.example.commerce.api.common.OrderId;

/** An order used the coupon; one use is counted. */
public record CouponRedeemed(String code, OrderId orderId, Money discount) implements CouponEvent {
}
