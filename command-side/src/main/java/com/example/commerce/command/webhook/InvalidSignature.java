package com.example.commerce.command.webhook;

import com.example.commerce.api.error.DomainException;

/** A webhook whose signature is missing or wrong: it is not from whom it claims and changes nothing. */
public class InvalidSignature extends DomainException {

    public InvalidSignature() {
        super("invalid-signature", "the X-Signature header is missing or does not match the body");
    }

    @Override
    public Kind kind() {
        return Kind.UNAUTHORIZED;
    }
}
