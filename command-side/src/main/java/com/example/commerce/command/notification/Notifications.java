package com.example.commerce.command.notification;

import com.example.commerce.api.common.OrderId;
import com.example.commerce.api.order.OrderCancelled;
import com.example.commerce.api.order.OrderCompleted;
import com.example.commerce.api.order.OrderDelivered;
import com.example.commerce.api.order.OrderPaid;
import com.example.commerce.api.order.OrderPlaced;
import com.example.commerce.api.order.OrderShipped;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * Mails the customer when their order is paid, shipped, delivered, cancelled or completed. Its
 * processor is never reset (it is not a projection, and replays are disallowed), so rebuilding the
 * read side sends nothing. A mail that keeps failing goes to the dead-letter queue for its order,
 * and other orders' mails go on. Whom an order's mails go to and the number they quote come from
 * the order's own first event, read when a mail is due: a placement costs this processor nothing.
 */
@Component
@DisallowReplay
@ProcessingGroup(Notifications.PROCESSING_GROUP)
public class Notifications {

    public static final String PROCESSING_GROUP = "notifications";

    private final EventStore events;
    private final CustomerDirectory customers;
    private final Mailer mailer;

    public Notifications(EventStore events, CustomerDirectory customers, Mailer mailer) {
        this.events = events;
        this.customers = customers;
        this.mailer = mailer;
    }

    @EventHandler
    void on(OrderPaid event) {
        send(event.orderId(), "payment received", "We received your payment of %s won.".formatted(event.amount().won()));
    }

    @EventHandler
    void on(OrderShipped event) {
        send(event.orderId(), "shipped", "Your order is on its way with %s, tracking number %s."
                .formatted(event.carrier(), event.trackingNumber()));
    }

    @EventHandler
    void on(OrderDelivered event) {
        send(event.orderId(), "delivered", "Your order was delivered at %s. It will be confirmed automatically at %s."
                .formatted(event.deliveredAt(), event.autoConfirmAt()));
    }

    @EventHandler
    void on(OrderCancelled event) {
        String refund = event.paymentId() == null ? "" : " Your payment will be refunded.";
        send(event.orderId(), "cancelled", "Your order was cancelled (%s).%s".formatted(event.reason(), refund));
    }

    @EventHandler
    void on(OrderCompleted event) {
        send(event.orderId(), "completed", "Your purchase is confirmed. Thank you for shopping with us.");
    }

    private void send(OrderId orderId, String what, String text) {
        placement(orderId).ifPresent(placed -> customers.recipient(placed.customerId()).ifPresent(recipient ->
                mailer.send(recipient, "Order " + placed.orderNumber() + ": " + what, "Hello " + recipient.name()
                        + ",\n\n" + text + "\n\nOrder " + placed.orderNumber() + "\n")));
    }

    /** The order's placement: its first event, read from its stream without a snapshot. */
    private Optional<OrderPlaced> placement(OrderId orderId) {
        DomainEventStream stream = events.readEvents(orderId.value(), 0);
        return stream.hasNext() && stream.next().getPayload() instanceof OrderPlaced placed
                ? Optional.of(placed) : Optional.empty();
    }
}
