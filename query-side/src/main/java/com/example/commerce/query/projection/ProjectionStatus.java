package com.example.commerce.query.projection;

/**
 * One projection as the admin API shows it: whether it serves or rebuilds, whether its processor is
 * still replaying, and how far it is behind the event store ({@code lag = headPosition - position}).
 */
public record ProjectionStatus(String name, String status, boolean replaying, long position, long headPosition,
                               long lag) {
}
