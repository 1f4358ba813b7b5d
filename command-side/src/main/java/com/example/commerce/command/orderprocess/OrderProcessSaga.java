package com.example.commerce.command.orderprocess;

import com.example.commerce.api.common.OrderId;
import com.example.commerce.api.common.Sku;
import com.example.commerce.api.coupon.ReleaseCoupon;
import com.example.commerce.api.inventory.CommitStock;
import com.example.commerce.api.inventory.ReleaseStock;
import com.example.commerce.api.inventory.ReturnStock;
import com.example.commerce.api.order.CompleteOrder;
import com.example.commerce.api.order.ExpireOrder;
import com.example.commerce.api.order.MarkOrderDelivered;
import com.example.commerce.api.order.OrderCancelled;
import com.example.commerce.api.order.OrderCompleted;
import com.example.commerce.api.order.OrderPaid;
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
 * The life of one order once it is paid or cancelled. Placement held its stock and counted its
 * coupon use in the placing transaction, and the order keeps its own payment deadline, so an order
 * awaiting payment has no process yet: the process starts with the event that first needs one.
 * Every step is an idempotent command sent in a transaction of its own ({@link ProcessStep}), so a
 * conflict with another node is retried at once and a step repeated after a crash changes nothing;
 * the commands answer instead of refusing, so that the saga can decide what to do next.
 *
 * <ol>
 *   <li>paid: take the held units out of stock</li>
 *   <li>cancelled: unpaid, give the units and the coupon use back; paid, refund and return the units</li>
 *   <li>delivered: mark the order delivered and confirm it automatically after a while</li>
 *   <li>completed or cancelled: the saga ends, its deadlines cancelled</li>
 * </ol>
 *
 * <p>Orders placed by earlier versions started their process at placement, with the payment
 * deadline kept here: those sagas carry on, and their deadline still expires their order.
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
    @SagaEventHandler(associationProperty = ORDER_ID)
    public void on(OrderPaid event, CommandGateway commands, DeadlineManager deadlines) {
        begin(event.orderId(), event.units(), null);
        cancelPaymentDeadline(deadlines);
        lines.keySet().forEach(sku -> ProcessStep.send(commands, new CommitStock(Sku.of(sku), orderId)));
    }

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

    @SagaEventHandler(associationProperty = ORDER_ID)
    public void on(ShipmentDelivered event, CommandGateway commands, DeadlineManager deadlines,
                   OrderProperties properties) {
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
    // orders placed by earlier versions: orders now keep their own.
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
     * at placement knows it already; only events of such orders name no units.
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
