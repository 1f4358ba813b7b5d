package com.example.commerce.command.payment;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.example.commerce.api.common.Money;
import com.example.commerce.api.common.OrderId;
import com.example.commerce.api.common.PaymentId;
import com.example.commerce.api.error.RuleViolation;
import com.example.commerce.api.payment.ApprovePayment;
import com.example.commerce.api.payment.DeclinePayment;
import com.example.commerce.api.payment.PaymentApproved;
import com.example.commerce.api.payment.PaymentDeclined;
import com.example.commerce.api.payment.PaymentRefunded;
import com.example.commerce.api.payment.PaymentStarted;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * One attempt to pay an order: {@code processing}, then {@code completed} or {@code failed}, and a
 * completed payment may be {@code refunded}. Statuses only move forward, so the gateway's synchronous
 * answer and its webhook, racing each other or delivered twice, complete a payment once.
 */
@Aggregate
public class Payment {

    @AggregateIdentifier
    private PaymentId paymentId;
    private OrderId orderId;
    private String provider;
    private Money amount;
    private PaymentStatus status;
    private String pgTransactionId;

    protected Payment() {
        // for Axon
    }

    public Payment(PaymentId paymentId, OrderId orderId, String provider, Money amount) {
        apply(new PaymentStarted(paymentId, orderId, provider, amount));
    }

    @CommandHandler
    public void handle(ApprovePayment command) {
        if (!amount.equals(command.amount())) {
            throw new RuleViolation("amount-mismatch", "payment " + paymentId + " is for " + amount
                    + ", the gateway approved " + command.amount());
        }
        if (status == PaymentStatus.PROCESSING) {
            apply(new PaymentApproved(paymentId, orderId, command.pgTransactionId(), amount));
        }
    }

    @CommandHandler
    public void handle(DeclinePayment command) {
        if (status == PaymentStatus.PROCESSING) {
            apply(new PaymentDeclined(paymentId, orderId, command.reason()));
        }
    }

    /** What a refund needs, or null when there is nothing (or nothing more) to refund. */
    public PaymentGateway.Refund refundTerms() {
        return status == PaymentStatus.COMPLETED ? new PaymentGateway.Refund(paymentId, pgTransactionId, amount) : null;
    }

    public String provider() {
        return provider;
    }

    public void recordRefund(String refundTransactionId) {
        if (status == PaymentStatus.COMPLETED) {
            apply(new PaymentRefunded(paymentId, orderId, amount, refundTransactionId));
        }
    }

    @EventSourcingHandler
    void on(PaymentStarted event) {
        paymentId = event.paymentId();
        orderId = event.orderId();
        provider = event.provider();
        amount = event.amount();
        status = PaymentStatus.PROCESSING;
    }

    @EventSourcingHandler
    void on(PaymentApproved event) {
        status = PaymentStatus.COMPLETED;
        pgTransactionId = event.pgTransactionId();
    }

    @EventSourcingHandler
    void on(PaymentDeclined event) {
        status = PaymentStatus.FAILED;
    }

    @EventSourcingHandler
    void on(PaymentRefunded event) {
        status = PaymentStatus.REFUNDED;
    }

    enum PaymentStatus { PROCESSING, COMPLETED, FAILED, REFUNDED }
}
