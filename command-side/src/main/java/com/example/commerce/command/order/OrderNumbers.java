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
 * from a database sequence, so that no two nodes ever hand out the same one. The sequence counts in
 * blocks of {@value #BLOCK} (migration V8) and a node hands out a block's numbers from memory: a
 * sequence read per order was a round trip and a transaction of its own for every placement. Numbers
 * therefore rise per node, not across nodes, and a restarted node leaves the rest of its block unused.
 */
@Component
public class OrderNumbers {

    /** How many numbers one sequence read hands out: the sequence's increment. */
    public static final int BLOCK = 100;

    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final ZoneId zone;
    private long next;
    private long blockEnd;

    public OrderNumbers(JdbcTemplate jdbc, Clock clock, @Value("${commerce.zone:Asia/Seoul}") ZoneId zone) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.zone = zone;
    }

    public String next() {
        return "ORD-" + LocalDate.now(clock.withZone(zone)).format(DATE) + "-" + String.format("%06d", nextNumber());
    }

    private synchronized long nextNumber() {
        if (next == blockEnd) {
            next = jdbc.queryForObject("SELECT nextval('order_number_seq')", Long.class);
            blockEnd = next + BLOCK;
        }
        return next++;
    }
}
