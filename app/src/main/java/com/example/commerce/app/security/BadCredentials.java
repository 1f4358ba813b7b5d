package com.example.commerce.app.security;

import com.example.commerce.api.error.DomainException;

/** A login with an unknown username or a wrong password; which of the two is not told. */
public class BadCredentials extends DomainException {

    public BadCredentials() {
        super("invalid-credentials", "the username or password is wrong");
    }

    @Override
    public Kind kind() {
        return Kind.UNAUTHORIZED;
    }
}
