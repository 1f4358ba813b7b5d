package com.example.commerce.query.projection;

import java.util.Map;
import java.util.TreeMap;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads processor tokens straight from {@code token_entry}: every segment, whichever node holds it,
 * and without claiming anything (the token store's own fetch would claim). Also reads the head of
 * the event store.
 */
@Component
public class TokenStoreReader {

    private static final Logger log = LoggerFactory.getLogger(TokenStoreReader.class);

    private final JdbcTemplate jdbc;
    private final Serializer serializer;

    public TokenStoreReader(JdbcTemplate jdbc, Serializer serializer) {
        this.jdbc = jdbc;
        this.serializer = serializer;
    }

    /** The token of each segment of the processor, by segment id in order; null for a segment that has none yet. */
    public Map<Integer, TrackingToken> tokensBySegment(String processorName) {
        Map<Integer, TrackingToken> tokens = new TreeMap<>();
        jdbc.query("SELECT segment, token, token_type FROM token_entry WHERE processor_name = ?",
                rs -> {
                    int segment = rs.getInt("segment");
                    tokens.put(segment, deserialize(processorName, segment, rs.getBytes("token"),
                            rs.getString("token_type")));
                },
                processorName);
        return tokens;
    }

    /** The global index of the newest stored event, 0 when there is none. */
    public long headPosition() {
        Long head = jdbc.queryForObject("SELECT MAX(global_index) FROM domain_event_entry", Long.class);
        return head == null ? 0 : head;
    }

    private TrackingToken deserialize(String processorName, int segment, byte[] bytes, String tokenType) {
        if (bytes == null || tokenType == null) {
            return null;
        }
        try {
            return serializer.deserialize(new SimpleSerializedObject<>(bytes, byte[].class, tokenType, null));
        } catch (RuntimeException e) {
            log.warn("Token of {} segment {} ({}) cannot be read: {}", processorName, segment, tokenType, e.getMessage());
            return null;
        }
    }
}
