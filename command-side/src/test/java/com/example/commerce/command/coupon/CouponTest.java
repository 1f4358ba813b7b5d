package com.example.commerce.command.coupon;

import static com.example.commerce.command.coupon.Coupons.CODE;
import static com.example.commerce.command.coupon.Coupons.redeemed;
import static com.example.commerce.command.coupon.Coupons.released;
import static org.assertj.core.api.Assertions.assertThat;

import com.example.commerce.api.common.Money;
import com.example.commerce.api.common.OrderId;
import com.example.commerce.api.coupon.ReleaseCoupon;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

/**
 * A discount code: its rules, its discount and its uses counted per order. Redemption is invoked
 * on the aggregate directly, as {@code OrderCommandHandler} does in the placing transaction.
 */
class CouponTest {

    private static final Instant NOW = Instant.parse("2026-11-24T01:00:00Z");
    private static final OrderId ORDER = OrderId.of("order-1");
    private static final OrderId OTHER_ORDER = OrderId.of("order-2");
    private static final Money SUBTOTAL = Money.won(39000);

    private final FixtureConfiguration<Coupon> fixture = new AggregateTestFixture<>(Coupon.class);
    private final AtomicReference<Money> discount = new AtomicReference<>();

    @Test
    void isCreatedWithItsRules() {
        Coupons coupon = Coupons.percent(10).withMinimum(Money.won(30000)).expiringAt(NOW).usableTimes(100);

        fixture.givenNoPriorActivity()
                .when(coupon.create())
                .expectEvents(coupon.created());
    }

    @Test
    void takesAFixedAmountOff() {
        fixture.given(Coupons.fixed(5000).created())
                .whenInvoking(CODE, c -> discount.set(c.redeem(ORDER, SUBTOTAL, NOW)))
                .expectEvents(redeemed(ORDER, Money.won(5000)));

        assertThat(discount).hasValue(Money.won(5000));
    }

    @Test
    void takesAPercentOfTheSubtotalOffRoundedDown() {
        fixture.given(Coupons.percent(15).created())
                .whenInvoking(CODE, c -> discount.set(c.redeem(ORDER, Money.won(9999), NOW)))
                .expectEvents(redeemed(ORDER, Money.won(1499)));

        assertThat(discount).hasValue(Money.won(1499));
    }

    @Test
    void neverTakesMoreThanTheSubtotalOffWithAFixedCoupon() {
        fixture.given(Coupons.fixed(50000).created())
                .whenInvoking(CODE, c -> discount.set(c.redeem(ORDER, SUBTOTAL, NOW)))
                .expectEvents(redeemed(ORDER, SUBTOTAL));

        assertThat(discount).hasValue(SUBTOTAL);
    }

    @Test
    void neverTakesMoreThanTheSubtotalOffWithAPercentCoupon() {
        fixture.given(Coupons.percent(150).created())
                .whenInvoking(CODE, c -> discount.set(c.redeem(ORDER, SUBTOTAL, NOW)))
                .expectEvents(redeemed(ORDER, SUBTOTAL));

        assertThat(discount).hasValue(SUBTOTAL);
    }

    @Test
    void refusesAnOrderOnceUsedUp() {
        fixture.given(Coupons.fixed(5000).usableTimes(1).created(), redeemed(OTHER_ORDER, Money.won(5000)))
                .whenInvoking(CODE, c -> c.redeem(ORDER, SUBTOTAL, NOW))
                .expectException(CouponNotApplicable.class)
                .expectExceptionMessage("coupon " + CODE + " cannot be used: used up (1 uses)")
                .expectNoEvents();
    }

    @Test
    void isUsableUpToItsLimit() {
        fixture.given(Coupons.fixed(5000).usableTimes(2).created(), redeemed(OTHER_ORDER, Money.won(5000)))
                .whenInvoking(CODE, c -> c.redeem(ORDER, SUBTOTAL, NOW))
                .expectEvents(redeemed(ORDER, Money.won(5000)));
    }

    @Test
    void refusesAnOrderFromTheMomentItExpires() {
        fixture.given(Coupons.fixed(5000).expiringAt(NOW).created())
                .whenInvoking(CODE, c -> c.redeem(ORDER, SUBTOTAL, NOW))
                .expectException(CouponNotApplicable.class)
                .expectNoEvents();
    }

    @Test
    void isUsableUntilJustBeforeItExpires() {
        fixture.given(Coupons.fixed(5000).expiringAt(NOW.plus(Duration.ofMillis(1))).created())
                .whenInvoking(CODE, c -> c.redeem(ORDER, SUBTOTAL, NOW))
                .expectEvents(redeemed(ORDER, Money.won(5000)));
    }

    @Test
    void refusesASubtotalBelowItsMinimum() {
        fixture.given(Coupons.fixed(5000).withMinimum(Money.won(39001)).created())
                .whenInvoking(CODE, c -> c.redeem(ORDER, SUBTOTAL, NOW))
                .expectException(CouponNotApplicable.class)
                .expectNoEvents();
    }

    @Test
    void acceptsASubtotalOfExactlyItsMinimum() {
        fixture.given(Coupons.fixed(5000).withMinimum(SUBTOTAL).created())
                .whenInvoking(CODE, c -> c.redeem(ORDER, SUBTOTAL, NOW))
                .expectEvents(redeemed(ORDER, Money.won(5000)));
    }

    @Test
    void countsTheSameOrdersUseOnce() {
        fixture.given(Coupons.fixed(5000).usableTimes(1).created(), redeemed(ORDER, Money.won(5000)))
                .whenInvoking(CODE, c -> discount.set(c.redeem(ORDER, SUBTOTAL, NOW)))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();

        assertThat(discount).hasValue(Money.won(5000));
    }

    @Test
    void givesAUseBack() {
        fixture.given(Coupons.fixed(5000).usableTimes(1).created(), redeemed(ORDER, Money.won(5000)))
                .when(new ReleaseCoupon(CODE, ORDER))
                .expectEvents(released(ORDER));
    }

    @Test
    void isUsableAgainAfterAUseWasGivenBack() {
        fixture.given(Coupons.fixed(5000).usableTimes(1).created(), redeemed(ORDER, Money.won(5000)), released(ORDER))
                .whenInvoking(CODE, c -> c.redeem(OTHER_ORDER, SUBTOTAL, NOW))
                .expectEvents(redeemed(OTHER_ORDER, Money.won(5000)));
    }

    @Test
    void givesBackNothingForAnOrderThatDidNotUseIt() {
        fixture.given(Coupons.fixed(5000).created(), redeemed(OTHER_ORDER, Money.won(5000)))
                .when(new ReleaseCoupon(CODE, ORDER))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void givesAUseBackOnlyOnce() {
        fixture.given(Coupons.fixed(5000).created(), redeemed(ORDER, Money.won(5000)), released(ORDER))
                .when(new ReleaseCoupon(CODE, ORDER))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }
}
