package com.example.commerce.api.order;

import com.example.commerce.api.common.Money;
import com.example.commerce.api.common.OrderId;
import com.example.commerce.api.common.PaymentId;
import java.util.List;

/**
 * The order was paid. It names the units it took, so that the order process, which starts here,
 * needs no earlier event (null in events stored by earlier versions).
 */
public record OrderPaid(OrderId orderId, PaymentId paymentId, Money amount, List<OrderedUnits> units)
        implements OrderEvent {
}
