package com.example.commerce.command.inventory;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * The units an Inventory holds per order (by order id) until the order is paid or given up.
 *
 * <p>A flash sale's SKU holds one entry per order awaiting payment, tens of thousands, and every
 * snapshot of it reads the last one back and writes it whole. Written as a JSON object keyed by
 * order id, each id went through Jackson's field-name canonicalisation and interning, built for a
 * few recurring names: most of the snapshotter's time (docs/benchmarks.md, round 9). In a snapshot
 * they are therefore one flat array of alternating order ids and units,
 * {@code ["<order id>", 2, "<order id>", 1]}; snapshots written before as an object are still read.
 */
@JsonSerialize(using = HeldUnits.Writer.class)
@JsonDeserialize(using = HeldUnits.Reader.class)
final class HeldUnits {

    private final Map<String, Integer> byOrder;

    HeldUnits() {
        this(new HashMap<>());
    }

    private HeldUnits(Map<String, Integer> byOrder) {
        this.byOrder = byOrder;
    }

    /** The units held for the order, or null when it holds none here. */
    Integer of(String orderId) {
        return byOrder.get(orderId);
    }

    boolean holdsFor(String orderId) {
        return byOrder.containsKey(orderId);
    }

    void hold(String orderId, int units) {
        byOrder.put(orderId, units);
    }

    void release(String orderId) {
        byOrder.remove(orderId);
    }

    /** How many orders hold units here. */
    int orders() {
        return byOrder.size();
    }

    static final class Writer extends JsonSerializer<HeldUnits> {

        @Override
        public void serialize(HeldUnits held, JsonGenerator json, SerializerProvider provider) throws IOException {
            json.writeStartArray(held, held.byOrder.size() * 2);
            for (Map.Entry<String, Integer> hold : held.byOrder.entrySet()) {
                json.writeString(hold.getKey());
                json.writeNumber(hold.getValue());
            }
            json.writeEndArray();
        }
    }

    static final class Reader extends JsonDeserializer<HeldUnits> {

        @Override
        public HeldUnits deserialize(JsonParser json, DeserializationContext context) throws IOException {
            Map<String, Integer> byOrder = new HashMap<>();
            if (json.currentToken() == JsonToken.START_ARRAY) {
                String orderId;
                while ((orderId = json.nextTextValue()) != null) {
                    json.nextToken();
                    expect(json, JsonToken.VALUE_NUMBER_INT, context);
                    byOrder.put(orderId, json.getIntValue());
                }
                expect(json, JsonToken.END_ARRAY, context);
            } else {
                // Snapshots written before this format: {"<order id>": units, ...}
                expect(json, JsonToken.START_OBJECT, context);
                String orderId;
                while ((orderId = json.nextFieldName()) != null) {
                    json.nextToken();
                    byOrder.put(orderId, json.getIntValue());
                }
            }
            return new HeldUnits(byOrder);
        }

        private static void expect(JsonParser json, JsonToken token, DeserializationContext context) throws IOException {
            if (json.currentToken() != token) {
                context.reportWrongTokenException(HeldUnits.class, token, "units held per order");
            }
        }
    }
}
