package com.example.commerce.api.payment;

import com.example.commerce.api.common.OrderId;
import com.example.commerce.api.common.PaymentId;

/** Every event of a Payment; sealed so that projections can switch over them exhaustively. */
public sealed interface PaymentEvent
        permits PaymentStarted,
                PaymentApproved,
                PaymentDeclined,
                PaymentRefunded {

    PaymentId paymentId();

    OrderId orderId();
}
