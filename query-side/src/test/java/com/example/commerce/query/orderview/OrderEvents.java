package com.example.commerce.query.orderview;

import com.example.commerce.api.common.Address;
import com.example.commerce.api.common.CustomerId;
import com.example.commerce.api.common.Money;
import com.example.commerce.api.common.OrderId;
import com.example.commerce.api.common.OrderStatus;
import com.example.commerce.api.common.PaymentId;
import com.example.commerce.api.common.ProductId;
import com.example.commerce.api.common.ShipmentId;
import com.example.commerce.api.common.Sku;
import com.example.commerce.api.order.OrderAccepted;
import com.example.commerce.api.order.OrderAmounts;
import com.example.commerce.api.order.OrderCancelled;
import com.example.commerce.api.order.OrderCompleted;
import com.example.commerce.api.order.OrderDelivered;
import com.example.commerce.api.order.OrderLine;
import com.example.commerce.api.order.OrderPaid;
import com.example.commerce.api.order.OrderPlaced;
import com.example.commerce.api.order.OrderShipped;
import com.example.commerce.api.order.OrderedUnits;
import com.example.commerce.api.order.PaymentRequested;
import com.example.commerce.api.payment.PaymentApproved;
import com.example.commerce.api.payment.PaymentDeclined;
import com.example.commerce.api.payment.PaymentRefunded;
import com.example.commerce.api.payment.PaymentStarted;
import com.example.commerce.api.shipment.ShipmentCreated;
import com.example.commerce.api.shipment.ShipmentDelivered;
import com.example.commerce.api.shipment.ShipmentInTransit;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Events of one order, its payments and its shipment, as the command side writes them: test data. */
final class OrderEvents {

    static final Instant T0 = Instant.parse("2026-11-24T03:00:00Z");
    static final long TOTAL = 41_000;

    final OrderId orderId = OrderId.of(UUID.randomUUID());
    final CustomerId customerId = CustomerId.of(UUID.randomUUID());
    final ShipmentId shipmentId = ShipmentId.of(UUID.randomUUID());
    final String orderNumber = "ORD-20261124-000042";
    final Instant paymentDueAt = T0.plusSeconds(1800);

    static OrderEvents anOrder() {
        return new OrderEvents();
    }

    /** A stored time: {@code seconds} after the order was placed. */
    static Instant at(long seconds) {
        return T0.plusSeconds(seconds);
    }

    OrderPlaced placed() {
        OrderLine line = new OrderLine(Sku.of("TEE-RED-L"), ProductId.of(UUID.randomUUID()), "Tee", "Red / L",
                Money.won(19_000), 2);
        return new OrderPlaced(orderId, orderNumber, customerId, List.of(line),
                new Address("Kim", "010-1234-5678", "1 Road", null, "Seoul", "01234", "KR"), null,
                new OrderAmounts(Money.won(38_000), Money.won(3_000), Money.ZERO, Money.won(3_727), Money.won(TOTAL)),
                paymentDueAt);
    }

    /** The units the order takes: its one line. */
    static List<OrderedUnits> units() {
        return List.of(new OrderedUnits(Sku.of("TEE-RED-L"), 2));
    }

    OrderAccepted accepted() {
        return new OrderAccepted(orderId, paymentDueAt, "payment-deadline-" + orderId.value());
    }


    PaymentRequested paymentRequested(PaymentId paymentId, String provider) {
        return new PaymentRequested(orderId, paymentId, provider, Money.won(TOTAL));
    }

    PaymentStarted paymentStarted(PaymentId paymentId, String provider) {
        return new PaymentStarted(paymentId, orderId, provider, Money.won(TOTAL));
    }

    PaymentApproved paymentApproved(PaymentId paymentId) {
        return new PaymentApproved(paymentId, orderId, "pg-" + paymentId, Money.won(TOTAL));
    }

    PaymentDeclined paymentDeclined(PaymentId paymentId, String reason) {
        return new PaymentDeclined(paymentId, orderId, reason);
    }

    PaymentRefunded paymentRefunded(PaymentId paymentId) {
        return new PaymentRefunded(paymentId, orderId, Money.won(TOTAL), "refund-" + paymentId);
    }

    OrderPaid paid(PaymentId paymentId) {
        return new OrderPaid(orderId, paymentId, Money.won(TOTAL), units());
    }

    OrderCancelled cancelled(String reason, OrderStatus from, PaymentId paidWith) {
        return new OrderCancelled(orderId, reason, from, paidWith, null, units());
    }

    OrderShipped shipped() {
        return new OrderShipped(orderId, shipmentId, "cj", "TRK-1");
    }

    ShipmentCreated shipmentCreated() {
        return new ShipmentCreated(shipmentId, orderId, "cj", "TRK-1");
    }

    ShipmentInTransit shipmentInTransit() {
        return new ShipmentInTransit(shipmentId, orderId, at(400));
    }

    ShipmentDelivered shipmentDelivered(Instant deliveredAt) {
        return new ShipmentDelivered(shipmentId, orderId, deliveredAt);
    }

    OrderDelivered delivered(Instant deliveredAt) {
        return new OrderDelivered(orderId, deliveredAt, deliveredAt.plusSeconds(7 * 24 * 3600));
    }

    OrderCompleted completed(boolean automatic) {
        return new OrderCompleted(orderId, automatic);
    }

    static PaymentId aPaymentId() {
        return PaymentId.of(UUID.randomUUID());
    }
}
