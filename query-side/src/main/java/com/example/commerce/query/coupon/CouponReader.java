package com.example.commerce.query.coupon;

import com.example.commerce.query.projection.Generations;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads the active generation of the coupon view. */
@Component
public class CouponReader {

    private final JdbcTemplate jdbc;
    private final Generations generations;

    public CouponReader(JdbcTemplate jdbc, Generations generations) {
        this.jdbc = jdbc;
        this.generations = generations;
    }

    public Optional<CouponView> coupon(String code) {
        List<CouponView> found = jdbc.query("SELECT code, coupon_type, coupon_value, min_order_amount, expires_at,"
                        + " usage_limit, redeemed, released FROM coupon_view_coupon WHERE generation = ? AND code = ?",
                (rs, row) -> {
                    long minOrderAmount = rs.getLong("min_order_amount");
                    Long minimum = rs.wasNull() ? null : minOrderAmount;
                    OffsetDateTime expiresAt = rs.getObject("expires_at", OffsetDateTime.class);
                    int usageLimit = rs.getInt("usage_limit");
                    Integer limit = rs.wasNull() ? null : usageLimit;
                    return new CouponView(rs.getString("code"), rs.getString("coupon_type"), rs.getLong("coupon_value"),
                            minimum, expiresAt == null ? null : expiresAt.toInstant(), limit,
                            rs.getInt("redeemed") - rs.getInt("released"));
                },
                generations.active(CouponProjection.NAME), code);
        return found.stream().findFirst();
    }
}
