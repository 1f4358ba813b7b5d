package com.example.commerce.command.coupon.web;

import com.example.commerce.api.common.Money;
import com.example.commerce.api.coupon.CouponType;
import com.example.commerce.api.coupon.CreateCoupon;
import com.example.commerce.api.error.InvalidInput;
import com.example.commerce.api.error.RuleViolation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** An admin creates a coupon; its code is its identity. */
@RestController
public class CouponAdminController {

    private final CommandGateway commands;

    public CouponAdminController(CommandGateway commands) {
        this.commands = commands;
    }

    @PostMapping("/api/admin/coupons")
    @ResponseStatus(HttpStatus.CREATED)
    public Map<String, Object> create(@Valid @RequestBody NewCoupon request) {
        CouponType type = CouponType.valueOf(request.type().toUpperCase(Locale.ROOT));
        if (type == CouponType.PERCENT && request.value() > 100) {
            throw new InvalidInput("value", "a percent coupon's value is at most 100");
        }
        try {
            commands.sendAndWait(new CreateCoupon(request.code(), type, request.value(),
                    request.minOrderAmount() == null ? null : Money.won(request.minOrderAmount()),
                    request.expiresAt(), request.usageLimit()));
        } catch (AggregateStreamCreationException taken) {
            // The code's stream already exists: another coupon has this code.
            throw new RuleViolation("duplicate-coupon-code", "coupon code " + request.code() + " is already taken");
        }
        return Map.of("code", request.code());
    }

    record NewCoupon(@NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9_-]+") String code,
                     @NotNull @Pattern(regexp = "fixed|percent") String type, @NotNull @Positive Long value,
                     @PositiveOrZero Long minOrderAmount, Instant expiresAt, @Positive Integer usageLimit) {
    }
}
