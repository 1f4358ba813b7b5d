package com.example.commerce.query.projection;

import com.example.commerce.api.error.NotFound;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Blue/green rebuilds.
 *
 * <ol>
 *   <li>A rebuild request claims the next generation in one conditional update; a second request
 *       finds it claimed and changes nothing. Status {@code starting}.</li>
 *   <li>Resetting needs the processor stopped on every node: each node's monitor stops its own while a
 *       rebuild is starting, and the claiming node, once no node holds a claim on the processor's
 *       tokens, drops leftovers of the new generation, resets the tokens and starts again. Status
 *       {@code rebuilding}; the other nodes start again too.</li>
 *   <li>The processor replays the store into the new generation only, while live events reach the
 *       active one and the new one. The monitor switches reads over once every segment has caught up
 *       with the position it had at the reset, and drops the old generation a little later, after
 *       requests that had already read the old generation number are done with it.</li>
 * </ol>
 *
 * A projection that folds stored events itself ({@link StoredEventFold}) is first loaded from the store:
 * every event up to the position all its segments had settled on when the processor stopped is read
 * straight from the event table in windows, while this node's processor runs on for the active
 * generation alone (the other nodes stay paused); then the processor is stopped again and reset to
 * start after that position, so it replays only the rest. The claiming node keeps its claim fresh
 * while it loads.
 *
 * A reset that cannot happen (a node that keeps its claims) gives the claim back; a claim whose node
 * died before the reset may be taken over after {@link #STALE_START}.
 */
@Component
public class ProjectionRebuilds implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ProjectionRebuilds.class);
    /** A claim whose reset never completed (its node died) may be taken over after this. */
    static final Duration STALE_START = Duration.ofMinutes(1);
    /** How long the claiming node waits for every other node to let go of the processor's tokens. */
    static final Duration RELEASE_WAIT = Duration.ofSeconds(30);
    /** A token claim not refreshed for this long belongs to a dead node (Axon's default claim timeout). */
    static final Duration CLAIM_TIMEOUT = Duration.ofSeconds(10);
    /** How long the previous generation stays after a switch, for reads already under way. */
    static final Duration DROP_GRACE = Duration.ofSeconds(5);
    /** Events folded per transaction by a projection that folds stored events itself. */
    static final int FOLD_WINDOW = 10_000;

    private final JdbcTemplate jdbc;
    private final Generations generations;
    private final Map<String, Projection> projections;
    private final EventProcessingConfiguration processing;
    private final TokenStoreReader tokenStore;
    private final StoredEvents storedEvents;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final ExecutorService resets = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "projection-rebuild");
        thread.setDaemon(true);
        return thread;
    });
    /** Projections this node is resetting. */
    private final Set<String> resettingHere = ConcurrentHashMap.newKeySet();
    /** Projections whose processor this node stopped for another node's reset. */
    private final Set<String> pausedHere = ConcurrentHashMap.newKeySet();
    /** Per projection, the active generation below which this node has dropped every row. */
    private final Map<String, Integer> droppedBelow = new ConcurrentHashMap<>();

    public ProjectionRebuilds(JdbcTemplate jdbc, Generations generations, List<Projection> projections,
                              EventProcessingConfiguration processing, TokenStoreReader tokenStore,
                              StoredEvents storedEvents, PlatformTransactionManager transactionManager, Clock clock) {
        this.jdbc = jdbc;
        this.generations = generations;
        this.projections = projections.stream().collect(Collectors.toMap(Projection::name, p -> p));
        this.processing = processing;
        this.tokenStore = tokenStore;
        this.storedEvents = storedEvents;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** Every projection with its progress, by name. */
    public List<ProjectionStatus> statuses() {
        long head = tokenStore.headPosition();
        return projections.keySet().stream().sorted(Comparator.naturalOrder()).map(name -> {
            GenerationState state = generations.read(name);
            ReplayProgress progress = ReplayProgress.of(currentTokens(name));
            long position = Math.min(progress.position(), head);
            return new ProjectionStatus(name, state.publicStatus(), progress.replaying(), position, head,
                    head - position);
        }).toList();
    }

    /**
     * Starts rebuilding the projection, or leaves a rebuild already under way alone; answers its state.
     * The reset itself runs in the background.
     */
    public synchronized GenerationState rebuild(String name) {
        Projection projection = projection(name);
        StreamingEventProcessor processor = processor(name);
        Instant now = clock.instant();
        // Marked before claiming, so that this node's monitor never pauses the processor it is about to reset;
        // requests are serialised, so that one that lost the claim never unmarks the reset of one that won.
        boolean first = resettingHere.add(name);
        int claimed = jdbc.update("UPDATE projection_generation SET building_generation = active_generation + 1,"
                        + " status = ?, rebuild_started_at = ?, rebuild_finished_at = NULL,"
                        + " rebuild_caught_up_at_position = NULL"
                        + " WHERE name = ? AND (building_generation IS NULL"
                        + " OR (status = ? AND rebuild_started_at < ?))",
                GenerationState.STARTING, utc(now), name, GenerationState.STARTING, utc(now.minus(STALE_START)));
        GenerationState state = generations.read(name);
        if (claimed == 1) {
            log.info("Rebuilding projection {} into generation {}", name, state.building());
            resets.execute(() -> reset(projection, processor, state.building()));
        } else if (first) {
            resettingHere.remove(name);
        }
        return state;
    }

    /**
     * Switches caught-up rebuilds over, pauses or resumes this node's processors around other nodes' resets,
     * drops old generations. Every 100 ms: a finished rebuild waits for this tick to serve, and a tick with
     * nothing to do is one read of a few rows.
     */
    @Scheduled(fixedDelay = 100, initialDelay = 1000)
    public void monitor() {
        for (GenerationState state : generations.readAll()) {
            Projection projection = projections.get(state.name());
            if (projection == null) {
                continue;
            }
            try {
                followOtherNodesReset(state);
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

    @Override
    public void destroy() {
        resets.shutdownNow();
    }

    private void reset(Projection projection, StreamingEventProcessor processor, int building) {
        String name = projection.name();
        try {
            processor.shutDown();
            awaitNoLiveClaims(name);
            // Only now, with no batch in flight on any node, can no half-applied row of the new generation survive.
            drop(projection, "generation = ?", building);
            generations.forget(name);
            Optional<TrackingToken> loadedUpTo = loadFromStore(projection, processor, building);
            if (loadedUpTo.isPresent()) {
                processor.resetTokens(loadedUpTo.get());
            } else {
                processor.resetTokens();
            }
            // Every event up to here reaches the new generation through the processor (or the load) before
            // it may serve; later ones reach both generations live.
            jdbc.update("UPDATE projection_generation SET status = ?, rebuild_caught_up_at_position = ?"
                            + " WHERE name = ? AND building_generation = ?",
                    GenerationState.REBUILDING, tokenStore.headPosition(), name, building);
            log.info("Projection {} reset; replaying into generation {}", name, building);
        } catch (RuntimeException e) {
            log.warn("Rebuild of projection {} could not reset its processor; the claim is given back", name, e);
            jdbc.update("UPDATE projection_generation SET building_generation = NULL, status = ?,"
                            + " rebuild_started_at = NULL WHERE name = ? AND building_generation = ?",
                    GenerationState.SERVING, name, building);
        } finally {
            generations.forget(name);
            resettingHere.remove(name);
            processor.start();
        }
    }

    /**
     * Folds every stored event up to the position the stopped processor's segments have all settled on
     * into the building generation, when the projection can; answers the token to replay from after it,
     * with the processor stopped again. Every event at or below that position had reached the active
     * generation, so the processor, reset to start there, replays only later events into the new
     * generation (those it handled during the load reached the active one then) and hands each live one
     * to both, as ever.
     *
     * <p>The position comes from the stored tokens only, the conservative choice: a segment that only
     * skipped the last events stores that at its next claim extension, so the processor may replay a
     * short tail the load could have folded. The switch-over waits for every segment to pass the head
     * recorded at the reset either way.
     */
    private Optional<TrackingToken> loadFromStore(Projection projection, StreamingEventProcessor processor,
                                                  int building) {
        if (!(projection instanceof StoredEventFold fold) || !storedEvents.readable()) {
            return Optional.empty();
        }
        String name = projection.name();
        OptionalLong settled = settledPosition(tokenStore.tokensBySegment(name).values());
        if (settled.isEmpty()) {
            return Optional.empty();
        }
        long upTo = settled.getAsLong();
        long started = System.nanoTime();
        // Live events keep reaching the active generation (only: the rebuild is still starting) while the
        // new one loads; other nodes stay paused, so this node's processor takes every segment meanwhile.
        processor.start();
        long events = storedEvents.forEachWindow(upTo, FOLD_WINDOW, fold::folds,
                window -> transactions.executeWithoutResult(transaction -> {
                    keepClaim(name, building);
                    fold.fold(building, window);
                }));
        processor.shutDown();
        awaitNoLiveClaims(name);
        log.info("Projection {}: folded its {} stored events up to position {} into generation {} in {} ms", name,
                events, upTo, building, (System.nanoTime() - started) / 1_000_000);
        return Optional.of(GapAwareTrackingToken.newInstance(upTo, Set.of()));
    }

    /**
     * The position at or below which every segment has handled every event: the lowest segment position,
     * below a segment's oldest gap. Empty while a segment has no token yet (the store is replayed instead).
     */
    static OptionalLong settledPosition(Collection<TrackingToken> tokens) {
        long settled = Long.MAX_VALUE;
        for (TrackingToken token : tokens) {
            OptionalLong position = settledPosition(token);
            if (position.isEmpty()) {
                return OptionalLong.empty();
            }
            settled = Math.min(settled, position.getAsLong());
        }
        return tokens.isEmpty() ? OptionalLong.empty() : OptionalLong.of(settled);
    }

    /**
     * One segment's settled position; empty while it has handled nothing: no token, or a replay from the
     * very start that has not reached its first event.
     */
    static OptionalLong settledPosition(TrackingToken token) {
        TrackingToken lowerBound = token == null ? null : WrappedToken.unwrapLowerBound(token);
        if (lowerBound == null) {
            return OptionalLong.empty();
        }
        long position;
        if (lowerBound instanceof GapAwareTrackingToken gapAware && !gapAware.getGaps().isEmpty()) {
            position = gapAware.getGaps().first() - 1;
        } else {
            position = lowerBound.position().orElse(-1);
        }
        return position < 0 ? OptionalLong.empty() : OptionalLong.of(position);
    }

    /** Refreshes the claim of a reset that takes a while, so that no other node takes it over as stale. */
    private void keepClaim(String name, int building) {
        int kept = jdbc.update("UPDATE projection_generation SET rebuild_started_at = ?"
                        + " WHERE name = ? AND building_generation = ? AND status = ?",
                utc(clock.instant()), name, building, GenerationState.STARTING);
        if (kept != 1) {
            throw new IllegalStateException("the rebuild of " + name + " into generation " + building
                    + " is no longer claimed by this node");
        }
    }

    /** Waits until no node holds a live claim on the processor's tokens. */
    private void awaitNoLiveClaims(String name) {
        Instant deadline = clock.instant().plus(RELEASE_WAIT);
        while (liveClaims(name) > 0) {
            if (clock.instant().isAfter(deadline)) {
                throw new IllegalStateException("another node still holds tokens of " + name + " after "
                        + RELEASE_WAIT.toSeconds() + " s");
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the tokens of " + name, e);
            }
        }
    }

    private long liveClaims(String name) {
        Instant fresh = clock.instant().minus(CLAIM_TIMEOUT);
        List<String> claimedAt = jdbc.queryForList("SELECT time_stamp FROM token_entry WHERE processor_name = ?"
                + " AND owner IS NOT NULL", String.class, name);
        return claimedAt.stream().filter(timestamp -> {
            try {
                return timestamp == null || Instant.parse(timestamp).isAfter(fresh);
            } catch (DateTimeParseException e) {
                return true;
            }
        }).count();
    }

    /**
     * Stops this node's processor while another node resets it, and starts it again afterwards. A reset
     * this node ran may have finished since the tick read its state: a start seen in that state is read
     * again, after looking at this node's own resets, before it pauses anything (a reset here records
     * its progress before it unmarks itself).
     */
    private void followOtherNodesReset(GenerationState state) {
        String name = state.name();
        if (resettingHere.contains(name)) {
            return;
        }
        boolean anotherNodeResets = startedElsewhere(state) && startedElsewhere(generations.read(name));
        StreamingEventProcessor processor = processor(name);
        if (anotherNodeResets) {
            if (pausedHere.add(name)) {
                log.info("Pausing projection {} while another node resets it", name);
                processor.shutdownAsync();
            }
        } else if (pausedHere.contains(name)) {
            generations.forget(name);
            try {
                processor.start();
            } catch (IllegalStateException stillShuttingDown) {
                log.debug("Projection {} is still pausing; resuming it at the next tick", name);
                return;
            }
            pausedHere.remove(name);
            log.info("Resumed projection {}", name);
        }
    }

    private boolean startedElsewhere(GenerationState state) {
        return GenerationState.STARTING.equals(state.status()) && state.isRebuilding()
                && state.rebuildStartedAt() != null
                && clock.instant().isBefore(state.rebuildStartedAt().plus(STALE_START));
    }

    /**
     * Switches over once no segment replays and every segment has passed the head the store had at the
     * reset: a segment reset to a plain token (the one whose stored position the load stopped at) has
     * no replay to finish, yet its events after that position must reach the new generation first.
     */
    private void finishIfCaughtUp(GenerationState state) {
        ReplayProgress progress = ReplayProgress.of(currentTokens(state.name()));
        boolean pastTheHeadAtReset = state.catchUpPosition() == null || progress.position() >= state.catchUpPosition();
        if (!progress.caughtUp() || !pastTheHeadAtReset || failingHere(state.name())) {
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

    /**
     * Every segment's token: the segments this node processes as their work packages last advanced them
     * (after a commit, or past events the segment had nothing to do with, which reach the token store
     * only when its claim is next extended, up to 5 s later), the others as stored. Both the switch-over
     * and the admin's view of a replay read progress through it, so that they never disagree.
     */
    private List<TrackingToken> currentTokens(String name) {
        Map<Integer, TrackingToken> tokens = tokenStore.tokensBySegment(name);
        processor(name).processingStatus().forEach((segment, status) -> {
            if (tokens.containsKey(segment) && status.getTrackingToken() != null && !status.isErrorState()) {
                tokens.put(segment, status.getTrackingToken());
            }
        });
        return new ArrayList<>(tokens.values());
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
