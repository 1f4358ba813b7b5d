package com.example.commerce.query.orderview;

import com.example.commerce.api.common.Money;
import com.example.commerce.api.common.OrderId;
import com.example.commerce.api.common.OrderStatus;
import com.example.commerce.api.common.PaymentId;
import com.example.commerce.api.order.OrderAccepted;
import com.example.commerce.api.order.OrderCancelled;
import com.example.commerce.api.order.OrderCompleted;
import com.example.commerce.api.order.OrderDelivered;
import com.example.commerce.api.order.OrderEvent;
import com.example.commerce.api.order.OrderLine;
import com.example.commerce.api.order.OrderPaid;
import com.example.commerce.api.order.OrderPlaced;
import com.example.commerce.api.order.OrderShipped;
import com.example.commerce.api.order.PaymentRequested;
import com.example.commerce.api.payment.PaymentApproved;
import com.example.commerce.api.payment.PaymentDeclined;
import com.example.commerce.api.payment.PaymentEvent;
import com.example.commerce.api.payment.PaymentRefunded;
import com.example.commerce.api.payment.PaymentStarted;
import com.example.commerce.api.shipment.ShipmentCreated;
import com.example.commerce.api.shipment.ShipmentDelivered;
import com.example.commerce.api.shipment.ShipmentEvent;
import com.example.commerce.api.shipment.ShipmentInTransit;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The fold of an order's detail: one event of the order, of one of its payments or of its shipment,
 * with the time it was stored, applied to the detail as it stood. Used by the order view and by the
 * audit's state-at-an-instant alike, so both tell the same story.
 *
 * <ul>
 *   <li>{@code OrderPlaced} records the order, not yet visible ({@code placed}); {@code OrderAccepted}
 *       (in the same transaction) makes it {@code pending}.</li>
 *   <li>Each status the order enters adds one timeline entry at the time its event was stored
 *       ({@code pending} at acceptance, {@code delivered} at recording; {@code deliveredAt} itself is
 *       the carrier's time).</li>
 *   <li>{@code payment} is the latest started payment; events of an older payment are ignored.</li>
 * </ul>
 *
 * Transitions only move forward, so applying an event a second time changes nothing.
 */
public final class OrderDetails {

    public static final String PLACED = "placed";
    public static final String PENDING = OrderStatus.PENDING.wireName();
    public static final String PAID = OrderStatus.PAID.wireName();
    public static final String SHIPPED = OrderStatus.SHIPPED.wireName();
    public static final String DELIVERED = OrderStatus.DELIVERED.wireName();
    public static final String COMPLETED = OrderStatus.COMPLETED.wireName();
    public static final String CANCELLED = OrderStatus.CANCELLED.wireName();

    private OrderDetails() {
    }

    /** Folds a whole history, in stored order; null when it does not start with the order's placement. */
    public static OrderDetail fold(List<?> events, List<Instant> storedAt) {
        OrderDetail detail = null;
        for (int i = 0; i < events.size(); i++) {
            detail = apply(detail, events.get(i), storedAt.get(i));
        }
        return detail;
    }

    /**
     * The detail after the event; {@code current} itself when the event changes nothing, null while
     * there is no order (an event before its placement, or of no order at all).
     */
    public static OrderDetail apply(OrderDetail current, Object event, Instant storedAt) {
        if (event instanceof OrderPlaced placed) {
            return current != null ? current : placed(placed, storedAt);
        }
        if (current == null || !current.orderId().equals(orderIdOf(event))) {
            return current;
        }
        Draft draft = new Draft(current);
        if (event instanceof OrderAccepted accepted) {
            if (draft.is(PLACED)) {
                draft.paymentDueAt = accepted.paymentDueAt() != null ? accepted.paymentDueAt() : draft.paymentDueAt;
                draft.enter(PENDING, storedAt);
            }
        } else if (event instanceof PaymentRequested requested) {
            draft.startPayment(requested.paymentId(), requested.provider(), requested.amount());
        } else if (event instanceof OrderPaid) {
            if (draft.is(PENDING)) {
                draft.paidAt = storedAt;
                draft.enter(PAID, storedAt);
            }
        } else if (event instanceof OrderCancelled cancelled) {
            if (draft.is(PENDING) || draft.is(PAID)) {
                draft.cancelledAt = storedAt;
                draft.cancellationReason = cancelled.reason();
                draft.enter(CANCELLED, storedAt);
            }
        } else if (event instanceof OrderShipped shipped) {
            if (draft.is(PAID)) {
                draft.shippedAt = storedAt;
                draft.enter(SHIPPED, storedAt);
                draft.createShipment(shipped.shipmentId().value(), shipped.carrier(), shipped.trackingNumber());
            }
        } else if (event instanceof OrderDelivered delivered) {
            if (draft.is(SHIPPED)) {
                draft.deliveredAt = delivered.deliveredAt() != null ? delivered.deliveredAt() : storedAt;
                draft.autoConfirmAt = delivered.autoConfirmAt();
                draft.enter(DELIVERED, storedAt);
            }
        } else if (event instanceof OrderCompleted) {
            if (draft.is(DELIVERED)) {
                draft.completedAt = storedAt;
                draft.enter(COMPLETED, storedAt);
            }
        } else if (event instanceof PaymentStarted started) {
            draft.startPayment(started.paymentId(), started.provider(), started.amount());
        } else if (event instanceof PaymentApproved approved) {
            draft.settlePayment(approved.paymentId(), OrderPayment.PROCESSING, OrderPayment.COMPLETED, null);
        } else if (event instanceof PaymentDeclined declined) {
            draft.settlePayment(declined.paymentId(), OrderPayment.PROCESSING, OrderPayment.FAILED, declined.reason());
        } else if (event instanceof PaymentRefunded refunded) {
            draft.settlePayment(refunded.paymentId(), OrderPayment.COMPLETED, OrderPayment.REFUNDED, null);
        } else if (event instanceof ShipmentCreated created) {
            draft.createShipment(created.shipmentId().value(), created.carrier(), created.trackingNumber());
        } else if (event instanceof ShipmentInTransit inTransit) {
            draft.moveShipment(inTransit.shipmentId().value(), OrderShipment.IN_TRANSIT);
        } else if (event instanceof ShipmentDelivered shipmentDelivered) {
            draft.moveShipment(shipmentDelivered.shipmentId().value(), OrderShipment.DELIVERED);
        }
        OrderDetail next = draft.toDetail();
        return next.equals(current) ? current : next;
    }

    /** The order an event belongs to, or null for an event that belongs to none. */
    public static String orderIdOf(Object event) {
        OrderId orderId = null;
        if (event instanceof OrderEvent orderEvent) {
            orderId = orderEvent.orderId();
        } else if (event instanceof PaymentEvent paymentEvent) {
            orderId = paymentEvent.orderId();
        } else if (event instanceof ShipmentEvent shipmentEvent) {
            orderId = shipmentEvent.orderId();
        }
        return orderId == null ? null : orderId.value();
    }

    private static OrderDetail placed(OrderPlaced placed, Instant storedAt) {
        List<OrderDetailItem> items = placed.lines().stream().map(OrderDetails::item).toList();
        return new OrderDetail(placed.orderId().value(), placed.orderNumber(), placed.customerId().value(), PLACED,
                items, placed.amounts().subtotal().won(), placed.amounts().shippingFee().won(),
                placed.amounts().discount().won(), placed.amounts().tax().won(), placed.amounts().total().won(),
                placed.shippingAddress(), storedAt, placed.paymentDueAt(), null, null, null, null, null, null, null,
                null, null, List.of());
    }

    private static OrderDetailItem item(OrderLine line) {
        return new OrderDetailItem(line.sku().value(), line.productName(), line.variantName(), line.unitPrice().won(),
                line.quantity(), line.subtotal().won());
    }

    /** A detail being changed by one event. */
    private static final class Draft {

        private final OrderDetail base;
        private String status;
        private Instant paymentDueAt;
        private Instant paidAt;
        private Instant shippedAt;
        private Instant deliveredAt;
        private Instant completedAt;
        private Instant cancelledAt;
        private String cancellationReason;
        private Instant autoConfirmAt;
        private OrderPayment payment;
        private OrderShipment shipment;
        private final List<TimelineEntry> timeline;

        Draft(OrderDetail base) {
            this.base = base;
            status = base.status();
            paymentDueAt = base.paymentDueAt();
            paidAt = base.paidAt();
            shippedAt = base.shippedAt();
            deliveredAt = base.deliveredAt();
            completedAt = base.completedAt();
            cancelledAt = base.cancelledAt();
            cancellationReason = base.cancellationReason();
            autoConfirmAt = base.autoConfirmAt();
            payment = base.payment();
            shipment = base.shipment();
            timeline = new ArrayList<>(base.timeline());
        }

        boolean is(String expected) {
            return expected.equals(status);
        }

        void enter(String newStatus, Instant at) {
            status = newStatus;
            timeline.add(new TimelineEntry(newStatus, at));
        }

        /** A payment started after the shown one replaces it; the shown one started again changes nothing. */
        void startPayment(PaymentId paymentId, String provider, Money amount) {
            if (payment == null || !payment.paymentId().equals(paymentId.value())) {
                payment = new OrderPayment(paymentId.value(), provider, OrderPayment.PROCESSING,
                        amount == null ? 0 : amount.won(), null);
            }
        }

        void settlePayment(PaymentId paymentId, String from, String to, String failureReason) {
            if (payment != null && payment.paymentId().equals(paymentId.value()) && payment.status().equals(from)) {
                payment = payment.withStatus(to, failureReason);
            }
        }

        void createShipment(String shipmentId, String carrier, String trackingNumber) {
            if (shipment == null || !shipment.shipmentId().equals(shipmentId)) {
                shipment = new OrderShipment(shipmentId, carrier, trackingNumber, OrderShipment.CREATED);
            }
        }

        void moveShipment(String shipmentId, String to) {
            if (shipment == null || !shipment.shipmentId().equals(shipmentId) || shipment.status().equals(to)
                    || OrderShipment.DELIVERED.equals(shipment.status())) {
                return;
            }
            shipment = shipment.withStatus(to);
        }

        OrderDetail toDetail() {
            return new OrderDetail(base.orderId(), base.orderNumber(), base.customerId(), status, base.items(),
                    base.subtotal(), base.shippingFee(), base.discount(), base.tax(), base.total(),
                    base.shippingAddress(), base.placedAt(), paymentDueAt, paidAt, shippedAt, deliveredAt, completedAt,
                    cancelledAt, cancellationReason, autoConfirmAt, payment, shipment, timeline);
        }
    }
}
