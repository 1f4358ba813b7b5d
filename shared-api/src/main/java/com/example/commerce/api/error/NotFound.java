package com.example.commerce.api.error;

/** The thing asked for does not exist, or is not the caller's to see (existence is not leaked). */
public class NotFound extends DomainException {

    public NotFound(String what, Object id) {
        super("not-found", what + " " + id + " was not found");
    }

    @Override
    public Kind kind() {
        return Kind.NOT_FOUND;
    }
}
