package com.example.commerce.command.order.web;

import com.example.commerce.api.common.Address;
import com.example.commerce.api.common.Caller;
import com.example.commerce.api.common.CustomerId;
import com.example.commerce.api.common.OrderId;
import com.example.commerce.api.common.Sku;
import com.example.commerce.api.error.InvalidInput;
import com.example.commerce.api.error.ProblemTypes;
import com.example.commerce.api.order.CancelOrder;
import com.example.commerce.api.order.CompleteOrder;
import com.example.commerce.api.order.OrderLine;
import com.example.commerce.command.idempotency.IdempotentRequests;
import com.example.commerce.command.order.OrderPlacement;
import com.example.commerce.command.order.OrderPlacement.Placement;
import com.example.commerce.command.order.OrderPlacement.RequestedLine;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Placing, cancelling and confirming orders. Reading them is the query side's. */
@RestController
@RequestMapping("/api/orders")
public class OrderCommandController {

    private final OrderPlacement placement;
    private final IdempotentRequests idempotency;
    private final CommandGateway commands;

    public OrderCommandController(OrderPlacement placement, IdempotentRequests idempotency, CommandGateway commands) {
        this.placement = placement;
        this.idempotency = idempotency;
        this.commands = commands;
    }

    @PostMapping
    public ResponseEntity<?> place(Caller caller, @Valid @RequestBody NewOrder request,
                                   @RequestHeader(name = "Idempotency-Key", required = false) String key)
            throws InterruptedException {
        requireDistinctSkus(request.items());
        return idempotency.run("place-order:" + caller.userId(), key, request, () -> placeNow(caller, request));
    }

    @PostMapping("/{orderId}/cancel")
    public Map<String, Object> cancel(Caller caller, @PathVariable UUID orderId,
                                      @Valid @RequestBody(required = false) Cancellation request) {
        String reason = request == null || request.reason() == null || request.reason().isBlank()
                ? (caller.isAdmin() ? "cancelled_by_admin" : "cancelled_by_customer")
                : request.reason().strip();
        commands.sendAndWait(new CancelOrder(OrderId.of(orderId), caller.customerScope(), reason));
        return Map.of("orderId", orderId, "status", "cancelled");
    }

    @PostMapping("/{orderId}/confirm")
    public Map<String, Object> confirm(Caller caller, @PathVariable UUID orderId) {
        commands.sendAndWait(new CompleteOrder(OrderId.of(orderId), CustomerId.of(caller.userId()), false));
        return Map.of("orderId", orderId, "status", "completed");
    }

    private ResponseEntity<?> placeNow(Caller caller, NewOrder request) {
        Placement result = placement.place(CustomerId.of(caller.userId()),
                request.items().stream().map(i -> new RequestedLine(Sku.of(i.sku()), i.quantity())).toList(),
                request.shippingAddress().toAddress(), blankToNull(request.couponCode()));
        if (result instanceof Placement.Placed placed) {
            return ResponseEntity.status(HttpStatus.CREATED).contentType(MediaType.APPLICATION_JSON)
                    .body(placedBody(placed));
        }
        Placement.OutOfStock outOfStock = (Placement.OutOfStock) result;
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "some items are not available in the quantity asked for; nothing was reserved");
        problem.setType(ProblemTypes.of("out-of-stock"));
        problem.setTitle("Out of stock");
        problem.setProperty("unavailable", outOfStock.unavailable().stream()
                .map(s -> Map.of("sku", s.sku().value(), "requested", s.requested(), "available", s.available()))
                .toList());
        return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    private static Map<String, Object> placedBody(Placement.Placed placed) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("orderId", placed.orderId().value());
        body.put("orderNumber", placed.orderNumber());
        body.put("status", "pending");
        body.put("items", placed.lines().stream().map(OrderCommandController::item).toList());
        body.put("subtotal", placed.amounts().subtotal().won());
        body.put("shippingFee", placed.amounts().shippingFee().won());
        body.put("discount", placed.amounts().discount().won());
        body.put("tax", placed.amounts().tax().won());
        body.put("total", placed.amounts().total().won());
        body.put("paymentDueAt", placed.paymentDueAt().toString());
        return body;
    }

    private static Map<String, Object> item(OrderLine line) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("sku", line.sku().value());
        item.put("productName", line.productName());
        item.put("variantName", line.variantName());
        item.put("unitPrice", line.unitPrice().won());
        item.put("quantity", line.quantity());
        item.put("subtotal", line.subtotal().won());
        return item;
    }

    private static void requireDistinctSkus(List<NewItem> items) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            if (!seen.add(items.get(i).sku())) {
                throw new InvalidInput("items[" + i + "].sku", "SKU " + items.get(i).sku() + " appears on more than one line");
            }
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    record NewOrder(@NotEmpty @Size(max = 100) List<@Valid @NotNull NewItem> items,
                    @NotNull @Valid ShippingAddress shippingAddress, @Size(max = 64) String couponCode) {
    }

    record NewItem(@NotBlank @Size(max = 64) String sku, @NotNull @Positive @Max(999) Integer quantity) {
    }

    record ShippingAddress(@NotBlank @Size(max = 100) String recipient, @NotBlank @Size(max = 30) String phone,
                           @NotBlank @Size(max = 200) String line1, @Size(max = 200) String line2,
                           @NotBlank @Size(max = 100) String city, @NotBlank @Size(max = 20) String postalCode,
                           @NotBlank @Size(max = 56) String country) {

        Address toAddress() {
            return new Address(recipient, phone, line1, line2, city, postalCode, country);
        }
    }

    record Cancellation(@Size(max = 500) String reason) {
    }
}
