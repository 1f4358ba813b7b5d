package com.example.commerce.query;

import com.example.commerce.api.json.InstantJson;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The JSON format of read-model columns (order details, variant attributes). Its own mapper, so that
 * neither {@code spring.jackson.*} nor the event format changes what the tables hold.
 */
public final class ReadModelJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .addModule(new InstantJson())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();
    private static final ObjectWriter INTO_GENERATOR =
            MAPPER.writer().without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);

    private ReadModelJson() {
    }

    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    /**
     * A generator that writes UTF-8 into the stream, for many values (and raw text between them) in one
     * stream: nothing is written between values, and neither flushing nor closing it reaches the stream.
     */
    public static JsonGenerator generator(OutputStream out) throws IOException {
        JsonGenerator generator = MAPPER.getFactory().createGenerator(out, JsonEncoding.UTF8)
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                .disable(JsonGenerator.Feature.FLUSH_PASSED_TO_STREAM);
        generator.setRootValueSeparator(null);
        return generator;
    }

    /** Writes the value as the same JSON as {@link #write(Object)}, into a {@link #generator}. */
    public static void write(JsonGenerator generator, Object value) throws IOException {
        INTO_GENERATOR.writeValue(generator, value);
    }

    public static <T> T read(String json, Class<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read a stored " + type.getSimpleName(), e);
        }
    }

    public static <T> T read(String json, TypeReference<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read stored JSON as " + type.getType(), e);
        }
    }
}
