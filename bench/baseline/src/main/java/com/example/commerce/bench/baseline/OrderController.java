package com.example.commerce.bench.baseline;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * The same JSON contract as the product's POST /api/orders (items, shippingAddress; 201 with the
 * priced lines, 409 out-of-stock problem) and POST /api/orders/{id}/payment. No authentication:
 * the customer is taken from an optional X-Customer-Id header.
 */
@RestController
public class OrderController {

    private static final String PROBLEMS = "https://commerce.example.com/problems/";
    private static final UUID ANONYMOUS = UUID.fromString("00000000-0000-0000-0000-000000000001");

    private final OrderService orders;

    public OrderController(OrderService orders) {
        this.orders = orders;
    }

    @PostMapping("/api/orders")
    public ResponseEntity<Map<String, Object>> place(@Valid @RequestBody NewOrder request,
                                                     @RequestHeader(name = "X-Customer-Id", required = false) UUID customer) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < request.items().size(); i++) {
            if (!seen.add(request.items().get(i).sku())) {
                throw new OrderService.BadRequest("items[" + i + "].sku", "duplicate SKU line");
            }
        }
        PurchaseOrder order = orders.placeOrder(customer == null ? ANONYMOUS : customer,
                request.items().stream().map(i -> new OrderService.Line(i.sku(), i.quantity())).toList(),
                request.shippingAddress().toAddress());
        return ResponseEntity.status(HttpStatus.CREATED).contentType(MediaType.APPLICATION_JSON).body(body(order));
    }

    @PostMapping("/api/orders/{orderId}/payment")
    public ResponseEntity<Map<String, Object>> pay(@PathVariable UUID orderId, @Valid @RequestBody PayOrder request) {
        Payment payment = orders.pay(orderId, request.provider(), request.paymentToken());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("paymentId", payment.getId());
        body.put("status", payment.getStatus());
        return ResponseEntity.status(HttpStatus.ACCEPTED).contentType(MediaType.APPLICATION_JSON).body(body);
    }

    @PostMapping("/bench/skus")
    public Map<String, Object> setUp(@RequestBody List<OrderService.SkuSpec> specs) {
        return Map.of("skus", orders.setUp(specs));
    }

    @ExceptionHandler(OrderService.OutOfStock.class)
    ResponseEntity<ProblemDetail> outOfStock(OrderService.OutOfStock e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "some items are not available in the quantity asked for; nothing was reserved");
        problem.setType(URI.create(PROBLEMS + "out-of-stock"));
        problem.setTitle("Out of stock");
        problem.setProperty("unavailable", e.unavailable);
        return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    @ExceptionHandler(OrderService.BadRequest.class)
    ResponseEntity<ProblemDetail> badRequest(OrderService.BadRequest e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setType(URI.create(PROBLEMS + "invalid-input"));
        problem.setProperty("errors", List.of(Map.of("field", e.field, "message", e.getMessage())));
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    @ExceptionHandler(OrderService.NotFound.class)
    ResponseEntity<ProblemDetail> notFound(OrderService.NotFound e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage()));
    }

    @ExceptionHandler(OrderService.Conflict.class)
    ResponseEntity<ProblemDetail> conflict(OrderService.Conflict e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage()));
    }

    private static Map<String, Object> body(PurchaseOrder order) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("orderId", order.getId());
        body.put("orderNumber", order.getOrderNumber());
        body.put("status", "pending");
        body.put("items", order.getItems().stream().map(item -> {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("sku", item.getSku());
            line.put("productName", item.getProductName());
            line.put("variantName", item.getVariantName());
            line.put("unitPrice", item.getUnitPrice());
            line.put("quantity", item.getQuantity());
            line.put("subtotal", item.subtotal());
            return line;
        }).toList());
        PurchaseOrder.Amounts amounts = order.amounts();
        body.put("subtotal", amounts.subtotal());
        body.put("shippingFee", amounts.shippingFee());
        body.put("discount", amounts.discount());
        body.put("tax", amounts.tax());
        body.put("total", amounts.total());
        body.put("paymentDueAt", order.getPaymentDueAt().toString());
        return body;
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

        PurchaseOrder.Address toAddress() {
            return new PurchaseOrder.Address(recipient, phone, line1, line2, city, postalCode, country);
        }
    }

    record PayOrder(@NotBlank String provider, @NotBlank @Size(max = 500) String paymentToken) {
    }
}
