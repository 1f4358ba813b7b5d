package com.example.commerce.api.error;

/** The request names something that cannot be used (an unknown SKU, an unknown coupon): a 400 on one field. */
public class InvalidInput extends DomainException {

    private final String field;

    public InvalidInput(String field, String message) {
        super("invalid-input", message);
        this.field = field;
    }

    public String field() {
        return field;
    }

    @Override
    public Kind kind() {
        return Kind.INVALID;
    }
}
