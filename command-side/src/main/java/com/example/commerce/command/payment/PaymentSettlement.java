package com.example.commerce.command.payment;

import com.example.commerce.api.order.MarkOrderPaid;
import com.example.commerce.command.ProcessStep;
import com.example.commerce.api.payment.PaymentApproved;
import com.example.commerce.api.payment.RefundPayment;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * Turns an approved payment into a paid order, driven by the stored event: a crash after the
 * approval still pays the order. When the order no longer waits for this payment (it was
 * cancelled, or another payment won), the money goes back. Never replayed: it moves money.
 */
@Component
@ProcessingGroup(PaymentSettlement.PROCESSING_GROUP)
public class PaymentSettlement {

    public static final String PROCESSING_GROUP = "payment-settlement";

    @EventHandler
    void on(PaymentApproved event, CommandGateway commands) {
        Boolean paid = ProcessStep.send(commands, new MarkOrderPaid(event.orderId(), event.paymentId()));
        if (!Boolean.TRUE.equals(paid)) {
            ProcessStep.<Void>send(commands, new RefundPayment(event.paymentId()));
        }
    }
}
