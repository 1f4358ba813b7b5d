package com.example.commerce.app.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * Remembers the bearer tokens whose signature and claims were already checked, until they expire.
 * A client sends the same token with every request, and checking it again (parsing, base64 in
 * constant time, an HMAC) was a sixth of the CPU a placed order cost (docs/benchmarks.md). Tokens
 * are not revocable, so a token verified once stays valid until its {@code exp}, which is checked
 * again on every use. Only successes are remembered; a bad token is checked (and refused) every time.
 */
final class VerifiedTokens implements JwtDecoder {

    private static final int CAPACITY = 10_000;
    /** A bound on how long one entry lives, whatever the tokens' lifetime. */
    private static final Duration REMEMBER_FOR = Duration.ofMinutes(10);

    private final JwtDecoder verifier;
    private final Clock clock;
    private final Cache<String, Jwt> verified = Caffeine.newBuilder()
            .maximumSize(CAPACITY)
            .expireAfterWrite(REMEMBER_FOR)
            .build();

    VerifiedTokens(JwtDecoder verifier, Clock clock) {
        this.verifier = verifier;
        this.clock = clock;
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        Jwt known = verified.getIfPresent(token);
        if (known != null && stillValid(known)) {
            return known;
        }
        verified.invalidate(token);
        Jwt jwt = verifier.decode(token);
        verified.put(token, jwt);
        return jwt;
    }

    private boolean stillValid(Jwt jwt) {
        Instant expiresAt = jwt.getExpiresAt();
        if (expiresAt == null) {
            throw new BadJwtException("the token has no expiry");
        }
        return !clock.instant().isAfter(expiresAt);
    }
}
