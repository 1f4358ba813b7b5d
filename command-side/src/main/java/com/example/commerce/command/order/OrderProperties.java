package com.example.commerce.command.order;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The order's clocks.
 *
 * @param paymentTimeout   a pending order not paid within this is cancelled ({@code payment_timeout})
 * @param autoConfirmAfter a delivered order completes this long after delivery unless confirmed earlier
 * @param placementTimeout how long {@code POST /api/orders} waits for the stock reservation's outcome
 */
@ConfigurationProperties("commerce.order")
public record OrderProperties(Duration paymentTimeout, Duration autoConfirmAfter, Duration placementTimeout) {

    public OrderProperties {
        paymentTimeout = paymentTimeout == null ? Duration.ofMinutes(30) : paymentTimeout;
        autoConfirmAfter = autoConfirmAfter == null ? Duration.ofDays(7) : autoConfirmAfter;
        placementTimeout = placementTimeout == null ? Duration.ofSeconds(10) : placementTimeout;
    }
}
