package com.example.commerce.command.payment;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where each real payment provider is reached and with which credentials; a provider without a base URL keeps
 * the built-in sandbox, and one with a base URL but no credentials stops the start-up.
 *
 * @param toss     {@code commerce.payments.toss.base-url} and {@code .secret-key}
 * @param kakaopay {@code commerce.payments.kakaopay.base-url}, {@code .secret-key} and {@code .cid}
 * @param stripe   {@code commerce.payments.stripe.base-url} and {@code .secret-key}
 */
@ConfigurationProperties("commerce.payments")
public record PaymentProviderProperties(Provider toss, Provider kakaopay, Provider stripe) {

    public PaymentProviderProperties {
        toss = checked("toss", toss, false);
        kakaopay = checked("kakaopay", kakaopay, true);
        stripe = checked("stripe", stripe, false);
    }

    private static Provider checked(String name, Provider provider, boolean needsCid) {
        if (provider == null || !provider.isConfigured()) {
            return Provider.SANDBOX;
        }
        String prefix = "commerce.payments." + name + ".";
        if (isBlank(provider.secretKey())) {
            throw new IllegalStateException(prefix + "secret-key must be set when " + prefix + "base-url is");
        }
        if (needsCid && isBlank(provider.cid())) {
            throw new IllegalStateException(prefix + "cid must be set when " + prefix + "base-url is");
        }
        return provider;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    /**
     * One provider's API.
     *
     * @param baseUrl   the API's root, e.g. {@code https://api.tosspayments.com}; unset keeps the sandbox
     * @param secretKey the server-side secret the provider issued
     * @param cid       the merchant code, for KakaoPay only
     */
    public record Provider(String baseUrl, String secretKey, String cid) {

        static final Provider SANDBOX = new Provider(null, null, null);

        /** Whether the real API is configured, rather than the sandbox. */
        public boolean isConfigured() {
            return !isBlank(baseUrl);
        }

        @Override
        public String toString() {
            // Keeps the secret out of logs and error messages that print the settings.
            return "Provider[baseUrl=" + baseUrl + ", secretKey=" + (secretKey == null ? null : "******")
                    + ", cid=" + cid + "]";
        }
    }
}
