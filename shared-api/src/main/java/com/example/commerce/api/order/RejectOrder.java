package com.example.commerce.api.order;

import com.example.commerce.api.common.OrderId;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The order process reports that some line could not be reserved. */
public record RejectOrder(@TargetAggregateIdentifier OrderId orderId, List<Shortfall> unavailable) {
}
