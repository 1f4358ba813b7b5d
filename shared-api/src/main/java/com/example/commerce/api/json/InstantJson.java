package com.example.commerce.api.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import com.fasterxml.jackson.datatype.jsr310.ser.InstantSerializer;
import java.io.IOException;
import java.time.Instant;

/**
 * Reads and writes {@link Instant}s through {@link InstantText}: the same JSON as the
 * {@code JavaTimeModule} (which it must be registered after), without its per-instant formatter.
 * Anything but an ISO string in the usual shape (numbers, offsets, timestamps as numbers when a
 * mapper writes dates that way) is left to that module's own serializer and deserializer.
 */
public final class InstantJson extends SimpleModule {

    public InstantJson() {
        super("InstantJson");
        addSerializer(Instant.class, new Writer());
        addDeserializer(Instant.class, new Reader());
    }

    private static final class Writer extends StdSerializer<Instant> {

        Writer() {
            super(Instant.class);
        }

        @Override
        public void serialize(Instant value, JsonGenerator json, SerializerProvider provider) throws IOException {
            if (provider.isEnabled(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)) {
                InstantSerializer.INSTANCE.serialize(value, json, provider);
            } else {
                json.writeString(InstantText.format(value));
            }
        }
    }

    private static final class Reader extends StdScalarDeserializer<Instant> {

        Reader() {
            super(Instant.class);
        }

        @Override
        public Instant deserialize(JsonParser json, DeserializationContext context) throws IOException {
            if (json.hasToken(JsonToken.VALUE_STRING)) {
                Instant usual = InstantText.parseUsual(json.getText());
                if (usual != null) {
                    return usual;
                }
            }
            return InstantDeserializer.INSTANT.deserialize(json, context);
        }
    }
}
