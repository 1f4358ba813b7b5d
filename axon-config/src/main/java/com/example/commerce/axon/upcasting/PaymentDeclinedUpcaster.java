package com.example.commerce.axon.upcasting;

import com.example.commerce.api.payment.PaymentDeclined;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

/**
 * Reads revision {@code 0} of {@link PaymentDeclined}, which called the gateway's reason
 * {@code failureReason} (the webhook's field name), as today's event, whose field is {@code reason}
 * and which carries no revision. Without it the old field would be ignored and the reason lost.
 */
public class PaymentDeclinedUpcaster extends SingleEventUpcaster {

    static final SimpleSerializedType REVISION_0 = new SimpleSerializedType(PaymentDeclined.class.getName(), "0");
    static final SimpleSerializedType CURRENT = new SimpleSerializedType(PaymentDeclined.class.getName(), null);

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return REVISION_0.equals(representation.getType());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(CURRENT, JsonNode.class, payload -> {
            if (payload instanceof ObjectNode fields && fields.has("failureReason") && !fields.has("reason")) {
                fields.set("reason", fields.remove("failureReason"));
            }
            return payload;
        });
    }
}
