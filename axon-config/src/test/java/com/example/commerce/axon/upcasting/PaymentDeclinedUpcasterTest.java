package com.example.commerce.axon.upcasting;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.commerce.api.common.OrderId;
import com.example.commerce.api.common.PaymentId;
import com.example.commerce.api.payment.PaymentDeclined;
import com.example.commerce.axon.serialization.AxonSerializationConfiguration;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventsourcing.EventStreamUtils;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.axonframework.serialization.upcasting.event.NoOpEventUpcaster;
import org.junit.jupiter.api.Test;

class PaymentDeclinedUpcasterTest {

    /** The mapper that writes the stored events. */
    private static final ObjectMapper AXON_JSON = new AxonSerializationConfiguration().defaultAxonObjectMapper();

    private final JacksonSerializer serializer = JacksonSerializer.builder().objectMapper(AXON_JSON).build();
    private final PaymentId paymentId = PaymentId.of(UUID.randomUUID());
    private final OrderId orderId = OrderId.of(UUID.randomUUID());

    @Test
    void readsRevisionZeroWithTheReasonUnderItsOldName() {
        String revisionZero = "{\"paymentId\":\"" + paymentId + "\",\"orderId\":\"" + orderId
                + "\",\"failureReason\":\"card_declined\"}";

        Object payload = read(stored(revisionZero, "0"), new EventUpcasterChain(new PaymentDeclinedUpcaster()));

        assertThat(payload).isEqualTo(new PaymentDeclined(paymentId, orderId, "card_declined"));
    }

    @Test
    void wouldLoseTheReasonOfRevisionZeroWithoutIt() {
        String revisionZero = "{\"paymentId\":\"" + paymentId + "\",\"orderId\":\"" + orderId
                + "\",\"failureReason\":\"card_declined\"}";

        Object payload = read(stored(revisionZero, "0"), NoOpEventUpcaster.INSTANCE);

        assertThat(((PaymentDeclined) payload).reason()).isNull();
    }

    @Test
    void leavesTodaysEventAsItIs() throws Exception {
        PaymentDeclined today = new PaymentDeclined(paymentId, orderId, "insufficient_funds");

        Object payload = read(stored(AXON_JSON.writeValueAsString(today), null),
                new EventUpcasterChain(new PaymentDeclinedUpcaster()));

        assertThat(payload).isEqualTo(today);
    }

    private GenericDomainEventEntry<byte[]> stored(String json, String revision) {
        return new GenericDomainEventEntry<>("Payment", paymentId.value(), 1, UUID.randomUUID().toString(),
                Instant.parse("2026-11-24T03:00:00Z"), PaymentDeclined.class.getName(), revision,
                json.getBytes(StandardCharsets.UTF_8), "{}".getBytes(StandardCharsets.UTF_8));
    }

    private Object read(DomainEventData<byte[]> entry, EventUpcaster upcaster) {
        Stream<DomainEventData<byte[]>> stream = Stream.of(entry);
        List<? extends DomainEventMessage<?>> messages = EventStreamUtils.asStream(
                EventStreamUtils.upcastAndDeserializeDomainEvents(stream, serializer, upcaster)).toList();
        assertThat(messages).hasSize(1);
        return messages.get(0).getPayload();
    }
}
