package com.example.commerce.command.notification;

import com.example.commerce.api.common.CustomerId;
import com.example.commerce.api.common.OrderId;
import com.example.commerce.api.order.OrderCancelled;
import com.example.commerce.api.order.OrderCompleted;
import com.example.commerce.api.order.OrderDelivered;
import com.example.commerce.api.order.OrderPaid;
import com.example.commerce.api.order.OrderPlaced;
import com.example.commerce.api.order.OrderShipped;
import java.util.List;
import java.util.Map;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Mails the customer when their order is paid, shipped, delivered, cancelled or completed. Its
 * processor is never reset (it is not a projection, and replays are disallowed), so rebuilding the
 * read side sends nothing. A mail that keeps failing goes to the dead-letter queue for its order,
 * and other orders' mails go on.
 */
@Component
@DisallowReplay
@ProcessingGroup(Notifications.PROCESSING_GROUP)
public class Notifications {

    public static final String PROCESSING_GROUP = "notifications";

    private final JdbcTemplate jdbc;
    private final CustomerDirectory customers;
    private final Mailer mailer;

    public Notifications(JdbcTemplate jdbc, CustomerDirectory customers, Mailer mailer) {
        this.jdbc = jdbc;
        this.customers = customers;
        this.mailer = mailer;
    }

    /** Remembers whom the order's mails go to. */
    @EventHandler
    void on(OrderPlaced event) {
        jdbc.update("INSERT INTO notification_order (order_id, customer_id, order_number) VALUES (?, ?, ?)"
                + " ON CONFLICT DO NOTHING", event.orderId().value(), event.customerId().value(), event.orderNumber());
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
        List<Map<String, Object>> order = jdbc.queryForList(
                "SELECT customer_id, order_number FROM notification_order WHERE order_id = ?", orderId.value());
        if (order.isEmpty()) {
            return;
        }
        String orderNumber = (String) order.get(0).get("order_number");
        customers.recipient(CustomerId.of((String) order.get(0).get("customer_id"))).ifPresent(recipient ->
                mailer.send(recipient, "Order " + orderNumber + ": " + what,
                        "Hello " + recipient.name() + ",\n\n" + text + "\n\nOrder " + orderNumber + "\n"));
    }
}
