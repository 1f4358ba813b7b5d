package com.example.commerce.query.projection;

import com.example.commerce.api.error.NotFound;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.axonframework.eventhandling.ReplayStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads {@code projection_generation}. Reads of a read model ask for the active generation on every
 * request (several nodes share it); event handlers, which ask once per event, keep it for
 * {@value #HANDLER_CACHE_MILLIS} ms, and a stale answer costs no more than a write to a generation
 * that is about to be dropped.
 */
@Component
public class Generations {

    static final long HANDLER_CACHE_MILLIS = 250;

    private static final String SELECT = "SELECT name, active_generation, building_generation, status,"
            + " rebuild_started_at, rebuild_finished_at, rebuild_caught_up_at_position FROM projection_generation";

    private final JdbcTemplate jdbc;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    public Generations(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The generations an event handler of this projection writes the event to. */
    public List<Integer> targets(String name, ReplayStatus replay) {
        GenerationState state = cached(name);
        if (replay == ReplayStatus.REPLAY && !state.isRebuilding()) {
            // A replay right after a rebuild started here must never miss the building generation.
            state = refresh(name);
        }
        return state.targets(replay);
    }

    /** The generation that serves reads right now. */
    public int active(String name) {
        return read(name).active();
    }

    public GenerationState read(String name) {
        List<GenerationState> found = jdbc.query(SELECT + " WHERE name = ?", Generations::state, name);
        if (found.isEmpty()) {
            throw new NotFound("projection", name);
        }
        return found.get(0);
    }

    public List<GenerationState> readAll() {
        return jdbc.query(SELECT + " ORDER BY name", Generations::state);
    }

    /** Drops what this node remembers, after it changed the generations itself. */
    public void forget(String name) {
        cache.remove(name);
    }

    private GenerationState cached(String name) {
        Cached cached = cache.get(name);
        if (cached != null && System.nanoTime() - cached.readAt < TimeUnit.MILLISECONDS.toNanos(HANDLER_CACHE_MILLIS)) {
            return cached.state;
        }
        return refresh(name);
    }

    private GenerationState refresh(String name) {
        GenerationState state = read(name);
        cache.put(name, new Cached(state, System.nanoTime()));
        return state;
    }

    private static GenerationState state(ResultSet rs, int row) throws SQLException {
        int buildingValue = rs.getInt("building_generation");
        Integer building = rs.wasNull() ? null : buildingValue;
        OffsetDateTime started = rs.getObject("rebuild_started_at", OffsetDateTime.class);
        OffsetDateTime finished = rs.getObject("rebuild_finished_at", OffsetDateTime.class);
        long catchUpValue = rs.getLong("rebuild_caught_up_at_position");
        Long catchUp = rs.wasNull() ? null : catchUpValue;
        return new GenerationState(rs.getString("name"), rs.getInt("active_generation"),
                building, rs.getString("status"),
                started == null ? null : started.toInstant(), finished == null ? null : finished.toInstant(), catchUp);
    }

    private record Cached(GenerationState state, long readAt) {
    }
}
