package com.example.commerce.command.webhook;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** The HMAC secrets the payment providers and the carriers sign their webhooks with. */
@ConfigurationProperties("commerce.webhooks")
public record WebhookProperties(String paymentSecret, String carrierSecret) {
}
