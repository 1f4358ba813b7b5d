package com.example.commerce.command.payment;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.commerce.command.CommandSideConfiguration;
import com.example.commerce.command.payment.adapter.KakaoPayGateway;
import com.example.commerce.command.payment.adapter.SandboxGateway;
import com.example.commerce.command.payment.adapter.StripeGateway;
import com.example.commerce.command.payment.adapter.TossPaymentsGateway;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

class PaymentProviderPropertiesTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(GatewayWiring.class);

    @Test
    void everyProviderUsesTheSandboxWhenNoBaseUrlIsSet() {
        context.run(started -> {
            PaymentGateways gateways = started.getBean(PaymentGateways.class);
            PaymentGateways.PROVIDERS.forEach(provider ->
                    assertThat(gateways.of(provider)).as(provider).isInstanceOf(SandboxGateway.class));
        });
    }

    @Test
    void providersWithABaseUrlTalkToTheirRealApi() {
        context.withPropertyValues(
                        "commerce.payments.toss.base-url=https://api.tosspayments.com",
                        "commerce.payments.toss.secret-key=test_sk_toss",
                        "commerce.payments.kakaopay.base-url=https://open-api.kakaopay.com",
                        "commerce.payments.kakaopay.secret-key=DEV_kakao",
                        "commerce.payments.kakaopay.cid=TC0ONETIME",
                        "commerce.payments.stripe.base-url=https://api.stripe.com",
                        "commerce.payments.stripe.secret-key=sk_test_stripe")
                .run(started -> {
                    PaymentGateways gateways = started.getBean(PaymentGateways.class);
                    assertThat(gateways.of("toss")).isInstanceOf(TossPaymentsGateway.class);
                    assertThat(gateways.of("kakaopay")).isInstanceOf(KakaoPayGateway.class);
                    assertThat(gateways.of("stripe")).isInstanceOf(StripeGateway.class);
                    assertThat(gateways.of("sandbox")).isInstanceOf(SandboxGateway.class);
                });
    }

    @Test
    void onlyTheConfiguredProviderLeavesTheSandbox() {
        context.withPropertyValues(
                        "commerce.payments.stripe.base-url=https://api.stripe.com",
                        "commerce.payments.stripe.secret-key=sk_test_stripe")
                .run(started -> {
                    PaymentGateways gateways = started.getBean(PaymentGateways.class);
                    assertThat(gateways.of("stripe")).isInstanceOf(StripeGateway.class);
                    assertThat(gateways.of("toss")).isInstanceOf(SandboxGateway.class);
                    assertThat(gateways.of("kakaopay")).isInstanceOf(SandboxGateway.class);
                });
    }

    @Test
    void startUpFailsNamingTheMissingSecretKey() {
        context.withPropertyValues("commerce.payments.toss.base-url=https://api.tosspayments.com")
                .run(started -> assertThat(started).getFailure()
                        .rootCause()
                        .isInstanceOf(IllegalStateException.class)
                        .hasMessageContaining("commerce.payments.toss.secret-key"));
    }

    @Test
    void startUpFailsNamingTheMissingKakaoPayCid() {
        context.withPropertyValues(
                        "commerce.payments.kakaopay.base-url=https://open-api.kakaopay.com",
                        "commerce.payments.kakaopay.secret-key=DEV_kakao")
                .run(started -> assertThat(started).getFailure()
                        .rootCause()
                        .isInstanceOf(IllegalStateException.class)
                        .hasMessageContaining("commerce.payments.kakaopay.cid"));
    }

    @Test
    void settingsNeverPrintTheSecretKey() {
        PaymentProviderProperties.Provider toss =
                new PaymentProviderProperties.Provider("https://api.tosspayments.com", "test_sk_toss", null);

        assertThat(toss.toString()).doesNotContain("test_sk_toss");
    }

    /** The production bean method over bound properties, without the rest of the command side. */
    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(PaymentProviderProperties.class)
    static class GatewayWiring {

        @Bean
        PaymentGateways paymentGateways(PaymentProviderProperties providers) {
            return new CommandSideConfiguration().paymentGateways(providers);
        }
    }
}
