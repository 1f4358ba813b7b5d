package com.example.commerce.app.security;

import com.example.commerce.api.common.Caller;
import com.example.commerce.app.customer.CustomerAccounts;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.stereotype.Service;

/**
 * Logs users in and issues their bearer tokens. Staff accounts come from configuration, customers
 * log in with their e-mail. The token's subject is the user id, its {@code roles} claim the roles.
 */
@Service
public class Tokens {

    private final SecurityProperties properties;
    private final CustomerAccounts customers;
    private final PasswordEncoder passwords;
    private final JwtEncoder encoder;
    private final LoginThrottle throttle;
    private final Clock clock;
    private final List<Staff> staff;
    /** Compared against when the user is unknown, so that a miss takes as long as a wrong password. */
    private final String decoyHash;

    public Tokens(SecurityProperties properties, CustomerAccounts customers, PasswordEncoder passwords,
                  JwtEncoder encoder, LoginThrottle throttle, Clock clock) {
        this.properties = properties;
        this.customers = customers;
        this.passwords = passwords;
        this.encoder = encoder;
        this.throttle = throttle;
        this.clock = clock;
        this.staff = List.of(Staff.of(properties.admin(), Caller.Role.ADMIN, passwords),
                Staff.of(properties.auditor(), Caller.Role.AUDITOR, passwords));
        this.decoyHash = passwords.encode("decoy-password-for-unknown-users");
    }

    public IssuedToken login(String username, String password) {
        throttle.lockedFor(username).ifPresent(left -> {
            throw new TooManyLoginAttempts(left);
        });
        Optional<Caller> caller = authenticate(username, password);
        if (caller.isEmpty()) {
            throttle.recordFailure(username);
            throw new BadCredentials();
        }
        throttle.reset(username);
        return issue(caller.get());
    }

    private Optional<Caller> authenticate(String username, String password) {
        for (Staff account : staff) {
            if (account.username() != null && account.username().equals(username)) {
                return passwords.matches(password, account.passwordHash())
                        ? Optional.of(new Caller(account.username(), Set.of(account.role())))
                        : Optional.empty();
            }
        }
        Optional<CustomerAccounts.Credentials> customer = customers.credentials(username.toLowerCase(Locale.ROOT));
        if (customer.isEmpty()) {
            passwords.matches(password, decoyHash);
            return Optional.empty();
        }
        return passwords.matches(password, customer.get().passwordHash())
                ? Optional.of(new Caller(customer.get().customerId().value(), Set.of(Caller.Role.CUSTOMER)))
                : Optional.empty();
    }

    private IssuedToken issue(Caller caller) {
        Instant now = clock.instant();
        JwtClaimsSet claims = JwtClaimsSet.builder()
                .issuer(SecurityConfiguration.ISSUER)
                .subject(caller.userId())
                .issuedAt(now)
                .expiresAt(now.plus(properties.tokenLifetime()))
                .claim(SecurityConfiguration.ROLES_CLAIM, caller.roles().stream().map(Enum::name).toList())
                .build();
        String token = encoder.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims))
                .getTokenValue();
        return new IssuedToken(token, "Bearer", properties.tokenLifetime().toSeconds());
    }

    /** A bearer token and how many seconds it stays valid. */
    public record IssuedToken(String accessToken, String tokenType, long expiresIn) {
    }

    private record Staff(String username, String passwordHash, Caller.Role role) {

        static Staff of(SecurityProperties.Account account, Caller.Role role, PasswordEncoder passwords) {
            return new Staff(account.username(), account.password() == null ? null : passwords.encode(account.password()),
                    role);
        }
    }
}
