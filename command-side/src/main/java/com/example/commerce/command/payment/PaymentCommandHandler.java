package com.example.commerce.command.payment;

import com.example.commerce.api.common.Money;
import com.example.commerce.api.order.RequestPayment;
import com.example.commerce.api.payment.RefundPayment;
import com.example.commerce.command.AggregateLookup;
import com.example.commerce.command.order.Order;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

/** Opens payments on orders and refunds them: the commands that span an order, a payment and a gateway. */
@Component
public class PaymentCommandHandler {

    private final Repository<Order> orders;
    private final Repository<Payment> payments;
    private final PaymentGateways gateways;

    public PaymentCommandHandler(Repository<Order> orders, Repository<Payment> payments, PaymentGateways gateways) {
        this.orders = orders;
        this.payments = payments;
        this.gateways = gateways;
    }

    /** The order records the request and a processing payment is opened, in one transaction; answers the amount. */
    @CommandHandler
    public Money handle(RequestPayment command) throws Exception {
        gateways.of(command.provider());
        Aggregate<Order> order = AggregateLookup.load(orders, "order", command.orderId());
        Money amount = order.invoke(o -> o.requestPayment(command.paymentId(), command.requestedBy(), command.provider()));
        payments.newInstance(() -> new Payment(command.paymentId(), command.orderId(), command.provider(), amount));
        return amount;
    }

    /**
     * Refunds through the payment's provider, then records it. The provider call is idempotent per
     * payment, so a refund retried after a crash between the two steps is not paid out twice.
     */
    @CommandHandler
    public void handle(RefundPayment command) {
        Aggregate<Payment> payment = AggregateLookup.load(payments, "payment", command.paymentId());
        PaymentGateway.Refund terms = payment.invoke(Payment::refundTerms);
        if (terms == null) {
            return;
        }
        String refundTransactionId = gateways.of(payment.invoke(Payment::provider)).refund(terms);
        payment.execute(p -> p.recordRefund(refundTransactionId));
    }
}
