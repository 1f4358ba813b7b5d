package com.example.commerce.app.security;

import java.time.Duration;

/** An account locked after repeated failed logins; answered with 429 and {@code Retry-After}. */
public class TooManyLoginAttempts extends RuntimeException {

    private final Duration retryAfter;

    public TooManyLoginAttempts(Duration retryAfter) {
        super("too many failed logins for this account; try again in " + Math.max(1, retryAfter.toSeconds()) + " s");
        this.retryAfter = retryAfter;
    }

    public long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }
}
