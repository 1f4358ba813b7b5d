package com.example.commerce.command.payment;

import com.example.commerce.api.common.Money;
import com.example.commerce.api.common.OrderId;
import com.example.commerce.api.common.PaymentId;
import com.example.commerce.api.payment.PaymentApproved;
import com.example.commerce.api.payment.PaymentDeclined;
import com.example.commerce.api.payment.PaymentRefunded;
import com.example.commerce.api.payment.PaymentStarted;
import com.example.commerce.command.order.Orders;

/** The object mother of payments: one sandbox payment of the default order's total, at each stage. */
final class Payments {

    static final PaymentId PAYMENT = Orders.PAYMENT;
    static final OrderId ORDER_ID = Orders.ORDER_ID;
    static final String PROVIDER = "sandbox";
    static final Money AMOUNT = Orders.anOrder().total();
    static final String PG_TRANSACTION = "pg-tx-1";
    static final String DECLINE_REASON = "card_declined";

    private Payments() {
    }

    static PaymentStarted started() {
        return new PaymentStarted(PAYMENT, ORDER_ID, PROVIDER, AMOUNT);
    }

    static PaymentApproved approved() {
        return new PaymentApproved(PAYMENT, ORDER_ID, PG_TRANSACTION, AMOUNT);
    }

    static PaymentDeclined declined() {
        return new PaymentDeclined(PAYMENT, ORDER_ID, DECLINE_REASON);
    }

    static PaymentRefunded refunded(String refundTransactionId) {
        return new PaymentRefunded(PAYMENT, ORDER_ID, AMOUNT, refundTransactionId);
    }
}
