package com.example.commerce.command;

import com.example.commerce.command.catalog.SellableSkus;
import com.example.commerce.command.order.OrderProperties;
import com.example.commerce.command.order.PricingProperties;
import com.example.commerce.command.orderprocess.OrderProcessSaga;
import com.example.commerce.command.orderprocess.OrderSequencingPolicy;
import com.example.commerce.command.payment.PaymentGateway;
import com.example.commerce.command.payment.PaymentGateways;
import com.example.commerce.command.payment.PaymentProviderProperties;
import com.example.commerce.command.payment.adapter.KakaoPayGateway;
import com.example.commerce.command.payment.adapter.SandboxGateway;
import com.example.commerce.command.payment.adapter.StripeGateway;
import com.example.commerce.command.payment.adapter.TossPaymentsGateway;
import com.example.commerce.command.webhook.WebhookProperties;
import java.util.HashMap;
import java.util.Map;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

/**
 * Everything a node with the {@code command} role runs: aggregates, the order process, gateways
 * and the command endpoints. The application imports this class only when the role is on.
 */
@Configuration
@ComponentScan
@EnableConfigurationProperties({OrderProperties.class, PricingProperties.class, WebhookProperties.class,
        PaymentProviderProperties.class})
public class CommandSideConfiguration {

    /**
     * The command side's own lookups follow their events inside the command's transaction
     * (subscribing), and a failure there fails the command instead of being logged and lost.
     * The order process sees one order's events in order, whichever aggregate they come from.
     */
    @Bean
    public ConfigurerModule commandSideProcessing() {
        return configurer -> configurer.eventProcessing()
                .registerSubscribingEventProcessor(SellableSkus.PROCESSING_GROUP)
                .registerListenerInvocationErrorHandler(SellableSkus.PROCESSING_GROUP,
                        configuration -> PropagatingErrorHandler.instance())
                .registerSequencingPolicy(OrderProcessSaga.PROCESSING_GROUP,
                        configuration -> new OrderSequencingPolicy());
    }

    /** Every provider answers through the sandbox unless its real API is configured; {@code sandbox} always does. */
    @Bean
    public PaymentGateways paymentGateways(PaymentProviderProperties providers) {
        Map<String, PaymentGateway> gateways = new HashMap<>();
        PaymentGateways.PROVIDERS.forEach(provider -> gateways.put(provider, new SandboxGateway(provider)));
        PaymentProviderProperties.Provider toss = providers.toss();
        if (toss.isConfigured()) {
            gateways.put("toss", new TossPaymentsGateway(toss.baseUrl(), toss.secretKey()));
        }
        PaymentProviderProperties.Provider kakaopay = providers.kakaopay();
        if (kakaopay.isConfigured()) {
            gateways.put("kakaopay", new KakaoPayGateway(kakaopay.baseUrl(), kakaopay.secretKey(), kakaopay.cid()));
        }
        PaymentProviderProperties.Provider stripe = providers.stripe();
        if (stripe.isConfigured()) {
            gateways.put("stripe", new StripeGateway(stripe.baseUrl(), stripe.secretKey()));
        }
        return new PaymentGateways(gateways);
    }
}
