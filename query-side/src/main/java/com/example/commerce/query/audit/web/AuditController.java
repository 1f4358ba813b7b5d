package com.example.commerce.query.audit.web;

import com.example.commerce.api.error.InvalidInput;
import com.example.commerce.api.error.NotFound;
import com.example.commerce.query.audit.AuditedEvent;
import com.example.commerce.query.audit.OrderHistory;
import com.example.commerce.query.orderview.OrderDetail;
import com.example.commerce.query.orderview.OrderViewRepository;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** An order's stored history, and its state at an instant rebuilt from that history. AUDITOR or ADMIN. */
@RestController
@RequestMapping("/api/audit/orders")
public class AuditController {

    private final OrderHistory history;
    private final OrderViewRepository orders;

    public AuditController(OrderHistory history, OrderViewRepository orders) {
        this.history = history;
        this.orders = orders;
    }

    /**
     * Finds an order by the number a customer quotes ({@code ORD-20261124-000042}); an addition to the
     * contract, since auditors may not read the order lists. The history itself still comes from the events.
     */
    @GetMapping(params = "number")
    public Map<String, String> byNumber(@RequestParam String number) {
        String orderNumber = number.strip().toUpperCase(Locale.ROOT);
        return orders.orderIdByNumber(orderNumber)
                .map(orderId -> Map.of("orderId", orderId, "orderNumber", orderNumber))
                .orElseThrow(() -> new NotFound("order numbered", orderNumber));
    }

    @GetMapping("/{orderId}/events")
    public List<AuditedEvent> events(@PathVariable UUID orderId) {
        return history.events(orderId.toString());
    }

    /** {@code asOf} is inclusive and may lie in the future; before the order's first event there is nothing (404). */
    @GetMapping("/{orderId}/state")
    public OrderDetail state(@PathVariable UUID orderId, @RequestParam(required = false) String asOf) {
        return history.stateAt(orderId.toString(), parseInstant(asOf));
    }

    static Instant parseInstant(String asOf) {
        if (asOf == null || asOf.isBlank()) {
            throw new InvalidInput("asOf", "asOf is required: an ISO-8601 instant such as 2026-11-24T05:00:00Z");
        }
        // An unencoded '+' of an offset arrives as a space.
        String text = asOf.strip().replace(' ', '+');
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException notAnInstant) {
            try {
                return OffsetDateTime.parse(text).toInstant();
            } catch (DateTimeParseException e) {
                throw new InvalidInput("asOf", "asOf must be an ISO-8601 instant such as 2026-11-24T05:00:00Z, was '"
                        + asOf + "'");
            }
        }
    }
}
