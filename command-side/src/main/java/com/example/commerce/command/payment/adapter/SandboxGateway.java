package com.example.commerce.command.payment.adapter;

import com.example.commerce.command.payment.PaymentGateway;

/**
 * The built-in gateway every provider uses unless a real one is configured. It decides by token:
 * {@code tok_ok} approves at once, {@code tok_async} leaves the decision to a webhook, and
 * {@code tok_declined} (or any other token) declines.
 */
public class SandboxGateway implements PaymentGateway {

    private final String provider;

    public SandboxGateway(String provider) {
        this.provider = provider;
    }

    @Override
    public Authorization authorize(Charge charge) {
        return switch (charge.paymentToken()) {
            case "tok_ok" -> new Authorization.Approved(provider + "_sandbox_" + charge.paymentId(), charge.amount());
            case "tok_async" -> new Authorization.Pending();
            case "tok_declined" -> new Authorization.Declined("card_declined");
            default -> new Authorization.Declined("unknown_sandbox_token");
        };
    }

    @Override
    public String refund(Refund refund) {
        return provider + "_sandbox_refund_" + refund.paymentId();
    }
}
