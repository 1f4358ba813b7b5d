package com.example.commerce.command;

import com.example.commerce.command.catalog.SellableSkus;
import com.example.commerce.command.notification.Notifications;
import com.example.commerce.command.order.OrderProperties;
import com.example.commerce.command.order.PlacementProperties;
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
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcSequencedDeadLetterQueue;
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
@EnableConfigurationProperties({OrderProperties.class, PlacementProperties.class, PricingProperties.class,
        WebhookProperties.class, PaymentProviderProperties.class})
public class CommandSideConfiguration {

    /**
     * The command side's own lookups follow their events inside the command's transaction
     * (subscribing), and a failure there fails the command instead of being logged and lost.
     * The order process sees one order's events in order, whichever aggregate they come from.
     * A mail that keeps failing is parked per order instead of blocking everyone else's mails.
     *
     * <p>The dead-letter queue is registered here rather than with Axon's
     * {@code axon.eventhandling.processors.notifications.dlq.enabled}: naming a processor under
     * those properties also registers it in their default mode: a tracking processor with a thread
     * of its own and one event per transaction (docs/benchmarks.md, round 6). Registered here, it
     * is a pooled processor like the others.
     */
    @Bean
    public ConfigurerModule commandSideProcessing(ConnectionProvider connections, TransactionManager transactions,
                                                  DeadLetterSchema deadLetterSchema) {
        return configurer -> configurer.eventProcessing()
                .registerSubscribingEventProcessor(SellableSkus.PROCESSING_GROUP)
                .registerListenerInvocationErrorHandler(SellableSkus.PROCESSING_GROUP,
                        configuration -> PropagatingErrorHandler.instance())
                .registerSequencingPolicy(OrderProcessSaga.PROCESSING_GROUP,
                        configuration -> new OrderSequencingPolicy())
                .registerDeadLetterQueue(Notifications.PROCESSING_GROUP,
                        configuration -> JdbcSequencedDeadLetterQueue.builder()
                                .processingGroup(Notifications.PROCESSING_GROUP)
                                .connectionProvider(connections)
                                .transactionManager(transactions)
                                .schema(deadLetterSchema)
                                .genericSerializer(configuration.serializer())
                                .eventSerializer(configuration.eventSerializer())
                                .build())
                // Remembers which orders have nothing parked, instead of asking the queue for every mail event.
                .registerDeadLetteringEventHandlerInvokerConfiguration(Notifications.PROCESSING_GROUP,
                        (configuration, invoker) -> invoker.enableSequenceIdentifierCache());
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
