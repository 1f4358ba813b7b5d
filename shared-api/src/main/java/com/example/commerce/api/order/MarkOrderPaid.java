package com.example.commerce.api.order;

import com.example.commerce.api.common.OrderId;
import com.example.commerce.api.common.PaymentId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The order process reports that the order's payment was approved. */
public record MarkOrderPaid(@TargetAggregateIdentifier OrderId orderId, PaymentId paymentId) {
}
