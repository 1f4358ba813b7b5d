package com.example.commerce.command.shipment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Instant;

/** A carrier's tracking update, as it posts it to {@code /api/webhooks/carriers/{carrier}}. */
public record CarrierWebhook(@NotBlank String eventId, @NotBlank String trackingNumber,
                             @NotNull @Pattern(regexp = "in_transit|delivered") String status,
                             @NotNull Instant occurredAt) {
}
