package com.example.commerce.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.commerce.app.support.MovingClock;
import com.nimbusds.jose.jwk.source.ImmutableSecret;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/** Verified tokens are remembered until they expire; nothing else is. Real HS256 tokens, real Nimbus. */
class VerifiedTokensTest {

    private static final SecretKey KEY = new SecretKeySpec(
            "a-signing-key-of-at-least-thirty-two-bytes".getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    private static final Instant NOW = Instant.parse("2026-11-24T09:00:00Z");

    private final MovingClock clock = new MovingClock(NOW);
    private final AtomicInteger verifications = new AtomicInteger();
    private final JwtDecoder verifier = countingVerifier();
    private final VerifiedTokens tokens = new VerifiedTokens(verifier, clock);

    @Test
    void verifiesATokenOnceAndAnswersItFromMemoryAfterwards() {
        String token = token(NOW.plus(Duration.ofHours(1)));

        assertThat(tokens.decode(token).getSubject()).isEqualTo("customer-1");
        assertThat(tokens.decode(token).getSubject()).isEqualTo("customer-1");

        assertThat(verifications).hasValue(1);
    }

    @Test
    void refusesARememberedTokenOnceItHasExpired() {
        String token = token(NOW.plus(Duration.ofMinutes(5)));
        tokens.decode(token);

        clock.advance(Duration.ofMinutes(5).plusSeconds(1));

        assertThatThrownBy(() -> tokens.decode(token)).isInstanceOf(JwtException.class);
    }

    @Test
    void checksABadTokenEveryTime() {
        String forged = token(NOW.plus(Duration.ofHours(1))) + "x";

        assertThatThrownBy(() -> tokens.decode(forged)).isInstanceOf(JwtException.class);
        assertThatThrownBy(() -> tokens.decode(forged)).isInstanceOf(JwtException.class);

        assertThat(verifications).hasValue(2);
    }

    private String token(Instant expiresAt) {
        JwtClaimsSet claims = JwtClaimsSet.builder().subject("customer-1").issuedAt(NOW).expiresAt(expiresAt).build();
        return new NimbusJwtEncoder(new ImmutableSecret<>(KEY))
                .encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims))
                .getTokenValue();
    }

    private JwtDecoder countingVerifier() {
        NimbusJwtDecoder nimbus = NimbusJwtDecoder.withSecretKey(KEY).macAlgorithm(MacAlgorithm.HS256).build();
        JwtTimestampValidator expiry = new JwtTimestampValidator(Duration.ZERO);
        expiry.setClock(clock);
        nimbus.setJwtValidator(expiry);
        return token -> {
            verifications.incrementAndGet();
            return nimbus.decode(token);
        };
    }
}
