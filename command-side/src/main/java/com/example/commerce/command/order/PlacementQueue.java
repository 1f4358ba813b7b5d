package com.example.commerce.command.order;

import com.example.commerce.api.order.PlaceOrder;
import com.example.commerce.command.order.OrderPlacement.Placement;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PreDestroy;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Commits the placements that are waiting at the same moment in one transaction: group commit.
 *
 * <p>A placement holds its SKUs' locks until its transaction is durable, so a SKU every buyer wants
 * sells at most one order per commit, however idle the cores; and every placement pays for its own
 * transaction, unit of work and round trips. Here each worker has its share of the SKUs and takes
 * every placement waiting in its queue (up to {@link PlacementProperties#groupLimit()}), locks what
 * all of them need in the one order every placement locks in ({@link OrderCommandHandler#lockFor}),
 * handles each in a nested unit of work (its own message, metadata and verdict, as if it were alone)
 * and commits them together: one insert batch of their events, one commit. Nothing waits for a
 * group to fill: a worker takes what is there, so at low load a group is one placement.
 *
 * <p>The group is the unit of failure, so a group that fails for any reason (a refused coupon, a
 * concurrent append from another node, the database) is rolled back as a whole and each of its
 * placements is then placed alone, exactly as without grouping; a placement's answer is given only
 * once its own events are committed. Each placement is dispatched with its customer's security
 * context, so its messages carry the same {@code userId} as when placed on the request's thread.
 *
 * <p>Not with Axon Server: there a command is routed, not handled on the dispatching thread, so it
 * cannot join another's transaction; each placement is then placed alone on its request's thread.
 */
@Component
public class PlacementQueue {

    private static final Logger log = LoggerFactory.getLogger(PlacementQueue.class);

    private final CommandGateway commands;
    private final OrderCommandHandler handler;
    private final TransactionManager transactions;
    private final int groupLimit;
    private final DistributionSummary groupSizes;
    private final Counter failedGroups;
    private final List<BlockingQueue<Waiting>> queues = new ArrayList<>();
    private final List<Thread> workers = new ArrayList<>();
    private volatile boolean closed;

    public PlacementQueue(CommandGateway commands, OrderCommandHandler handler, TransactionManager transactions,
                          PlacementProperties properties, MeterRegistry meters,
                          @Value("${axon.axonserver.enabled:false}") boolean axonServer) {
        this.commands = commands;
        this.handler = handler;
        this.transactions = transactions;
        this.groupLimit = properties.groupLimit();
        this.groupSizes = DistributionSummary.builder("commerce.placement.group.size")
                .description("placements a worker took together; 1 is a placement alone").register(meters);
        this.failedGroups = Counter.builder("commerce.placement.group.failures")
                .description("groups rolled back whole, whose placements were then placed one by one")
                .register(meters);
        int threads = axonServer ? 0 : properties.workers();
        for (int i = 0; i < threads; i++) {
            BlockingQueue<Waiting> queue = new LinkedBlockingQueue<>();
            queues.add(queue);
            Thread worker = new Thread(() -> work(queue), "placement-" + i);
            worker.setDaemon(true);
            workers.add(worker);
            worker.start();
        }
    }

    /** Places the order, with whichever placements wait beside it; answers when it is committed or refused. */
    public Placement place(PlaceOrder command) {
        if (workers.isEmpty() || closed) {
            return commands.sendAndWait(command);
        }
        Waiting placement = new Waiting(command, SecurityContextHolder.getContext(), new CompletableFuture<>());
        BlockingQueue<Waiting> waiting = queueOf(command);
        waiting.add(placement);
        if (closed && waiting.remove(placement)) {
            // The workers may have stopped before it arrived; whoever removes it places it.
            return commands.sendAndWait(command);
        }
        try {
            return placement.answer().join();
        } catch (CompletionException failed) {
            throw failed.getCause() instanceof RuntimeException cause ? cause : failed;
        }
    }

    /**
     * The queue of the worker that takes the placement: chosen by the first SKU it locks, so that every
     * placement of a SKU that all buyers want goes to one worker and joins one group, instead of two
     * workers' groups waiting for each other's lock on it, while placements of different SKUs are
     * spread over the workers, whose groups then commit side by side.
     */
    private BlockingQueue<Waiting> queueOf(PlaceOrder command) {
        String firstSku = command.lines().stream().map(line -> line.sku().value()).min(Comparator.naturalOrder())
                .orElse("");
        return queues.get(Math.floorMod(firstSku.hashCode(), queues.size()));
    }

    /** Lets the workers place what is waiting, then stop; placements from now on are placed alone. */
    @PreDestroy
    void close() throws InterruptedException {
        closed = true;
        for (Thread worker : workers) {
            worker.join(TimeUnit.SECONDS.toMillis(30));
        }
    }

    private void work(BlockingQueue<Waiting> waiting) {
        List<Waiting> group = new ArrayList<>(groupLimit);
        while (!closed || !waiting.isEmpty()) {
            try {
                Waiting first = waiting.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                group.add(first);
                waiting.drainTo(group, groupLimit - 1);
                groupSizes.record(group.size());
                if (group.size() == 1 || !placedTogether(group)) {
                    group.forEach(this::placeAlone);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException | Error unexpected) {
                // Never leave a customer waiting for an answer that will not come.
                group.forEach(placement -> placement.answer().completeExceptionally(unexpected));
                log.error("A placement worker failed; its placements were answered with the failure", unexpected);
            } finally {
                group.clear();
            }
        }
    }

    /** Answers every placement from one commit, or nobody when the group failed (it is then rolled back). */
    private boolean placedTogether(List<Waiting> group) {
        UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(
                GenericCommandMessage.asCommandMessage(new PlacementGroup(group.size())));
        List<Placement> verdicts = new ArrayList<>(group.size());
        try {
            unitOfWork.attachTransaction(transactions);
            handler.lockFor(group.stream().map(Waiting::command).toList());
            for (Waiting placement : group) {
                verdicts.add(handleNested(placement));
            }
        } catch (Exception | Error failure) {
            unitOfWork.rollback(failure);
            failedGroups.increment();
            log.debug("A group of {} placements failed together; placing each alone", group.size(), failure);
            return false;
        }
        try {
            unitOfWork.commit();
        } catch (RuntimeException failure) {
            failedGroups.increment();
            log.debug("A group of {} placements failed to commit; placing each alone", group.size(), failure);
            return false;
        }
        for (int i = 0; i < group.size(); i++) {
            group.get(i).answer().complete(verdicts.get(i));
        }
        return true;
    }

    /**
     * Handles one placement of the group in a unit of work nested in the group's: the command bus
     * handles it on this thread, so the future is already complete when {@code send} returns.
     */
    private Placement handleNested(Waiting placement) {
        CompletableFuture<Placement> verdict = asPlacer(placement, () -> commands.send(placement.command()));
        if (!verdict.isDone()) {
            throw new IllegalStateException("the placement of order " + placement.command().orderId()
                    + " was not handled on the group's thread");
        }
        return verdict.join();
    }

    private void placeAlone(Waiting placement) {
        try {
            Placement verdict = asPlacer(placement, () -> commands.sendAndWait(placement.command()));
            placement.answer().complete(verdict);
        } catch (RuntimeException | Error failure) {
            placement.answer().completeExceptionally(failure);
        }
    }

    private static <T> T asPlacer(Waiting placement, Supplier<T> dispatch) {
        SecurityContextHolder.setContext(placement.placer());
        try {
            return dispatch.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** A placement waiting for a worker, with the security context of the request that asked for it. */
    private record Waiting(PlaceOrder command, SecurityContext placer, CompletableFuture<Placement> answer) {
    }

    /** The message of a group's own unit of work; it is never dispatched. */
    record PlacementGroup(int placements) {
    }
}
