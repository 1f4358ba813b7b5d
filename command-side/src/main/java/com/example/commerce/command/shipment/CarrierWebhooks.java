package com.example.commerce.command.shipment;

import com.example.commerce.api.common.ShipmentId;
import com.example.commerce.api.error.NotFound;
import com.example.commerce.api.shipment.RecordShipmentDelivered;
import com.example.commerce.api.shipment.RecordShipmentInTransit;
import com.example.commerce.command.webhook.WebhookProperties;
import com.example.commerce.command.webhook.WebhookReceiver;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Service;

/** Applies a carrier's signed tracking update to the shipment it names by carrier and tracking number. */
@Service
public class CarrierWebhooks {

    private final WebhookReceiver receiver;
    private final WebhookProperties secrets;
    private final TrackingNumbers trackingNumbers;
    private final CommandGateway commands;

    public CarrierWebhooks(WebhookReceiver receiver, WebhookProperties secrets, TrackingNumbers trackingNumbers,
                           CommandGateway commands) {
        this.receiver = receiver;
        this.secrets = secrets;
        this.trackingNumbers = trackingNumbers;
        this.commands = commands;
    }

    public Map<String, String> receive(String carrier, byte[] body, String signature) {
        return receiver.receive("carrier:" + carrier, secrets.carrierSecret(), body, signature,
                CarrierWebhook.class, CarrierWebhook::eventId, update -> apply(carrier, update));
    }

    private void apply(String carrier, CarrierWebhook update) {
        ShipmentId shipmentId = trackingNumbers.find(carrier, update.trackingNumber())
                .orElseThrow(() -> new NotFound("shipment with tracking number", update.trackingNumber()));
        if ("delivered".equals(update.status())) {
            commands.sendAndWait(new RecordShipmentDelivered(shipmentId, update.occurredAt()));
        } else {
            commands.sendAndWait(new RecordShipmentInTransit(shipmentId, update.occurredAt()));
        }
    }
}
