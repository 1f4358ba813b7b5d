package com.example.commerce.api.order;

import com.example.commerce.api.common.Money;
import java.util.List;

/**
 * What an order costs: {@code total = subtotal - discount + shippingFee}; {@code tax} is the VAT already
 * included in the total (10/110 of it, rounded down).
 */
public record OrderAmounts(Money subtotal, Money shippingFee, Money discount, Money tax, Money total) {

    /** The shop's pricing rules: a flat shipping fee, waived from a threshold of discounted subtotal. */
    public static OrderAmounts of(List<OrderLine> lines, Money discount, Money shippingFee, Money freeShippingThreshold) {
        Money subtotal = lines.stream().map(OrderLine::subtotal).reduce(Money.ZERO, Money::plus);
        Money cappedDiscount = discount.min(subtotal);
        Money discounted = subtotal.minus(cappedDiscount);
        Money fee = discounted.compareTo(freeShippingThreshold) >= 0 ? Money.ZERO : shippingFee;
        Money total = discounted.plus(fee);
        Money tax = Money.won(total.won() * 10 / 110);
        return new OrderAmounts(subtotal, fee, cappedDiscount, tax, total);
    }
}
