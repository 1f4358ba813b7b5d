package com.example.commerce.query.orderview;

import com.example.commerce.api.common.Address;
import java.time.Instant;
import java.util.List;

/**
 * An order as its customer sees it. {@code status} is an order status's wire name; between the
 * order's first two events (recorded in one transaction) it is {@code placed}, never shown to a
 * customer. Absent optional
 * fields are null (and left out of JSON).
 */
public record OrderDetail(String orderId, String orderNumber, String customerId, String status,
                          List<OrderDetailItem> items, long subtotal, long shippingFee, long discount, long tax,
                          long total, Address shippingAddress, Instant placedAt, Instant paymentDueAt,
                          Instant paidAt, Instant shippedAt, Instant deliveredAt, Instant completedAt,
                          Instant cancelledAt, String cancellationReason, Instant autoConfirmAt,
                          OrderPayment payment, OrderShipment shipment, List<TimelineEntry> timeline) {

    public OrderDetail {
        items = items == null ? List.of() : List.copyOf(items);
        timeline = timeline == null ? List.of() : List.copyOf(timeline);
    }

    /** Whether the customer can see the order: it was accepted. */
    public boolean visible() {
        return !OrderDetails.PLACED.equals(status);
    }

    /** Whether nothing more will happen to the order: completed or cancelled. */
    public boolean ended() {
        return OrderDetails.COMPLETED.equals(status) || OrderDetails.CANCELLED.equals(status);
    }
}
