package com.example.commerce.api.common;

import java.util.Set;

/** Who sends a request: the authenticated user's id and roles, resolved by the web layer from the token. */
public record Caller(String userId, Set<Role> roles) {

    public Caller {
        roles = Set.copyOf(roles);
    }

    public boolean is(Role role) {
        return roles.contains(role);
    }

    public boolean isAdmin() {
        return is(Role.ADMIN);
    }

    /** The customer this caller acts for, or null for staff (who act on any customer's behalf). */
    public CustomerId customerScope() {
        return isAdmin() ? null : CustomerId.of(userId);
    }

    public enum Role { CUSTOMER, ADMIN, AUDITOR }
}
