package com.example.commerce.bench.loadgen;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * One measured run against one system.
 *
 * <ul>
 *   <li>{@code --mode=closed}: {@code --clients} logical clients, each sending its next request as
 *       soon as its previous one answered: the maximum throughput at that concurrency.</li>
 *   <li>{@code --mode=open}: requests sent on a fixed schedule ({@code --rate} per second) whatever
 *       the answers do; each latency is measured from the request's <em>intended</em> send time, so
 *       a stalled server shows in the percentiles instead of silently slowing the sender
 *       (coordinated omission corrected by construction).</li>
 * </ul>
 * {@code --flow=place} is POST /api/orders; {@code --flow=paid} is the order then its payment
 * ({@code tok_ok}), measured as one operation. A warm-up ({@code --warmup} s) is not recorded.
 *
 * <p>Threads: Java 17 has no virtual threads, so this is a fixed pool of platform threads, each
 * with its own keep-alive connection and blocking I/O ({@link RawHttp}): one thread per client in
 * the closed loop, {@code --workers} (128) in the open loop, fed by a sender thread that only
 * enqueues each request's intended time and therefore never waits for the server. Blocking I/O on
 * a few dozen threads costs far less CPU per request than the JDK HttpClient's async machinery,
 * which matters when the load generator shares 2 cores with the systems it measures.
 */
final class Load {

    private static final String HEADER = String.join("\t", "label", "system", "workload", "flow", "mode", "clients",
            "rate", "seconds", "ok", "failed", "throughput", "p50_ms", "p90_ms", "p99_ms", "p999_ms", "max_ms",
            "mean_ms", "cpu_busy", "cpu_server", "cpu_pg", "cpu_loadgen", "cpu_other", "statuses", "cpu_server_jit");

    private final String base;
    private final String system;
    private final String workloadName;
    private final Workload workload;
    private final boolean paid;
    private final List<String> authHeaders = new ArrayList<>();
    private final String authName;
    private final Histogram latency = new ConcurrentHistogram(TimeUnit.SECONDS.toMicros(120), 3);
    private final Histogram payLatency = new ConcurrentHistogram(TimeUnit.SECONDS.toMicros(120), 3);
    private final Map<String, LongAdder> statuses = new ConcurrentHashMap<>();
    private final LongAdder ok = new LongAdder();
    private final LongAdder failed = new LongAdder();
    private final LongAdder issued = new LongAdder();
    private final AtomicInteger errorsShown = new AtomicInteger();
    private volatile long measureStart;
    private volatile long measureEnd;
    private volatile boolean stopping;

    Load(Args args) throws IOException {
        base = args.get("base");
        system = args.get("system");
        workloadName = args.get("workload");
        workload = new Workload(workloadName);
        paid = args.get("flow", "place").equals("paid");
        String tokens = args.get("tokens", "");
        if (!tokens.isEmpty()) {
            authName = "Authorization";
            for (String token : Files.readAllLines(Path.of(tokens))) {
                if (!token.isBlank()) {
                    authHeaders.add("Bearer " + token.trim());
                }
            }
        } else {
            authName = "X-Customer-Id";
            for (int i = 0; i < 64; i++) {
                authHeaders.add(UUID.randomUUID().toString());
            }
        }
    }

    static void main(Args args) throws Exception {
        new Load(args).run(args);
    }

    private void run(Args args) throws Exception {
        String mode = args.get("mode", "closed");
        int clients = args.integer("clients", 8);
        double rate = args.decimal("rate", 0);
        int warmup = args.integer("warmup", 5);
        int duration = args.integer("duration", 15);
        Cpu cpu = new Cpu(Long.parseLong(args.get("server-pid", "0")), Long.parseLong(args.get("pg-pid", "0")));
        long now = System.nanoTime();
        measureStart = now + TimeUnit.SECONDS.toNanos(warmup);
        measureEnd = measureStart + TimeUnit.SECONDS.toNanos(duration);

        CountDownLatch done;
        if (mode.equals("closed")) {
            done = new CountDownLatch(clients);
            for (int i = 0; i < clients; i++) {
                int client = i;
                Thread thread = new Thread(() -> closedLoop(client, done), "client-" + i);
                thread.setDaemon(true);
                thread.start();
            }
        } else {
            int workers = args.integer("workers", 128);
            done = new CountDownLatch(workers);
            BlockingQueue<Long> due = new LinkedBlockingQueue<>();
            for (int i = 0; i < workers; i++) {
                int worker = i;
                Thread thread = new Thread(() -> openWorker(worker, due, done), "worker-" + i);
                thread.setDaemon(true);
                thread.start();
            }
            Thread sender = new Thread(() -> openSender(rate, workers, due), "open-loop");
            sender.setDaemon(true);
            sender.start();
        }
        sleepUntil(measureStart);
        cpu.start();
        sleepUntil(measureEnd);
        Cpu.Usage usage = cpu.stop();
        stopping = true;
        if (!done.await(90, TimeUnit.SECONDS)) { // open loop: the queue may still hold due requests
            System.err.println("warning: requests still in flight 90 s after the end");
        }

        if (mode.equals("open")) {
            long unfinished = issued.sum() - ok.sum() - failed.sum();
            if (unfinished > 0) {
                failed.add(unfinished);
                statuses.computeIfAbsent("unfinished", k -> new LongAdder()).add(unfinished);
            }
        }
        double seconds = (measureEnd - measureStart) / 1e9;
        double throughput = ok.sum() / seconds;
        String statusText = new TreeMap<>(statuses).toString().replace(" ", "");
        if (paid) {
            statusText += String.format(Locale.ROOT, ";pay_p50=%.2fms;pay_p99=%.2fms", ms(payLatency.getValueAtPercentile(50)),
                    ms(payLatency.getValueAtPercentile(99)));
        }
        String label = args.get("label", system + "." + workloadName + "." + (paid ? "paid" : "place") + "." + mode
                + (mode.equals("closed") ? clients : (int) rate));
        String row = String.join("\t", label, system, workloadName, paid ? "paid" : "place", mode,
                String.valueOf(mode.equals("closed") ? clients : 0), fmt(rate), fmt(seconds),
                String.valueOf(ok.sum()), String.valueOf(failed.sum()), fmt(throughput),
                fmt(ms(latency.getValueAtPercentile(50))), fmt(ms(latency.getValueAtPercentile(90))),
                fmt(ms(latency.getValueAtPercentile(99))), fmt(ms(latency.getValueAtPercentile(99.9))),
                fmt(ms(latency.getMaxValue())), fmt(latency.getMean() / 1000.0),
                fmt(usage.busy()), fmt(usage.server()), fmt(usage.postgres()), fmt(usage.loadgen()), fmt(usage.other()),
                statusText, fmt(usage.serverJit()));
        System.out.printf(Locale.ROOT, "%-36s %8.1f ops/s  ok=%d failed=%d  p50=%.2f p99=%.2f p99.9=%.2f max=%.1f ms  %s  %s%n",
                label, throughput, ok.sum(), failed.sum(), ms(latency.getValueAtPercentile(50)),
                ms(latency.getValueAtPercentile(99)), ms(latency.getValueAtPercentile(99.9)), ms(latency.getMaxValue()),
                usage.summary(), statusText);
        String out = args.get("out", "");
        if (args.get("no-record", "false").equals("true")) {
            out = "";
        }
        if (!out.isEmpty()) {
            Path file = Path.of(out);
            if (!Files.exists(file)) {
                Files.writeString(file, HEADER + "\n", StandardCharsets.UTF_8);
            }
            Files.writeString(file, row + "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        }
    }

    /** A closed-loop client: its next operation starts when the previous one ended. */
    private void closedLoop(int client, CountDownLatch done) {
        try (RawHttp connection = new RawHttp(base)) {
            while (!stopping && System.nanoTime() < measureEnd) {
                long start = System.nanoTime();
                Throwable error = null;
                boolean success = false;
                try {
                    success = operation(connection, client);
                } catch (IOException | RuntimeException e) {
                    error = e;
                    connection.close();
                }
                long end = System.nanoTime();
                if (end >= measureStart && end <= measureEnd) {
                    record(start, end, success, error);
                }
            }
        } finally {
            done.countDown();
        }
    }

    /** The open-loop sender: the i-th request is due at first + i / rate, whatever the answers do. */
    private void openSender(double rate, int workers, BlockingQueue<Long> due) {
        long period = (long) (1e9 / rate);
        long first = System.nanoTime();
        for (long i = 0; ; i++) {
            long intended = first + i * period;
            if (intended >= measureEnd) {
                break;
            }
            sleepUntil(intended);
            if (intended >= measureStart) {
                issued.increment();
            }
            due.add(intended);
        }
        for (int i = 0; i < workers; i++) {
            due.add(-1L);
        }
    }

    /** An open-loop worker: sends each due request; its latency counts from when it was due. */
    private void openWorker(int worker, BlockingQueue<Long> due, CountDownLatch done) {
        try (RawHttp connection = new RawHttp(base)) {
            long sent = 0;
            while (true) {
                long intended = due.take();
                if (intended < 0) {
                    break;
                }
                Throwable error = null;
                boolean success = false;
                try {
                    success = operation(connection, (int) ((worker + sent++ * 7) % authHeaders.size()));
                } catch (IOException | RuntimeException e) {
                    error = e;
                    connection.close();
                }
                long end = System.nanoTime();
                if (intended >= measureStart) {
                    record(intended, end, success, error);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            done.countDown();
        }
    }

    private void record(long start, long end, boolean success, Throwable error) {
        if (error != null || !success) {
            failed.increment();
            if (error != null) {
                statuses.computeIfAbsent("error", k -> new LongAdder()).increment();
                if (errorsShown.incrementAndGet() <= 3) {
                    System.err.println("request failed: " + error);
                }
            }
            return;
        }
        ok.increment();
        latency.recordValue(Math.max(0, (end - start) / 1000));
    }

    /** One order (and its payment in the paid flow); true when every step answered as it should. */
    private boolean operation(RawHttp connection, int client) throws IOException {
        String auth = authHeaders.get(client % authHeaders.size());
        RawHttp.Response placed = connection.post("/api/orders", authName, auth, workload.nextOrder());
        count("place", placed.status());
        if (placed.status() != 201) {
            show(placed);
            return false;
        }
        if (!paid) {
            return true;
        }
        String orderId = orderIdOf(placed.body());
        long payStart = System.nanoTime();
        RawHttp.Response payment = connection.post("/api/orders/" + orderId + "/payment", authName, auth, Workload.PAY);
        count("pay", payment.status());
        if (payment.status() != 202) {
            show(payment);
            return false;
        }
        payLatency.recordValue(Math.max(0, (System.nanoTime() - payStart) / 1000));
        return true;
    }

    private void show(RawHttp.Response response) {
        if (errorsShown.incrementAndGet() <= 3) {
            System.err.println("unexpected " + response.status() + ": " + new String(response.body(), StandardCharsets.UTF_8));
        }
    }

    private void count(String step, int status) {
        statuses.computeIfAbsent(step + status, k -> new LongAdder()).increment();
    }

    static String orderIdOf(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        int at = text.indexOf("\"orderId\":\"");
        if (at < 0) {
            throw new IllegalStateException("no orderId in " + text);
        }
        int from = at + "\"orderId\":\"".length();
        return text.substring(from, text.indexOf('"', from));
    }

    private static void sleepUntil(long deadline) {
        long left;
        while ((left = deadline - System.nanoTime()) > 0) {
            LockSupport.parkNanos(Math.min(left, TimeUnit.MILLISECONDS.toNanos(100)));
        }
    }

    private static double ms(long micros) {
        return micros / 1000.0;
    }

    static String fmt(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }
}
