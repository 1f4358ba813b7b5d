package com.example.commerce.query.orderview.web;

import com.example.commerce.api.common.Caller;
import com.example.commerce.api.common.CustomerId;
import com.example.commerce.api.common.OrderStatus;
import com.example.commerce.api.error.InvalidInput;
import com.example.commerce.api.error.NotFound;
import com.example.commerce.query.orderview.OrderDetail;
import com.example.commerce.query.orderview.OrderSummary;
import com.example.commerce.query.orderview.OrderUpdates;
import com.example.commerce.query.orderview.OrderViewRepository;
import com.example.commerce.query.paging.Page;
import com.example.commerce.query.paging.PageRequest;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import reactor.core.Disposable;
import reactor.core.Disposables;
import reactor.core.publisher.Flux;

/**
 * Reading orders: a customer reads their own, an admin any. Another customer's order, and one not
 * yet accepted, answer 404 as if it did not exist.
 */
@RestController
@RequestMapping("/api/orders")
public class OrderQueryController {

    private static final Logger log = LoggerFactory.getLogger(OrderQueryController.class);
    /** How long one update stream may stay open; the client reconnects after. */
    static final Duration STREAM_TIMEOUT = Duration.ofMinutes(30);
    /** A comment line this often keeps proxies from closing a quiet stream and finds disconnected clients. */
    static final Duration HEARTBEAT = Duration.ofSeconds(15);

    private final OrderViewRepository orders;
    private final OrderUpdates updates;
    private final ObjectWriter json;

    public OrderQueryController(OrderViewRepository orders, OrderUpdates updates, ObjectMapper json) {
        this.orders = orders;
        this.updates = updates;
        this.json = json.writer().without(SerializationFeature.INDENT_OUTPUT);
    }

    @GetMapping
    public Page<OrderSummary> list(Caller caller, @RequestParam(required = false) String status,
                                   @RequestParam(required = false) Integer page,
                                   @RequestParam(required = false) Integer size,
                                   @RequestParam(required = false) String customerId) {
        PageRequest request = PageRequest.of(page, size);
        CustomerId scope = caller.customerScope();
        String customer = scope != null ? scope.value() : blankToNull(customerId);
        return orders.page(customer, parseStatus(status), request);
    }

    @GetMapping("/{orderId}")
    public OrderDetail get(Caller caller, @PathVariable UUID orderId) {
        return visibleTo(caller, orderId.toString());
    }

    /** The detail now, then again after every change; the stream ends once the order completed or was cancelled. */
    @GetMapping(path = "/{orderId}/updates", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    public SseEmitter updates(Caller caller, @PathVariable UUID orderId) {
        visibleTo(caller, orderId.toString());
        SseEmitter emitter = new SseEmitter(STREAM_TIMEOUT.toMillis());
        Disposable.Composite subscriptions = Disposables.composite();
        subscriptions.add(updates.follow(orderId.toString()).subscribe(
                detail -> send(emitter, SseEmitter.event().data(line(detail))),
                failure -> {
                    log.warn("Update stream of order {} failed: {}", orderId, failure.toString());
                    emitter.complete();
                },
                emitter::complete));
        subscriptions.add(Flux.interval(HEARTBEAT).subscribe(
                beat -> send(emitter, SseEmitter.event().comment("keep-alive")),
                failure -> emitter.complete()));
        emitter.onCompletion(subscriptions::dispose);
        emitter.onTimeout(() -> {
            subscriptions.dispose();
            emitter.complete();
        });
        emitter.onError(failure -> subscriptions.dispose());
        return emitter;
    }

    private OrderDetail visibleTo(Caller caller, String orderId) {
        OrderDetail detail = orders.visibleDetail(orderId).map(view -> view.detail())
                .orElseThrow(() -> new NotFound("order", orderId));
        CustomerId scope = caller.customerScope();
        if (scope != null && !scope.value().equals(detail.customerId())) {
            throw new NotFound("order", orderId);
        }
        return detail;
    }

    private String line(OrderDetail detail) {
        try {
            return json.writeValueAsString(detail);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write order " + detail.orderId() + " as JSON", e);
        }
    }

    /** Sends one event; a client that went away fails the send, which ends the subscription feeding it. */
    private static void send(SseEmitter emitter, SseEmitter.SseEventBuilder event) {
        try {
            emitter.send(event);
        } catch (IOException | IllegalStateException e) {
            throw new ClientGone(e);
        }
    }

    private static OrderStatus parseStatus(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return OrderStatus.fromWireName(status.strip());
        } catch (IllegalArgumentException e) {
            String accepted = Arrays.stream(OrderStatus.values()).map(OrderStatus::wireName)
                    .collect(Collectors.joining(", "));
            throw new InvalidInput("status", "status must be one of " + accepted + ", was '"
                    + status.toLowerCase(Locale.ROOT) + "'");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The client of an update stream disconnected. */
    private static final class ClientGone extends RuntimeException {
        ClientGone(Throwable cause) {
            super(cause);
        }
    }
}
