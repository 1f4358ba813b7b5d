package com.example.commerce.command.orderprocess;

import com.example.commerce.api.common.OrderId;
import com.example.commerce.api.common.Sku;
import com.example.commerce.api.coupon.ReleaseCoupon;
import com.example.commerce.api.inventory.ReleaseStock;
import com.example.commerce.api.inventory.ReturnStock;
import com.example.commerce.api.order.CompleteOrder;
import com.example.commerce.api.order.ExpireOrder;
import com.example.commerce.api.order.MarkOrderDelivered;
import com.example.commerce.api.order.OrderCancelled;
import com.example.commerce.api.order.OrderCompleted;
import com.example.commerce.api.order.OrderedUnits;
import com.example.commerce.api.payment.RefundPayment;
import com.example.commerce.api.shipment.ShipmentDelivered;
import com.example.commerce.command.ProcessStep;
import com.example.commerce.command.order.OrderProperties;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.modelling.saga.EndSaga;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.StartSaga;
import org.axonframework.spring.stereotype.Saga;

/**
 * The life of one order from its cancellation or its delivery on. Placement held its stock and
 * counted its coupon use in the placing transaction, the order keeps its own payment deadline, and
 * paying it takes its units out of stock in the paying transaction, so a pending or paid order has
 * no process yet: the process starts with the event that first needs one. Every step is an
 * idempotent command sent in a transaction of its own ({@link ProcessStep}), so a conflict with
 * another node is retried at once and a step repeated after a crash changes nothing; the commands
 * answer instead of refusing, so that the saga can decide what to do next.
 *
 * <ol>
 *   <li>cancelled: unpaid, give the units and the coupon use back; paid, refund and return the units</li>
 *   <li>delivered: mark the order delivered and confirm it automatically after a while</li>
 *   <li>completed or cancelled: the saga ends, its deadlines cancelled</li>
 * </ol>
 *
 * <p>Orders placed by earlier versions started their process at placement (with the payment
 * deadline kept here) or when paid: those sagas carry on, and their deadline still expires their
 * order. Their payment is no longer handled here: it took their units out of stock in the paying
 * transaction, as for any order.
 */
@Saga
@ProcessingGroup(OrderProcessSaga.PROCESSING_GROUP)
public class OrderProcessSaga {

    public static final String PROCESSING_GROUP = "order-process";
    static final String ORDER_ID = "orderId";
    static final String PAYMENT_DEADLINE = "payment-deadline";
    static final String AUTO_CONFIRM_DEADLINE = "auto-confirm-deadline";

    private OrderId orderId;
    /** Units per SKU (by SKU value), in the order's line order. */
    private Map<String, Integer> lines = new LinkedHashMap<>();
    private String couponCode;
    private String paymentDeadlineId;
    private String autoConfirmDeadlineId;

    @StartSaga
    @EndSaga
    @SagaEventHandler(associationProperty = ORDER_ID)
    public void on(OrderCancelled event, CommandGateway commands, DeadlineManager deadlines) {
        begin(event.orderId(), event.units(), event.couponCode());
        cancelPaymentDeadline(deadlines);
        if (event.paymentId() == null) {
            releaseHeldStock(commands);
            releaseCoupon(commands);
            return;
        }
        ProcessStep.send(commands, new RefundPayment(event.paymentId()));
        lines.forEach((sku, quantity) -> ProcessStep.send(commands, new ReturnStock(Sku.of(sku), orderId, quantity)));
    }

    @StartSaga
    @SagaEventHandler(associationProperty = ORDER_ID)
    public void on(ShipmentDelivered event, CommandGateway commands, DeadlineManager deadlines,
                   OrderProperties properties) {
        begin(event.orderId(), List.of(), null);
        Instant autoConfirmAt = event.deliveredAt().plus(properties.autoConfirmAfter());
        ProcessStep.send(commands, new MarkOrderDelivered(orderId, event.deliveredAt(), autoConfirmAt));
        if (autoConfirmDeadlineId == null) {
            autoConfirmDeadlineId = deadlines.schedule(autoConfirmAt, AUTO_CONFIRM_DEADLINE, new AutoConfirmDue(orderId));
        }
    }

    @EndSaga
    @SagaEventHandler(associationProperty = ORDER_ID)
    public void on(OrderCompleted event, DeadlineManager deadlines) {
        if (autoConfirmDeadlineId != null) {
            deadlines.cancelSchedule(AUTO_CONFIRM_DEADLINE, autoConfirmDeadlineId);
            autoConfirmDeadlineId = null;
        }
    }

    // A deadline handler's first parameter is its payload: without one, a handler asking for a
    // resource would never match its deadline. This one is scheduled only by the processes of
    // orders placed by earlier versions (orders now keep their own); since payments are no longer
    // handled here, it may fire for a paid order, which then stays paid.
    @DeadlineHandler(deadlineName = PAYMENT_DEADLINE)
    public void on(PaymentDue deadline, CommandGateway commands) {
        paymentDeadlineId = null;
        ProcessStep.send(commands, new ExpireOrder(deadline.orderId()));
    }

    @DeadlineHandler(deadlineName = AUTO_CONFIRM_DEADLINE)
    public void on(AutoConfirmDue deadline, CommandGateway commands) {
        autoConfirmDeadlineId = null;
        ProcessStep.send(commands, new CompleteOrder(deadline.orderId(), null, true));
    }

    /**
     * What a process started by this event needs of the order. A process an earlier version started
     * knows it already. A process started at delivery needs no units: a delivered order is never
     * cancelled. Only cancellations stored by earlier versions name none either.
     */
    private void begin(OrderId orderId, List<OrderedUnits> units, String couponCode) {
        if (this.orderId != null) {
            return;
        }
        this.orderId = orderId;
        this.couponCode = couponCode;
        if (units != null) {
            units.forEach(unit -> lines.merge(unit.sku().value(), unit.quantity(), Integer::sum));
        }
    }

    private void releaseHeldStock(CommandGateway commands) {
        lines.keySet().forEach(sku -> ProcessStep.send(commands, new ReleaseStock(Sku.of(sku), orderId)));
    }

    private void releaseCoupon(CommandGateway commands) {
        if (couponCode != null) {
            ProcessStep.send(commands, new ReleaseCoupon(couponCode, orderId));
        }
    }

    private void cancelPaymentDeadline(DeadlineManager deadlines) {
        if (paymentDeadlineId != null) {
            deadlines.cancelSchedule(PAYMENT_DEADLINE, paymentDeadlineId);
            paymentDeadlineId = null;
        }
    }
}
