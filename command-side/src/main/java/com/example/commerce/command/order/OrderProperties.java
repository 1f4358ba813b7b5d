package com.example.commerce.command.order;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The order's clocks.
 *
 * @param paymentTimeout   a pending order not paid within this is cancelled ({@code payment_timeout})
 * @param autoConfirmAfter a delivered order completes this long after delivery unless confirmed earlier
 */
@ConfigurationProperties("commerce.order")
public record OrderProperties(Duration paymentTimeout, Duration autoConfirmAfter) {

    public OrderProperties {
        paymentTimeout = paymentTimeout == null ? Duration.ofMinutes(30) : paymentTimeout;
        autoConfirmAfter = autoConfirmAfter == null ? Duration.ofDays(7) : autoConfirmAfter;
    }
}
