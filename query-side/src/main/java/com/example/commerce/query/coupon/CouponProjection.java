package com.example.commerce.query.coupon;

import com.example.commerce.api.coupon.CouponCreated;
import com.example.commerce.api.coupon.CouponRedeemed;
import com.example.commerce.api.coupon.CouponReleased;
import com.example.commerce.query.projection.Generations;
import com.example.commerce.query.projection.Projection;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps each coupon's terms and its redeemed and released counts. Counts move by one per event, so
 * each row remembers the last applied sequence number of its Coupon aggregate and ignores
 * redeliveries.
 */
@Component
@ProcessingGroup(CouponProjection.NAME)
public class CouponProjection implements Projection {

    public static final String NAME = "coupon-view";

    private final JdbcTemplate jdbc;
    private final Generations generations;

    public CouponProjection(JdbcTemplate jdbc, Generations generations) {
        this.jdbc = jdbc;
        this.generations = generations;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> tables() {
        return List.of("coupon_view_coupon");
    }

    @EventHandler
    void on(CouponCreated event, @SequenceNumber Long sequence, ReplayStatus replay) {
        for (int generation : generations.targets(NAME, replay)) {
            jdbc.update("INSERT INTO coupon_view_coupon (generation, code, coupon_type, coupon_value, min_order_amount,"
                            + " expires_at, usage_limit, redeemed, released, last_sequence)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?, 0, 0, ?) ON CONFLICT DO NOTHING",
                    generation, event.code(), event.type().wireName(), event.value(),
                    event.minOrderAmount() == null ? null : event.minOrderAmount().won(),
                    event.expiresAt() == null ? null : OffsetDateTime.ofInstant(event.expiresAt(), ZoneOffset.UTC),
                    event.usageLimit(), sequence(sequence));
        }
    }

    @EventHandler
    void on(CouponRedeemed event, @SequenceNumber Long sequence, ReplayStatus replay) {
        count(event.code(), "redeemed", sequence(sequence), replay);
    }

    @EventHandler
    void on(CouponReleased event, @SequenceNumber Long sequence, ReplayStatus replay) {
        count(event.code(), "released", sequence(sequence), replay);
    }

    private void count(String code, String column, long sequence, ReplayStatus replay) {
        for (int generation : generations.targets(NAME, replay)) {
            jdbc.update("UPDATE coupon_view_coupon SET " + column + " = " + column + " + 1, last_sequence = ?"
                    + " WHERE generation = ? AND code = ? AND last_sequence < ?", sequence, generation, code, sequence);
        }
    }

    private static long sequence(Long sequence) {
        return sequence == null ? 0 : sequence;
    }
}
