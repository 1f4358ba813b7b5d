package com.example.commerce.api.error;

/**
 * A request the domain refuses. The kind decides the HTTP status, the type names the rule in the
 * problem response's {@code type}; the message states the rule and the actual state.
 */
public abstract class DomainException extends RuntimeException {

    private final String type;

    protected DomainException(String type, String message) {
        super(message);
        this.type = type;
    }

    public String type() {
        return type;
    }

    public abstract Kind kind();

    public enum Kind { INVALID, UNAUTHORIZED, NOT_FOUND, CONFLICT }
}
