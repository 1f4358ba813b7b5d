package com.example.commerce.query.coupon;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.commerce.api.common.Money;
import com.example.commerce.api.common.OrderId;
import com.example.commerce.api.coupon.CouponCreated;
import com.example.commerce.api.coupon.CouponRedeemed;
import com.example.commerce.api.coupon.CouponReleased;
import com.example.commerce.api.coupon.CouponType;
import com.example.commerce.query.ReadModelDatabase;
import com.example.commerce.query.projection.Generations;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.eventhandling.ReplayStatus;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

class CouponProjectionTest {

    private final JdbcTemplate jdbc = ReadModelDatabase.create();
    private final Generations generations = new Generations(jdbc);
    private final CouponProjection projection = new CouponProjection(jdbc, generations);
    private final CouponReader reader = new CouponReader(jdbc, generations);
    private final Instant expiresAt = Instant.parse("2026-12-31T15:00:00Z");

    @Test
    void showsTheTermsOfACoupon() {
        projection.on(new CouponCreated("WELCOME10", CouponType.PERCENT, 10, Money.won(30_000), expiresAt, 100), 0L,
                ReplayStatus.REGULAR);

        assertThat(reader.coupon("WELCOME10")).contains(
                new CouponView("WELCOME10", "percent", 10, 30_000L, expiresAt, 100, 0));
    }

    @Test
    void showsAbsentTermsAsNull() {
        projection.on(new CouponCreated("FLAT", CouponType.FIXED, 5_000, null, null, null), 0L, ReplayStatus.REGULAR);

        assertThat(reader.coupon("FLAT")).contains(new CouponView("FLAT", "fixed", 5_000, null, null, null, 0));
    }

    @Test
    void countsUsesNotGivenBackOnceEach() {
        OrderId kept = OrderId.of(UUID.randomUUID());
        OrderId cancelled = OrderId.of(UUID.randomUUID());
        projection.on(new CouponCreated("FLAT", CouponType.FIXED, 5_000, null, null, null), 0L, ReplayStatus.REGULAR);
        projection.on(new CouponRedeemed("FLAT", kept, Money.won(5_000)), 1L, ReplayStatus.REGULAR);
        projection.on(new CouponRedeemed("FLAT", cancelled, Money.won(5_000)), 2L, ReplayStatus.REGULAR);
        projection.on(new CouponReleased("FLAT", cancelled), 3L, ReplayStatus.REGULAR);

        projection.on(new CouponRedeemed("FLAT", cancelled, Money.won(5_000)), 2L, ReplayStatus.REGULAR);
        projection.on(new CouponReleased("FLAT", cancelled), 3L, ReplayStatus.REGULAR);

        assertThat(reader.coupon("FLAT").orElseThrow().timesUsed()).isEqualTo(1);
    }

    @Test
    void knowsNoCouponNeverCreated() {
        assertThat(reader.coupon("NOPE")).isEmpty();
    }
}
