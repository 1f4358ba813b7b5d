package com.example.commerce.command.coupon;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.example.commerce.api.common.Money;
import com.example.commerce.api.common.OrderId;
import com.example.commerce.api.coupon.CouponCreated;
import com.example.commerce.api.coupon.CouponRedeemed;
import com.example.commerce.api.coupon.CouponReleased;
import com.example.commerce.api.coupon.CouponType;
import com.example.commerce.api.coupon.CreateCoupon;
import com.example.commerce.api.coupon.ReleaseCoupon;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A discount code. Its uses are counted per order in this one aggregate, so concurrent orders can
 * never use it more often than its limit allows.
 */
@Aggregate(snapshotTriggerDefinition = "snapshotTrigger")
public class Coupon {

    @AggregateIdentifier
    private String code;
    private CouponType type;
    private long value;
    private Money minOrderAmount;
    private Instant expiresAt;
    private Integer usageLimit;
    private Set<String> usedBy = new HashSet<>();

    protected Coupon() {
        // for Axon
    }

    @CommandHandler
    public Coupon(CreateCoupon command) {
        apply(new CouponCreated(command.code(), command.type(), command.value(), command.minOrderAmount(),
                command.expiresAt(), command.usageLimit()));
    }

    /** Counts one use by the order and answers its discount on the subtotal; refuses when the rules say no. */
    public Money redeem(OrderId orderId, Money subtotal, Instant now) {
        if (usedBy.contains(orderId.value())) {
            return discountOn(subtotal);
        }
        if (expiresAt != null && !now.isBefore(expiresAt)) {
            throw new CouponNotApplicable(code, "expired at " + expiresAt);
        }
        if (usageLimit != null && usedBy.size() >= usageLimit) {
            throw new CouponNotApplicable(code, "used up (" + usageLimit + " uses)");
        }
        if (minOrderAmount != null && subtotal.compareTo(minOrderAmount) < 0) {
            throw new CouponNotApplicable(code, "needs a subtotal of at least " + minOrderAmount + ", was " + subtotal);
        }
        Money discount = discountOn(subtotal);
        apply(new CouponRedeemed(code, orderId, discount));
        return discount;
    }

    @CommandHandler
    public void handle(ReleaseCoupon command) {
        if (usedBy.contains(command.orderId().value())) {
            apply(new CouponReleased(code, command.orderId()));
        }
    }

    @EventSourcingHandler
    void on(CouponCreated event) {
        code = event.code();
        type = event.type();
        value = event.value();
        minOrderAmount = event.minOrderAmount();
        expiresAt = event.expiresAt();
        usageLimit = event.usageLimit();
    }

    @EventSourcingHandler
    void on(CouponRedeemed event) {
        usedBy.add(event.orderId().value());
    }

    @EventSourcingHandler
    void on(CouponReleased event) {
        usedBy.remove(event.orderId().value());
    }

    private Money discountOn(Money subtotal) {
        Money discount = type == CouponType.FIXED ? Money.won(value) : Money.won(subtotal.won() * value / 100);
        return discount.min(subtotal);
    }
}
