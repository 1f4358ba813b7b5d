package com.example.commerce.command.order;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Hands out order numbers such as {@code ORD-20261124-000042}: the shop's local date and a number
 * from a database sequence, so that no two nodes ever hand out the same one.
 */
@Component
public class OrderNumbers {

    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final ZoneId zone;

    public OrderNumbers(JdbcTemplate jdbc, Clock clock, @Value("${commerce.zone:Asia/Seoul}") ZoneId zone) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.zone = zone;
    }

    public String next() {
        Long number = jdbc.queryForObject("SELECT nextval('order_number_seq')", Long.class);
        return "ORD-" + LocalDate.now(clock.withZone(zone)).format(DATE) + "-" + String.format("%06d", number);
    }
}
