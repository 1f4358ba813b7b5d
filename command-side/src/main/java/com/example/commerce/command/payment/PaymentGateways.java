package com.example.commerce.command.payment;

import com.example.commerce.api.error.InvalidInput;
import java.util.Map;
import java.util.Set;

/** The gateway of each provider the shop accepts. */
public class PaymentGateways {

    public static final Set<String> PROVIDERS = Set.of("toss", "kakaopay", "stripe", "sandbox");

    private final Map<String, PaymentGateway> byProvider;

    public PaymentGateways(Map<String, PaymentGateway> byProvider) {
        this.byProvider = Map.copyOf(byProvider);
    }

    public PaymentGateway of(String provider) {
        PaymentGateway gateway = byProvider.get(provider);
        if (gateway == null) {
            throw new InvalidInput("provider", "provider must be one of " + PROVIDERS + ", was " + provider);
        }
        return gateway;
    }
}
