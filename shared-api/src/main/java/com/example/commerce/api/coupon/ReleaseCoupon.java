package com.example.commerce.api.coupon;

import com.example.commerce.api.common.OrderId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The order process gives a use back: the order was given up before payment. */
public record ReleaseCoupon(@TargetAggregateIdentifier String code, OrderId orderId) {
}
