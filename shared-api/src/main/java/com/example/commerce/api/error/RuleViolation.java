package com.example.commerce.api.error;

/** A business rule says no: the request is well formed but the current state forbids it. */
public class RuleViolation extends DomainException {

    public RuleViolation(String type, String message) {
        super(type, message);
    }

    @Override
    public Kind kind() {
        return Kind.CONFLICT;
    }
}
