package com.example.commerce.command.order;

import com.example.commerce.api.common.Money;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** The shop's shipping fee and the discounted subtotal from which shipping is free. */
@ConfigurationProperties("commerce.pricing")
public record PricingProperties(Long shippingFee, Long freeShippingThreshold) {

    public PricingProperties {
        shippingFee = shippingFee == null ? 3000 : shippingFee;
        freeShippingThreshold = freeShippingThreshold == null ? 50000 : freeShippingThreshold;
    }

    public Money fee() {
        return Money.won(shippingFee);
    }

    public Money threshold() {
        return Money.won(freeShippingThreshold);
    }
}
