package com.example.commerce.api.error;

/** An order was asked to move to a status its current status does not lead to. */
public class IllegalOrderTransition extends RuleViolation {

    public IllegalOrderTransition(Object orderId, Object currentStatus, String action) {
        super("illegal-order-transition",
                "order " + orderId + " is " + currentStatus + ", cannot be " + action);
    }
}
