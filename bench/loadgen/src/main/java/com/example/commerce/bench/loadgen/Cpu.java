package com.example.commerce.bench.loadgen;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * CPU use over a window, from /proc: the whole machine (/proc/stat), the server's JVM, this load
 * generator, and the PostgreSQL server under test (its postmaster and every child: backends, WAL
 * writer, checkpointer). What is left ("other") is everything else on the machine, e.g. somebody
 * else's build or server. Of the server's, the share of its JIT compiler threads is reported too:
 * a large application still compiles minutes into a load, which is CPU the requests do not get.
 */
final class Cpu {

    /** USER_HZ on Linux. */
    private static final double TICKS_PER_SECOND = 100.0;

    private final long serverPid;
    private final long postmasterPid;
    private long total;
    private long idle;
    private long server;
    private long serverJit;
    private long self;
    private Map<Long, Long> postgres;
    private long startNanos;

    Cpu(long serverPid, long postmasterPid) {
        this.serverPid = serverPid;
        this.postmasterPid = postmasterPid;
    }

    void start() {
        long[] machine = machine();
        total = machine[0];
        idle = machine[1];
        server = ticks(serverPid);
        serverJit = jitTicks(serverPid);
        self = ticks(ProcessHandle.current().pid());
        postgres = postgresTicks();
        startNanos = System.nanoTime();
    }

    Usage stop() {
        long[] machine = machine();
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        long dTotal = machine[0] - total;
        long dIdle = machine[1] - idle;
        double busy = dTotal == 0 ? 0 : (double) (dTotal - dIdle) / dTotal;
        double cores = Runtime.getRuntime().availableProcessors();
        double serverCores = (ticks(serverPid) - server) / TICKS_PER_SECOND / seconds;
        double jitCores = (jitTicks(serverPid) - serverJit) / TICKS_PER_SECOND / seconds;
        double selfCores = (ticks(ProcessHandle.current().pid()) - self) / TICKS_PER_SECOND / seconds;
        long pg = 0;
        for (Map.Entry<Long, Long> now : postgresTicks().entrySet()) {
            pg += now.getValue() - postgres.getOrDefault(now.getKey(), 0L);
        }
        double pgCores = pg / TICKS_PER_SECOND / seconds;
        double busyCores = busy * cores;
        double other = Math.max(0, busyCores - serverCores - selfCores - pgCores);
        return new Usage(busy, serverCores, jitCores, pgCores, selfCores, other);
    }

    /**
     * Busy share of all cores, and per party in cores (1.0 = one core fully used); {@code serverJit} is
     * the part of {@code server} spent by its JIT compiler threads.
     */
    record Usage(double busy, double server, double serverJit, double postgres, double loadgen, double other) {

        /** The one-line form every command prints; run.sh reads the compiler's share from "(jit x)". */
        String summary() {
            return String.format(Locale.ROOT, "cpu busy=%.0f%% server=%.2f (jit %.2f) pg=%.2f loadgen=%.2f other=%.2f cores",
                    busy * 100, server, serverJit, postgres, loadgen, other);
        }
    }

    /** CPU ticks of a JVM's compiler threads (named "C1 CompilerThread0", "C2 CompilerThread1", ...). */
    static long jitTicks(long pid) {
        if (pid <= 0) {
            return 0;
        }
        long ticks = 0;
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(Path.of("/proc/" + pid + "/task"))) {
            for (Path task : tasks) {
                try {
                    if (Files.readString(task.resolve("comm")).matches("C\\d CompilerThre.*\\s*")) {
                        ticks += ticks(pid, task.getFileName().toString());
                    }
                } catch (IOException | RuntimeException e) {
                    // a thread that ended meanwhile
                }
            }
        } catch (IOException e) {
            return 0;
        }
        return ticks;
    }

    private static long parentOf(Path proc) throws IOException {
        for (String line : Files.readAllLines(proc.resolve("status"), StandardCharsets.UTF_8)) {
            if (line.startsWith("PPid:")) {
                return Long.parseLong(line.substring(5).trim());
            }
        }
        return -1;
    }

    private static long[] machine() {
        try {
            String line = Files.readAllLines(Path.of("/proc/stat")).get(0);
            String[] f = line.trim().split("\\s+");
            long total = 0;
            for (int i = 1; i <= 8 && i < f.length; i++) {
                total += Long.parseLong(f[i]);
            }
            long idle = Long.parseLong(f[4]) + Long.parseLong(f[5]);
            return new long[] {total, idle};
        } catch (IOException e) {
            return new long[] {0, 0};
        }
    }

    static long ticks(long pid) {
        return pid <= 0 ? 0 : ticks(pid, null);
    }

    /** utime + stime of a process, or of one of its threads. */
    private static long ticks(long pid, String thread) {
        try {
            String stat = Files.readString(thread == null ? Path.of("/proc/" + pid + "/stat")
                    : Path.of("/proc/" + pid + "/task/" + thread + "/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // after "pid (comm) ": state is f[0]; utime is field 14 overall, i.e. f[11]; stime f[12]
            return Long.parseLong(f[11]) + Long.parseLong(f[12]);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private Map<Long, Long> postgresTicks() {
        Map<Long, Long> found = new HashMap<>();
        try (DirectoryStream<Path> procs = Files.newDirectoryStream(Path.of("/proc"), p -> p.getFileName().toString().matches("\\d+"))) {
            for (Path proc : procs) {
                try {
                    long pid = Long.parseLong(proc.getFileName().toString());
                    if (pid == postmasterPid || parentOf(proc) == postmasterPid) {
                        found.put(pid, ticks(pid));
                    }
                } catch (IOException | RuntimeException e) {
                    // gone meanwhile
                }
            }
        } catch (IOException e) {
            // no /proc
        }
        return found;
    }
}
