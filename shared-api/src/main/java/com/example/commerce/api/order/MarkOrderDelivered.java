package com.example.commerce.api.order;

import com.example.commerce.api.common.OrderId;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The order process reports that the carrier delivered the order. */
public record MarkOrderDelivered(@TargetAggregateIdentifier OrderId orderId, Instant deliveredAt, Instant autoConfirmAt) {
}
