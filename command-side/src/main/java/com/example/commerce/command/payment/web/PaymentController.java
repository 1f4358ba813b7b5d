package com.example.commerce.command.payment.web;

import com.example.commerce.api.common.Caller;
import com.example.commerce.api.common.CustomerId;
import com.example.commerce.api.common.OrderId;
import com.example.commerce.command.idempotency.IdempotentRequests;
import com.example.commerce.command.payment.PaymentService;
import com.example.commerce.command.payment.PaymentService.PaymentAttempt;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** The owner pays a pending order. */
@RestController
public class PaymentController {

    private final PaymentService payments;
    private final IdempotentRequests idempotency;

    public PaymentController(PaymentService payments, IdempotentRequests idempotency) {
        this.payments = payments;
        this.idempotency = idempotency;
    }

    @PostMapping("/api/orders/{orderId}/payment")
    public ResponseEntity<?> pay(Caller caller, @PathVariable UUID orderId, @Valid @RequestBody PayOrder request,
                                 @RequestHeader(name = "Idempotency-Key", required = false) String key)
            throws InterruptedException {
        return idempotency.run("pay-order:" + caller.userId() + ":" + orderId, key, request, () -> {
            PaymentAttempt attempt = payments.pay(OrderId.of(orderId), CustomerId.of(caller.userId()),
                    request.provider(), request.paymentToken());
            return ResponseEntity.status(HttpStatus.ACCEPTED).contentType(MediaType.APPLICATION_JSON)
                    .body(Map.of("paymentId", attempt.paymentId().value(), "status", attempt.status()));
        });
    }

    record PayOrder(@NotBlank @Pattern(regexp = "toss|kakaopay|stripe|sandbox") String provider,
                    @NotBlank @Size(max = 500) String paymentToken) {
    }
}
