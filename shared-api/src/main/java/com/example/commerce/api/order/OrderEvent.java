package com.example.commerce.api.order;

import com.example.commerce.api.common.OrderId;

/** Every event of an Order; sealed so that projections can switch over them exhaustively. */
public sealed interface OrderEvent
        permits OrderPlaced,
                OrderAccepted,
                PaymentRequested,
                OrderPaid,
                OrderCancelled,
                OrderShipped,
                OrderDelivered,
                OrderCompleted {

    OrderId orderId();
}
