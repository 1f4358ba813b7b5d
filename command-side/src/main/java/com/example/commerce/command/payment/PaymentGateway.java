package com.example.commerce.command.payment;

import com.example.commerce.api.common.Money;
import com.example.commerce.api.common.OrderId;
import com.example.commerce.api.common.PaymentId;

/**
 * The port every payment provider sits behind. Calls are idempotent per payment: the payment id is
 * sent as the provider's idempotency key or order reference, so a retried call never charges twice.
 */
public interface PaymentGateway {

    /** Asks the provider to charge the amount with the customer's payment token. */
    Authorization authorize(Charge charge);

    /** Gives a completed payment's amount back. */
    String refund(Refund refund);

    /** What to charge: the payment, its order, the amount and the token the customer's browser obtained. */
    record Charge(PaymentId paymentId, OrderId orderId, Money amount, String paymentToken) {
    }

    /** What to refund: the payment, the provider's transaction id and the amount. */
    record Refund(PaymentId paymentId, String pgTransactionId, Money amount) {
    }

    /** The provider's immediate answer to a charge. */
    sealed interface Authorization {

        /** Charged; the provider's transaction id. */
        record Approved(String pgTransactionId, Money amount) implements Authorization {
        }

        /** Refused, with the provider's reason. */
        record Declined(String reason) implements Authorization {
        }

        /** Not decided yet: the provider's webhook will tell. */
        record Pending() implements Authorization {
        }
    }
}
