package com.example.commerce.api.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.deser.DefaultDeserializationContext;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class InstantJsonTest {

    record Stamped(Instant at, List<Instant> history) {
    }

    private static final ObjectMapper STANDARD = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();
    private static final ObjectMapper FAST = JsonMapper.builder().addModule(new JavaTimeModule())
            .addModule(new InstantJson()).disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();

    @Test
    void takesOverInstantsFromTheJavaTimeModuleRegisteredBeforeIt() throws Exception {
        assertThat(FAST.getSerializerProviderInstance().findValueSerializer(Instant.class).getClass().getName())
                .startsWith(InstantJson.class.getName());
        DeserializationContext reading = ((DefaultDeserializationContext) FAST.getDeserializationContext())
                .createDummyInstance(FAST.getDeserializationConfig());
        assertThat(reading.findRootValueDeserializer(FAST.constructType(Instant.class)).getClass().getName())
                .startsWith(InstantJson.class.getName());
    }

    @Test
    void writesAndReadsTheSameJsonAsTheJavaTimeModule() throws Exception {
        Random random = new Random(42);
        for (int i = 0; i < 2_000; i++) {
            Instant at = Instant.ofEpochSecond(random.nextLong(-70_000_000_000L, 260_000_000_000L),
                    random.nextInt(1_000_000_000));
            Stamped stamped = new Stamped(at, List.of(at.plusMillis(i), Instant.ofEpochSecond(at.getEpochSecond())));
            String json = STANDARD.writeValueAsString(stamped);
            assertThat(FAST.writeValueAsString(stamped)).isEqualTo(json);
            assertThat(FAST.readValue(json, Stamped.class)).isEqualTo(stamped);
        }
    }

    @Test
    void leavesNumbersOffsetsAndTimestampWritingToTheJavaTimeModule() throws Exception {
        String other = "{\"at\":\"2026-11-24T21:34:56+09:00\",\"history\":[1764000000.5,1764000000]}";
        assertThat(FAST.readValue(other, Stamped.class)).isEqualTo(STANDARD.readValue(other, Stamped.class));
        Stamped stamped = new Stamped(Instant.parse("2026-11-24T12:34:56.789Z"), List.of());
        assertThat(FAST.writer().with(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).writeValueAsString(stamped))
                .isEqualTo(STANDARD.writer().with(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                        .writeValueAsString(stamped));
    }

    @Test
    void refusesWhatTheJavaTimeModuleRefuses() {
        assertThatThrownBy(() -> FAST.readValue("{\"at\":\"2026-02-30T00:00:00Z\"}", Stamped.class))
                .isInstanceOf(InvalidFormatException.class);
    }
}
