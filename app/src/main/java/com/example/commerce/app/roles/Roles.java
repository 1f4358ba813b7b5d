package com.example.commerce.app.roles;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.core.env.Environment;

/** The roles a node was started with. */
public final class Roles {

    public static final String PROPERTY = "commerce.roles";
    public static final String COMMAND = "command";
    public static final String QUERY = "query";
    private static final Set<String> KNOWN = Set.of(COMMAND, QUERY);

    private Roles() {
    }

    public static Set<String> of(Environment environment) {
        Set<String> roles = Arrays.stream(environment.getProperty(PROPERTY, COMMAND + "," + QUERY).split(","))
                .map(role -> role.strip().toLowerCase(Locale.ROOT))
                .filter(role -> !role.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
        if (roles.isEmpty() || !KNOWN.containsAll(roles)) {
            throw new IllegalStateException(PROPERTY + " must name one or both of " + KNOWN + ", was " + roles);
        }
        return roles;
    }
}
