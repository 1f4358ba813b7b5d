package com.example.commerce.command.shipment.web;

import com.example.commerce.api.common.OrderId;
import com.example.commerce.api.common.ShipmentId;
import com.example.commerce.api.order.ShipOrder;
import com.example.commerce.command.shipment.CarrierWebhooks;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** An admin ships a paid order; carriers report on the parcel through their signed webhook. */
@RestController
public class ShipmentController {

    private final CommandGateway commands;
    private final CarrierWebhooks webhooks;

    public ShipmentController(CommandGateway commands, CarrierWebhooks webhooks) {
        this.commands = commands;
        this.webhooks = webhooks;
    }

    @PostMapping("/api/admin/orders/{orderId}/shipments")
    @ResponseStatus(HttpStatus.CREATED)
    public Map<String, Object> ship(@PathVariable UUID orderId, @Valid @RequestBody NewShipment request) {
        ShipmentId shipmentId = ShipmentId.of(UUID.randomUUID());
        commands.sendAndWait(new ShipOrder(OrderId.of(orderId), shipmentId, request.carrier(),
                request.trackingNumber().strip()));
        return Map.of("shipmentId", shipmentId.value());
    }

    @PostMapping(path = "/api/webhooks/carriers/{carrier}", consumes = "application/json")
    public Map<String, String> receive(@PathVariable String carrier, @RequestBody byte[] body,
                                       @RequestHeader(name = "X-Signature", required = false) String signature) {
        return webhooks.receive(carrier, body, signature);
    }

    record NewShipment(@NotBlank @Size(max = 50) @Pattern(regexp = "[a-z0-9_-]+") String carrier,
                       @NotBlank @Size(max = 100) String trackingNumber) {
    }
}
