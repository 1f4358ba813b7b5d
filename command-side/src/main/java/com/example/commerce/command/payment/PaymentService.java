package com.example.commerce.command.payment;

import com.example.commerce.api.common.CustomerId;
import com.example.commerce.api.common.Money;
import com.example.commerce.api.common.OrderId;
import com.example.commerce.api.common.PaymentId;
import com.example.commerce.api.order.RequestPayment;
import com.example.commerce.api.payment.ApprovePayment;
import com.example.commerce.api.payment.DeclinePayment;
import com.example.commerce.command.payment.PaymentGateway.Authorization;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * A customer pays a pending order: a processing payment is opened, the provider is asked, and its
 * answer is recorded. The provider is called outside any transaction or lock; its answer and its
 * webhook may race, and the Payment takes whichever comes first.
 */
@Service
public class PaymentService {

    private static final Logger log = LoggerFactory.getLogger(PaymentService.class);

    private final CommandGateway commands;
    private final PaymentGateways gateways;

    public PaymentService(CommandGateway commands, PaymentGateways gateways) {
        this.commands = commands;
        this.gateways = gateways;
    }

    public PaymentAttempt pay(OrderId orderId, CustomerId customerId, String provider, String paymentToken) {
        PaymentGateway gateway = gateways.of(provider);
        PaymentId paymentId = PaymentId.of(UUID.randomUUID());
        Money amount = commands.sendAndWait(new RequestPayment(orderId, paymentId, customerId, provider));
        Authorization answer;
        try {
            answer = gateway.authorize(new PaymentGateway.Charge(paymentId, orderId, amount, paymentToken));
        } catch (PaymentGatewayException e) {
            // The outcome is unknown, not failed: the provider's webhook settles it.
            log.warn("Payment {} of order {} via {}: no answer from the provider ({})", paymentId, orderId,
                    provider, e.getMessage());
            return new PaymentAttempt(paymentId, PaymentAttempt.PROCESSING);
        }
        if (answer instanceof Authorization.Approved approved) {
            commands.sendAndWait(new ApprovePayment(paymentId, approved.pgTransactionId(), approved.amount()));
            return new PaymentAttempt(paymentId, PaymentAttempt.COMPLETED);
        }
        if (answer instanceof Authorization.Declined declined) {
            commands.sendAndWait(new DeclinePayment(paymentId, declined.reason()));
            return new PaymentAttempt(paymentId, PaymentAttempt.FAILED);
        }
        return new PaymentAttempt(paymentId, PaymentAttempt.PROCESSING);
    }

    /** The payment opened for the request and its status right after the provider's answer. */
    public record PaymentAttempt(PaymentId paymentId, String status) {
        static final String PROCESSING = "processing";
        static final String COMPLETED = "completed";
        static final String FAILED = "failed";
    }
}
