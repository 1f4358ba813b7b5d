package com.example.commerce.command.payment;

import com.example.commerce.api.common.Money;
import com.example.commerce.api.common.PaymentId;
import com.example.commerce.api.payment.ApprovePayment;
import com.example.commerce.api.payment.DeclinePayment;
import com.example.commerce.command.webhook.WebhookProperties;
import com.example.commerce.command.webhook.WebhookReceiver;
import com.example.commerce.api.error.NotFound;
import java.util.Map;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Service;

/** Applies a provider's signed report: approved or declined. An unknown payment is a 404 and changes nothing. */
@Service
public class PaymentWebhooks {

    private final WebhookReceiver receiver;
    private final WebhookProperties secrets;
    private final CommandGateway commands;
    private final PaymentGateways gateways;

    public PaymentWebhooks(WebhookReceiver receiver, WebhookProperties secrets, CommandGateway commands,
                           PaymentGateways gateways) {
        this.receiver = receiver;
        this.secrets = secrets;
        this.commands = commands;
        this.gateways = gateways;
    }

    public Map<String, String> receive(String provider, byte[] body, String signature) {
        return receiver.receive("payment:" + provider, secrets.paymentSecret(), body, signature,
                PaymentWebhook.class, PaymentWebhook::eventId, delivery -> apply(provider, delivery));
    }

    private void apply(String provider, PaymentWebhook delivery) {
        gateways.of(provider);
        PaymentId paymentId = PaymentId.of(delivery.paymentId());
        try {
            if ("approved".equals(delivery.status())) {
                commands.sendAndWait(new ApprovePayment(paymentId, delivery.pgTransactionId(),
                        Money.won(delivery.amount())));
            } else {
                String reason = delivery.failureReason() == null ? "declined" : delivery.failureReason();
                commands.sendAndWait(new DeclinePayment(paymentId, reason));
            }
        } catch (AggregateNotFoundException e) {
            throw new NotFound("payment", paymentId);
        }
    }
}
