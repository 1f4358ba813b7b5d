package com.example.commerce.command.payment;

/** A provider could not be reached or answered something unexpected; the payment's outcome is unknown. */
public class PaymentGatewayException extends RuntimeException {

    public PaymentGatewayException(String message, Throwable cause) {
        super(message, cause);
    }

    public PaymentGatewayException(String message) {
        super(message);
    }
}
