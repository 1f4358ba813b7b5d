package com.example.commerce.query.projection;

import com.example.commerce.api.error.NotFound;
import com.example.commerce.api.error.RuleViolation;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Blue/green rebuilds. A rebuild claims the next generation in one conditional update (a second
 * request finds it claimed and changes nothing), resets the projection's processor so that it
 * replays the whole store into that generation while live events keep reaching the active one too,
 * and a monitor switches reads over once the replay has caught up. The old generation is dropped a
 * little later, after requests that had already read the old generation number are done with it.
 *
 * <p>Resetting needs the processor stopped on every node: this node stops its own; a segment held
 * by another node makes the reset fail, and then the claim is given back (409).
 */
@Component
public class ProjectionRebuilds {

    private static final Logger log = LoggerFactory.getLogger(ProjectionRebuilds.class);
    /** A claim whose reset never completed (its node died) may be taken over after this. */
    static final Duration STALE_START = Duration.ofMinutes(1);
    /** How long the previous generation stays after a switch, for reads already under way. */
    static final Duration DROP_GRACE = Duration.ofSeconds(5);

    private final JdbcTemplate jdbc;
    private final Generations generations;
    private final Map<String, Projection> projections;
    private final EventProcessingConfiguration processing;
    private final TokenStoreReader tokenStore;
    private final Clock clock;
    /** Per projection, the active generation below which this node has dropped every row. */
    private final Map<String, Integer> droppedBelow = new ConcurrentHashMap<>();

    public ProjectionRebuilds(JdbcTemplate jdbc, Generations generations, List<Projection> projections,
                              EventProcessingConfiguration processing, TokenStoreReader tokenStore, Clock clock) {
        this.jdbc = jdbc;
        this.generations = generations;
        this.projections = projections.stream().collect(Collectors.toMap(Projection::name, p -> p));
        this.processing = processing;
        this.tokenStore = tokenStore;
        this.clock = clock;
    }

    /** Every projection with its progress, by name. */
    public List<ProjectionStatus> statuses() {
        long head = tokenStore.headPosition();
        return projections.keySet().stream().sorted(Comparator.naturalOrder()).map(name -> {
            GenerationState state = generations.read(name);
            ReplayProgress progress = ReplayProgress.of(tokenStore.tokens(name));
            long position = Math.min(progress.position(), head);
            return new ProjectionStatus(name, state.publicStatus(), progress.replaying(), position, head,
                    head - position);
        }).toList();
    }

    /** Starts rebuilding the projection, or leaves a rebuild already under way alone; answers its state. */
    public GenerationState rebuild(String name) {
        Projection projection = projection(name);
        StreamingEventProcessor processor = processor(name);
        Instant now = clock.instant();
        int claimed = jdbc.update("UPDATE projection_generation SET building_generation = active_generation + 1,"
                        + " status = ?, rebuild_started_at = ?, rebuild_finished_at = NULL"
                        + " WHERE name = ? AND (building_generation IS NULL"
                        + " OR (status = ? AND rebuild_started_at < ?))",
                GenerationState.STARTING, utc(now), name, GenerationState.STARTING, utc(now.minus(STALE_START)));
        if (claimed == 0) {
            return generations.read(name);
        }
        int building = generations.read(name).building();
        log.info("Rebuilding projection {} into generation {}", name, building);
        try {
            processor.shutDown();
            // Only now, with no batch in flight, can no half-applied row of the building generation survive.
            drop(projection, "generation = ?", building);
            generations.forget(name);
            processor.resetTokens();
            jdbc.update("UPDATE projection_generation SET status = ? WHERE name = ? AND building_generation = ?",
                    GenerationState.REBUILDING, name, building);
        } catch (RuntimeException e) {
            log.warn("Rebuild of projection {} could not reset its processor; the claim is given back", name, e);
            jdbc.update("UPDATE projection_generation SET building_generation = NULL, status = ?,"
                            + " rebuild_started_at = NULL WHERE name = ? AND building_generation = ?",
                    GenerationState.SERVING, name, building);
            throw new RuleViolation("projection-rebuild-refused", "projection " + name
                    + " could not be reset (is its processor running on another node?): " + e.getMessage());
        } finally {
            generations.forget(name);
            processor.start();
        }
        return generations.read(name);
    }

    /** Switches every caught-up rebuild over to its new generation and drops generations no longer read. */
    @Scheduled(fixedDelay = 300, initialDelay = 1000)
    public void monitor() {
        for (GenerationState state : generations.readAll()) {
            Projection projection = projections.get(state.name());
            if (projection == null) {
                continue;
            }
            try {
                if (GenerationState.REBUILDING.equals(state.status()) && state.isRebuilding()) {
                    finishIfCaughtUp(state);
                } else if (!state.isRebuilding()) {
                    dropOlderGenerations(projection, state);
                }
            } catch (RuntimeException e) {
                log.warn("Projection monitor failed for {}", state.name(), e);
            }
        }
    }

    private void finishIfCaughtUp(GenerationState state) {
        if (!ReplayProgress.of(tokenStore.tokens(state.name())).caughtUp() || failingHere(state.name())) {
            return;
        }
        int switched = jdbc.update("UPDATE projection_generation SET active_generation = building_generation,"
                        + " building_generation = NULL, status = ?, rebuild_finished_at = ?"
                        + " WHERE name = ? AND building_generation = ? AND status = ?",
                GenerationState.SERVING, utc(clock.instant()), state.name(), state.building(),
                GenerationState.REBUILDING);
        generations.forget(state.name());
        if (switched == 1) {
            log.info("Projection {} rebuilt: generation {} now serves reads", state.name(), state.building());
        }
    }

    /** A segment in error on this node means the replay is stuck, not finished. */
    private boolean failingHere(String name) {
        return processor(name).processingStatus().values().stream().anyMatch(EventTrackerStatus::isErrorState);
    }

    private void dropOlderGenerations(Projection projection, GenerationState state) {
        Integer dropped = droppedBelow.get(state.name());
        if (dropped != null && dropped == state.active()) {
            return;
        }
        Instant switchedAt = state.rebuildFinishedAt();
        if (switchedAt != null && clock.instant().isBefore(switchedAt.plus(DROP_GRACE))) {
            return;
        }
        drop(projection, "generation < ?", state.active());
        droppedBelow.put(state.name(), state.active());
    }

    private void drop(Projection projection, String condition, int generation) {
        for (String table : projection.tables()) {
            int rows = jdbc.update("DELETE FROM " + table + " WHERE " + condition, generation);
            if (rows > 0) {
                log.info("Dropped {} rows of {} where {} ({})", rows, table, condition, generation);
            }
        }
    }

    private Projection projection(String name) {
        Projection projection = projections.get(name);
        if (projection == null) {
            throw new NotFound("projection", name);
        }
        return projection;
    }

    private StreamingEventProcessor processor(String name) {
        Optional<StreamingEventProcessor> processor = processing.eventProcessor(name, StreamingEventProcessor.class);
        return processor.orElseThrow(() -> new IllegalStateException("no streaming processor named " + name));
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
