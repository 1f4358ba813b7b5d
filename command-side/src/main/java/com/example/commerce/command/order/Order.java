package com.example.commerce.command.order;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.example.commerce.api.common.CustomerId;
import com.example.commerce.api.common.Money;
import com.example.commerce.api.common.OrderId;
import com.example.commerce.api.common.OrderStatus;
import com.example.commerce.api.common.PaymentId;
import com.example.commerce.api.common.ShipmentId;
import com.example.commerce.api.error.IllegalOrderTransition;
import com.example.commerce.api.error.NotFound;
import com.example.commerce.api.order.CancelOrder;
import com.example.commerce.api.order.CompleteOrder;
import com.example.commerce.api.order.ExpireOrder;
import com.example.commerce.api.order.MarkOrderDelivered;
import com.example.commerce.api.order.OrderAccepted;
import com.example.commerce.api.order.OrderAmounts;
import com.example.commerce.api.order.OrderCancelled;
import com.example.commerce.api.order.OrderCompleted;
import com.example.commerce.api.order.OrderDelivered;
import com.example.commerce.api.order.OrderPaid;
import com.example.commerce.api.order.OrderPlaced;
import com.example.commerce.api.order.OrderShipped;
import com.example.commerce.api.order.OrderedUnits;
import com.example.commerce.api.order.PaymentRequested;
import com.example.commerce.api.order.PlaceOrder;
import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * An order from placement to completion. It is placed with its stock already held (see
 * {@link OrderCommandHandler}), so it is accepted at once and pending payment. It keeps its own
 * payment deadline, scheduled in the placing transaction, and paying it takes its units out of
 * stock in the paying transaction: an order needs no process of its own until it is cancelled or
 * delivered. Commands a customer sends carry {@code requestedBy}: another customer's order
 * answers as if it did not exist.
 */
@Aggregate
public class Order {

    /** The reason recorded when the payment deadline cancels an order. */
    public static final String PAYMENT_TIMEOUT = "payment_timeout";
    static final String PAYMENT_DEADLINE = "order-payment-deadline";

    @AggregateIdentifier
    private OrderId orderId;
    private CustomerId customerId;
    private Stage stage;
    private Money total;
    private String couponCode;
    private List<OrderedUnits> units;
    private String paymentDeadlineId;
    private PaymentId paidWith;

    protected Order() {
        // for Axon
    }

    /** An order whose every line's stock is held, in the same transaction. */
    Order(PlaceOrder command, OrderAmounts amounts, DeadlineManager deadlines) {
        apply(new OrderPlaced(command.orderId(), command.orderNumber(), command.customerId(), command.lines(),
                command.shippingAddress(), command.couponCode(), amounts, command.paymentDueAt()));
        String deadlineId = deadlines.schedule(command.paymentDueAt(), PAYMENT_DEADLINE,
                new PaymentOverdue(command.orderId()));
        apply(new OrderAccepted(command.orderId(), command.paymentDueAt(), deadlineId));
    }

    /** Opens a payment of the order's total; answers the amount to charge. */
    public Money requestPayment(PaymentId paymentId, CustomerId requestedBy, String provider) {
        requireVisibleTo(requestedBy);
        require(Stage.PENDING, "paid");
        apply(new PaymentRequested(orderId, paymentId, provider, total));
        return total;
    }

    /**
     * Answers whether the order is paid with this payment. An order no longer pending (cancelled, or
     * paid with another payment) answers false instead of refusing, so that the payment is refunded.
     * Its units are taken out of stock in the same transaction ({@link OrderCommandHandler}).
     */
    public boolean markPaid(PaymentId paymentId, DeadlineManager deadlines) {
        if (paymentId.equals(paidWith)) {
            return true;
        }
        if (stage != Stage.PENDING) {
            return false;
        }
        cancelPaymentDeadline(deadlines);
        apply(new OrderPaid(orderId, paymentId, total, units));
        return true;
    }

    /** The units of each SKU the order holds, or took once paid. */
    public List<OrderedUnits> units() {
        return units;
    }

    @CommandHandler
    public void handle(CancelOrder command, DeadlineManager deadlines) {
        requireVisibleTo(command.requestedBy());
        if (stage == Stage.CANCELLED) {
            return;
        }
        if (stage != Stage.PENDING && stage != Stage.PAID) {
            throw new IllegalOrderTransition(orderId, stage.status, "cancelled");
        }
        cancelPaymentDeadline(deadlines);
        cancel(command.reason());
    }

    /** Sent by the order process of orders placed by earlier versions, which kept their payment deadline there. */
    @CommandHandler
    public void handle(ExpireOrder command) {
        expire();
    }

    @DeadlineHandler(deadlineName = PAYMENT_DEADLINE)
    void on(PaymentOverdue deadline) {
        // Delivered at least once, possibly after the order was paid or cancelled: only a pending order expires.
        expire();
    }

    public void ship(ShipmentId shipmentId, String carrier, String trackingNumber) {
        require(Stage.PAID, "shipped");
        apply(new OrderShipped(orderId, shipmentId, carrier, trackingNumber));
    }

    @CommandHandler
    public void handle(MarkOrderDelivered command) {
        // Sent by the order process only; a carrier's report for a parcel already delivered changes nothing.
        if (stage == Stage.SHIPPED) {
            apply(new OrderDelivered(orderId, command.deliveredAt(), command.autoConfirmAt()));
        }
    }

    @CommandHandler
    public void handle(CompleteOrder command) {
        requireVisibleTo(command.requestedBy());
        if (stage == Stage.COMPLETED || (command.automatic() && stage != Stage.DELIVERED)) {
            return;
        }
        require(Stage.DELIVERED, "confirmed");
        apply(new OrderCompleted(orderId, command.automatic()));
    }

    @EventSourcingHandler
    void on(OrderPlaced event) {
        orderId = event.orderId();
        customerId = event.customerId();
        stage = Stage.PLACED;
        total = event.amounts().total();
        couponCode = event.couponCode();
        units = OrderedUnits.of(event.lines());
    }

    @EventSourcingHandler
    void on(OrderAccepted event) {
        stage = Stage.PENDING;
        paymentDeadlineId = event.paymentDeadlineId();
    }

    @EventSourcingHandler
    void on(OrderPaid event) {
        stage = Stage.PAID;
        paidWith = event.paymentId();
    }

    @EventSourcingHandler
    void on(OrderCancelled event) {
        stage = Stage.CANCELLED;
    }

    @EventSourcingHandler
    void on(OrderShipped event) {
        stage = Stage.SHIPPED;
    }

    @EventSourcingHandler
    void on(OrderDelivered event) {
        stage = Stage.DELIVERED;
    }

    @EventSourcingHandler
    void on(OrderCompleted event) {
        stage = Stage.COMPLETED;
    }

    private void expire() {
        if (stage == Stage.PENDING) {
            cancel(PAYMENT_TIMEOUT);
        }
    }

    private void cancel(String reason) {
        apply(new OrderCancelled(orderId, reason, stage.status, stage == Stage.PAID ? paidWith : null, couponCode,
                units));
    }

    /** Paid or cancelled, the order has no use for its deadline: cancelled while still due, it never fires. */
    private void cancelPaymentDeadline(DeadlineManager deadlines) {
        if (stage == Stage.PENDING && paymentDeadlineId != null) {
            deadlines.cancelSchedule(PAYMENT_DEADLINE, paymentDeadlineId);
        }
    }

    private void requireVisibleTo(CustomerId requestedBy) {
        if (requestedBy != null && !requestedBy.equals(customerId)) {
            throw new NotFound("order", orderId);
        }
    }

    private void require(Stage expected, String action) {
        if (stage != expected) {
            throw new IllegalOrderTransition(orderId, stage.status == null ? stage : stage.status, action);
        }
    }

    /** Where the order is; the stages a customer can see map onto their status. */
    enum Stage {
        PLACED(null), PENDING(OrderStatus.PENDING), PAID(OrderStatus.PAID),
        SHIPPED(OrderStatus.SHIPPED), DELIVERED(OrderStatus.DELIVERED), COMPLETED(OrderStatus.COMPLETED),
        CANCELLED(OrderStatus.CANCELLED);

        final OrderStatus status;

        Stage(OrderStatus status) {
            this.status = status;
        }
    }
}
