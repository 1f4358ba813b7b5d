package com.example.commerce.command.payment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;

/** A payment provider's report on a payment, as it posts it to {@code /api/webhooks/payments/{provider}}. */
public record PaymentWebhook(@NotBlank String eventId, @NotBlank String paymentId, String pgTransactionId,
                             @NotNull @Pattern(regexp = "approved|declined") String status,
                             @NotNull @PositiveOrZero Long amount, String failureReason) {
}
