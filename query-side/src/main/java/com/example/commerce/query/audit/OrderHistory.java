package com.example.commerce.query.audit;

import com.example.commerce.api.common.PaymentId;
import com.example.commerce.api.common.ShipmentId;
import com.example.commerce.api.error.NotFound;
import com.example.commerce.api.order.OrderEvent;
import com.example.commerce.api.order.OrderShipped;
import com.example.commerce.api.order.PaymentRequested;
import com.example.commerce.query.orderview.OrderDetail;
import com.example.commerce.query.orderview.OrderDetails;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * An order's history straight from the event store: the order's own stream, and the streams of the
 * payments and shipments it names (in {@code PaymentRequested} and {@code OrderShipped}). Payloads
 * are read through the event store, so upcasters apply; their position in the store comes from
 * {@code domain_event_entry}. Nothing here reads a projection.
 */
@Component
public class OrderHistory {

    private final EventStore eventStore;
    private final JdbcTemplate jdbc;
    private final ObjectMapper eventJson;

    public OrderHistory(EventStore eventStore, JdbcTemplate jdbc,
                        @Qualifier("defaultAxonObjectMapper") ObjectMapper eventJson) {
        this.eventStore = eventStore;
        this.jdbc = jdbc;
        this.eventJson = eventJson;
    }

    /** Every event of the order, its payments and its shipments, in the order they were stored. */
    public List<AuditedEvent> events(String orderId) {
        List<Stored> history = history(orderId);
        return history.stream().map(stored -> new AuditedEvent(stored.globalIndex(), stored.message().getType(),
                stored.message().getAggregateIdentifier(), stored.message().getSequenceNumber(),
                stored.message().getPayloadType().getSimpleName(), stored.message().getTimestamp(),
                eventJson.valueToTree(stored.message().getPayload()),
                new LinkedHashMap<>(stored.message().getMetaData()))).toList();
    }

    /** The order's detail as the events stored up to and including {@code asOf} make it. */
    public OrderDetail stateAt(String orderId, Instant asOf) {
        OrderDetail detail = null;
        for (Stored stored : history(orderId)) {
            if (stored.message().getTimestamp().isAfter(asOf)) {
                continue;
            }
            detail = OrderDetails.apply(detail, stored.message().getPayload(), stored.message().getTimestamp());
        }
        if (detail == null) {
            throw new NotFound("order", orderId + " as of " + asOf);
        }
        return detail;
    }

    private List<Stored> history(String orderId) {
        List<DomainEventMessage<?>> order = stream(orderId);
        if (order.isEmpty() || !(order.get(0).getPayload() instanceof OrderEvent)) {
            throw new NotFound("order", orderId);
        }
        Set<String> related = new LinkedHashSet<>();
        for (DomainEventMessage<?> message : order) {
            if (message.getPayload() instanceof PaymentRequested requested) {
                related.add(idOf(requested.paymentId()));
            } else if (message.getPayload() instanceof OrderShipped shipped) {
                related.add(idOf(shipped.shipmentId()));
            }
        }
        List<DomainEventMessage<?>> all = new ArrayList<>(order);
        related.forEach(aggregateId -> all.addAll(stream(aggregateId)));
        Map<String, Long> positions = globalIndexes(all);
        return all.stream()
                .map(message -> new Stored(positions.get(message.getIdentifier()), message))
                .sorted(Comparator.comparing((Stored s) -> s.globalIndex() == null ? Long.MAX_VALUE : s.globalIndex())
                        .thenComparing(s -> s.message().getTimestamp()))
                .toList();
    }

    /** The aggregate's events from its first, never a snapshot in their place. */
    private List<DomainEventMessage<?>> stream(String aggregateId) {
        return eventStore.readEvents(aggregateId, 0L).asStream().collect(Collectors.toList());
    }

    private Map<String, Long> globalIndexes(List<DomainEventMessage<?>> messages) {
        Map<String, Long> positions = new HashMap<>();
        if (messages.isEmpty()) {
            return positions;
        }
        String placeholders = messages.stream().map(m -> "?").collect(Collectors.joining(", "));
        jdbc.query("SELECT event_identifier, global_index FROM domain_event_entry WHERE event_identifier IN ("
                        + placeholders + ")",
                rs -> {
                    positions.put(rs.getString("event_identifier"), rs.getLong("global_index"));
                },
                messages.stream().map(DomainEventMessage::getIdentifier).toArray());
        return positions;
    }

    private static String idOf(PaymentId paymentId) {
        return paymentId.value();
    }

    private static String idOf(ShipmentId shipmentId) {
        return shipmentId.value();
    }

    private record Stored(Long globalIndex, DomainEventMessage<?> message) {
    }
}
