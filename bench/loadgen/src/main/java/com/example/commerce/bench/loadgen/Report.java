package com.example.commerce.bench.loadgen;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns one run's results (kv.tsv: single figures; runs.tsv: one row per load run) into the
 * generated part of docs/benchmarks.md, between two marker lines; the hand-written rest of the
 * file is kept. {@code report --dir=D --doc=F}; {@code table --dir=D[,D2...]} prints a compact
 * table of the load runs of one or more result directories (for before/after comparisons).
 */
final class Report {

    static final String BEGIN = "<!-- BEGIN GENERATED RESULTS: bench/run.sh rewrites everything up to the END marker -->";
    static final String END = "<!-- END GENERATED RESULTS -->";

    private final Map<String, String> kv = new LinkedHashMap<>();
    private final List<Map<String, String>> runs = new ArrayList<>();
    private final StringBuilder md = new StringBuilder();

    private Report(Path dir) throws IOException {
        Path kvFile = dir.resolve("kv.tsv");
        if (Files.exists(kvFile)) {
            for (String line : Files.readAllLines(kvFile, StandardCharsets.UTF_8)) {
                String[] f = line.split("\t", 2);
                if (f.length == 2) {
                    kv.put(f[0].trim(), f[1].trim());
                }
            }
        }
        runs.addAll(readRuns(dir));
    }

    static List<Map<String, String>> readRuns(Path dir) throws IOException {
        List<Map<String, String>> rows = new ArrayList<>();
        Path runsFile = dir.resolve("runs.tsv");
        if (!Files.exists(runsFile)) {
            return rows;
        }
        List<String> lines = Files.readAllLines(runsFile, StandardCharsets.UTF_8);
        String[] header = lines.get(0).split("\t");
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t", -1);
            Map<String, String> row = new HashMap<>();
            for (int i = 0; i < header.length && i < f.length; i++) {
                row.put(header[i], f[i]);
            }
            rows.add(row);
        }
        return rows;
    }

    static void main(Args args) throws IOException {
        Report report = new Report(Path.of(args.get("dir")));
        String generated = report.render();
        Path doc = Path.of(args.get("doc"));
        String text = Files.exists(doc) ? Files.readString(doc, StandardCharsets.UTF_8) : skeleton();
        int begin = text.indexOf(BEGIN);
        int end = text.indexOf(END);
        if (begin < 0 || end < begin) {
            text = text + "\n" + BEGIN + "\n" + END + "\n";
            begin = text.indexOf(BEGIN);
            end = text.indexOf(END);
        }
        text = text.substring(0, begin + BEGIN.length()) + "\n" + generated + text.substring(end);
        Files.writeString(doc, text, StandardCharsets.UTF_8);
        System.out.println(generated);
        System.out.println("written to " + doc);
    }

    /** A compact table of every load run in the given result directories, one line per run. */
    static void table(Args args) throws IOException {
        StringBuilder out = new StringBuilder();
        out.append("| variant | run | orders/s | p50 ms | p99 ms | failed | CPU busy | server | pg | loadgen |\n");
        out.append("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (String dir : args.get("dir").split(",")) {
            Path path = Path.of(dir);
            Map<String, String> kv = new HashMap<>();
            if (Files.exists(path.resolve("kv.tsv"))) {
                for (String line : Files.readAllLines(path.resolve("kv.tsv"))) {
                    String[] f = line.split("\t", 2);
                    if (f.length == 2) {
                        kv.put(f[0], f[1]);
                    }
                }
            }
            String variant = kv.getOrDefault("meta.variant", path.getFileName().toString());
            for (Map<String, String> r : readRuns(path)) {
                out.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |%n", variant,
                        r.get("label"), f0(r.get("throughput")), f1(r.get("p50_ms")), f1(r.get("p99_ms")), r.get("failed"),
                        pct(r.get("cpu_busy")), f2(r.get("cpu_server")), f2(r.get("cpu_pg")), f2(r.get("cpu_loadgen"))));
            }
        }
        System.out.print(out);
    }

    private static String skeleton() {
        return "# Benchmarks\n\nRun `bench/run.sh`; see bench/README.md.\n\n";
    }

    private Map<String, String> run(String system, String workload, String flow, String mode, String amount) {
        for (Map<String, String> r : runs) {
            if (r.get("system").equals(system) && r.get("workload").equals(workload) && r.get("flow").equals(flow)
                    && r.get("mode").equals(mode)
                    && (mode.equals("closed") ? r.get("clients").equals(amount) : num(r.get("rate")) == num(amount))) {
                return r;
            }
        }
        return null;
    }

    private String render() {
        line("");
        line("## Results of the last full run");
        line("");
        line("Generated by `bench/run.sh` on " + kv.getOrDefault("meta.date", "?") + ". Machine: "
                + kv.getOrDefault("meta.nproc", "?") + " cores (" + kv.getOrDefault("meta.cpu", "?") + "), "
                + kv.getOrDefault("meta.ram", "?") + " RAM; " + kv.getOrDefault("meta.pg", "?")
                + " (local, `synchronous_commit=" + kv.getOrDefault("meta.synchronous_commit", "?") + "`, `fsync="
                + kv.getOrDefault("meta.fsync", "?") + "`); " + kv.getOrDefault("meta.java", "?") + ".");
        String dirty = kv.getOrDefault("meta.dirty", "");
        line("Product: commit `" + kv.getOrDefault("meta.commit", "?") + "`" + (dirty.isBlank() ? "" : " " + dirty)
                + ", its `commerce.jar` with `--spring.profiles.active=postgres`"
                + (kv.getOrDefault("meta.product_args", "").isBlank() ? "" : " `" + kv.get("meta.product_args") + "`")
                + ", all projections running. Each load run: " + kv.getOrDefault("meta.warmup", "?") + " s warm-up, then "
                + kv.getOrDefault("meta.duration", "?") + " s measured (the open loops "
                + kv.getOrDefault("meta.open_duration", kv.getOrDefault("meta.duration", "?")) + " s). Whole run: " + kv.getOrDefault("meta.elapsed", "?") + " s.");
        if (kv.containsKey("product.jit_warmup_s")) {
            line("Before the measured runs each server took unrecorded load until its JIT compiler had settled (at most"
                    + " 5% of a core over 30 s): the JPA baseline " + kv.getOrDefault("baseline.jit_warmup_s", "-")
                    + " s (its compiler then at " + kv.getOrDefault("baseline.jit_cores_after_warmup", "-")
                    + " cores), the product " + kv.get("product.jit_warmup_s") + " s (at "
                    + kv.getOrDefault("product.jit_cores_after_warmup", "-") + " cores).");
        }
        line("");

        line("### Order placement, closed loop (maximum throughput at a fixed number of clients)");
        line("");
        line("| workload | clients | pgbench 1-row insert, tx/s | JPA baseline, orders/s | product, orders/s | product / baseline"
                + " | product / pgbench | baseline p50 / p99 ms | product p50 / p99 ms | CPU busy baseline / product |");
        line("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (String workload : List.of("hot", "spread")) {
            for (String clients : clientCounts()) {
                Map<String, String> b = run("baseline", workload, "place", "closed", clients);
                Map<String, String> p = run("product", workload, "place", "closed", clients);
                String pg = kv.get("pgbench.c" + clients + ".tps");
                line(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |", workloadName(workload),
                        clients, f0(pg), f0(get(b, "throughput")), f0(get(p, "throughput")),
                        ratio(get(p, "throughput"), get(b, "throughput")), ratio(get(p, "throughput"), pg),
                        f1(get(b, "p50_ms")) + " / " + f1(get(b, "p99_ms")), f1(get(p, "p50_ms")) + " / " + f1(get(p, "p99_ms")),
                        pct(get(b, "cpu_busy")) + " / " + pct(get(p, "cpu_busy"))));
            }
        }
        line("");

        line("### Full flow to paid, closed loop (POST /api/orders, then POST .../payment with `tok_ok`, as one operation)");
        line("");
        line("| workload | clients | JPA baseline, flows/s | product, flows/s | product / baseline | baseline p50 / p99 ms"
                + " | product p50 / p99 ms | product: all orders paid after the run, s |");
        line("|---|---:|---:|---:|---:|---:|---:|---:|");
        for (String workload : List.of("hot", "spread")) {
            for (Map<String, String> p : runs) {
                if (!p.get("system").equals("product") || !p.get("workload").equals(workload) || !p.get("flow").equals("paid")) {
                    continue;
                }
                String clients = p.get("clients");
                Map<String, String> b = run("baseline", workload, "paid", "closed", clients);
                line(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %s | %s |", workloadName(workload), clients,
                        f0(get(b, "throughput")), f0(get(p, "throughput")), ratio(get(p, "throughput"), get(b, "throughput")),
                        f1(get(b, "p50_ms")) + " / " + f1(get(b, "p99_ms")), f1(get(p, "p50_ms")) + " / " + f1(get(p, "p99_ms")),
                        kv.getOrDefault("product." + workload + ".paid_drain_s", "?")));
            }
        }
        line("");

        String rate = kv.getOrDefault("meta.rate", "?");
        line("### Latency at a fixed open-loop rate of " + rate + " orders/s (from each request's intended send time)");
        line("");
        line("| workload | system | achieved, orders/s | p50 ms | p90 ms | p99 ms | p99.9 ms | max ms | failed | CPU busy |");
        line("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        // Decided on the measured values: two p99s that round alike are not thereby equal.
        Map<String, Boolean> p99Verdicts = new LinkedHashMap<>();
        for (String workload : List.of("hot", "spread")) {
            for (String system : List.of("baseline", "product")) {
                Map<String, String> r = run(system, workload, "place", "open", rate);
                line(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |", workloadName(workload),
                        systemName(system), f0(get(r, "throughput")), f1(get(r, "p50_ms")), f1(get(r, "p90_ms")),
                        f1(get(r, "p99_ms")), f1(get(r, "p999_ms")), f1(get(r, "max_ms")), get(r, "failed"), pct(get(r, "cpu_busy"))));
            }
            Map<String, String> b = run("baseline", workload, "place", "open", rate);
            Map<String, String> p = run("product", workload, "place", "open", rate);
            if (b != null && p != null) {
                p99Verdicts.put(workloadName(workload) + ": product p99 " + f2(p.get("p99_ms")) + " ms vs baseline "
                        + f2(b.get("p99_ms")) + " ms (" + ratio(p.get("p99_ms"), b.get("p99_ms")) + ")",
                        num(p.get("p99_ms")) <= num(b.get("p99_ms")));
            }
        }
        line("");

        line("### CPU during each load run (in cores; " + kv.getOrDefault("meta.nproc", "?")
                + " = saturated; from /proc during the measured window)");
        line("");
        line("| run | ops/s | busy | server JVM | of which its JIT compiler | PostgreSQL | load generator | other |");
        line("|---|---:|---:|---:|---:|---:|---:|---:|");
        for (String[] pg : new String[][] {{"8"}, {"32"}}) {
            String busy = kv.get("pgbench.c" + pg[0] + ".cpu_busy");
            if (busy != null) {
                line(String.format(Locale.ROOT, "| pgbench, %s clients | %s | %s | - | - | - | - | - |", pg[0],
                        f0(kv.get("pgbench.c" + pg[0] + ".tps")), pct(busy)));
            }
        }
        for (Map<String, String> r : runs) {
            line(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %s | %s |", r.get("label"),
                    f0(r.get("throughput")), pct(r.get("cpu_busy")), f2(r.get("cpu_server")),
                    r.get("cpu_server_jit") == null ? "-" : f2(r.get("cpu_server_jit")), f2(r.get("cpu_pg")),
                    f2(r.get("cpu_loadgen")), f2(r.get("cpu_other"))));
        }
        line("");

        boolean anyCommits = runs.stream().anyMatch(r -> kv.containsKey(r.get("label") + ".commits_per_order"));
        if (anyCommits) {
            line("### Database commits per order (`pg_stat_database.xact_commit` over each run / orders placed in it)");
            line("");
            line("The product's placements: how many a group committed together on average (1 = each alone), and how");
            line("many groups were rolled back whole and their placements placed one by one (warm-up included).");
            line("");
            line("| run | baseline | product | product: placements per group | product: groups rolled back |");
            line("|---|---:|---:|---:|---:|");
            for (Map<String, String> r : runs) {
                if (!r.get("system").equals("baseline")) {
                    continue;
                }
                String productLabel = "product" + r.get("label").substring("baseline".length());
                line(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s |", r.get("label").substring("baseline.".length()),
                        kv.getOrDefault(r.get("label") + ".commits_per_order", "?"),
                        kv.getOrDefault(productLabel + ".commits_per_order", "?"),
                        kv.getOrDefault(productLabel + ".placements_per_group", "-"),
                        kv.getOrDefault(productLabel + ".failed_groups", "-")));
            }
            line("");
        }

        line("### Projection replay (the product stopped; the same " + kv.getOrDefault("scan.events", "?")
                + " events in every row)");
        line("");
        String scan = kv.get("scan.cursor.evps");
        line("| what | seconds | events/s | / raw scan (cursor) | CPU busy | server JVM, cores (of which JIT) | PostgreSQL, cores |");
        line("|---|---:|---:|---:|---:|---:|---:|");
        line(String.format(Locale.ROOT, "| raw scan: one `SELECT ... FROM domain_event_entry ORDER BY global_index` cursor | %s | %s | 1 | | | |",
                f2(kv.get("scan.cursor.seconds")), f0(scan)));
        line(String.format(Locale.ROOT, "| raw scan: pages of 500 by global index | %s | %s | %s | | | |",
                f2(kv.get("scan.paged.seconds")), f0(kv.get("scan.paged.evps")), ratio(kv.get("scan.paged.evps"), scan)));
        line(String.format(Locale.ROOT, "| no-op pooled streaming processor on the product's axon-config, warm JVM%s | %s | %s | %s | | | |",
                partial("replay.noop"), f2(kv.get("replay.noop.seconds")), f0(kv.get("replay.noop.evps")),
                ratio(kv.get("replay.noop.evps"), scan)));
        if (kv.containsKey("replay.noop.cold_evps")) {
            line(String.format(Locale.ROOT, "| the same, its first pass in a cold JVM | | %s | %s | | | |",
                    f0(kv.get("replay.noop.cold_evps")), ratio(kv.get("replay.noop.cold_evps"), scan)));
        }
        rebuildRow("replay.order-view-first", "product: `POST /api/admin/projections/order-view/rebuild` until serving,"
                + " the first rebuild after the load (its code compiling)", scan);
        rebuildRow("replay.order-view", "the same, second rebuild (the target's figure)", scan);
        rebuildRow("replay.order-view-third", "the same, third rebuild", scan);
        rebuildRow("replay.order-view-fourth", "the same, fourth rebuild", scan);
        line("");

        line("### Start-up and memory");
        line("");
        line("| | start-up to healthy, s | Spring's \"Started ... in\", s | RSS idle, MiB | RSS after the load, MiB | peak RSS, MiB |");
        line("|---|---:|---:|---:|---:|---:|");
        for (String system : List.of("baseline", "product")) {
            line(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s |", systemName(system),
                    kv.getOrDefault(system + ".startup_s", "?"), kv.getOrDefault(system + ".startup_spring_s", "?"),
                    kv.getOrDefault(system + ".rss_idle_mb", "?"), kv.getOrDefault(system + ".rss_after_mb", "?"),
                    kv.getOrDefault(system + ".rss_peak_mb", "?")));
        }
        line("");
        line("Events in the product's store after the run: " + kv.getOrDefault("product.events", "?") + " ("
                + kv.getOrDefault("product.events_per_order", "?") + " per order; " + kv.getOrDefault("product.orders", "?")
                + " orders, " + kv.getOrDefault("product.snapshots", "?") + " snapshots, "
                + kv.getOrDefault("product.event_bytes_mb", "?") + " MiB of event table, "
                + kv.getOrDefault("product.snapshot_bytes_mb", "?") + " MiB of snapshots).");
        line("");

        line("### Targets (issue 8), as measured in this run");
        line("");
        for (String workload : List.of("hot", "spread")) {
            StringBuilder verdict = new StringBuilder();
            boolean all = true;
            for (String clients : clientCounts()) {
                Map<String, String> b = run("baseline", workload, "place", "closed", clients);
                Map<String, String> p = run("product", workload, "place", "closed", clients);
                double ratio = num(get(p, "throughput")) / num(get(b, "throughput"));
                all &= ratio >= 1.0;
                verdict.append(clients).append(" clients ").append(String.format(Locale.ROOT, "%.2f", ratio)).append("x; ");
            }
            line("- Placement at least as fast as the JPA baseline, " + workloadName(workload) + ": **" + (all ? "met" : "not met")
                    + "** (" + verdict.toString().replaceAll("; $", "") + ").");
        }
        p99Verdicts.forEach((v, met) -> line("- p99 no worse than the baseline at " + rate + "/s, " + v.split(":")[0]
                + ": **" + (met ? "met" : "not met") + "** (" + v.substring(v.indexOf(':') + 2) + ")."));
        double replay = num(kv.get("replay.order-view.evps")) / num(scan);
        line("- Order-view replay at least 1/4 of the raw scan: **" + (replay >= 0.25 ? "met" : "not met") + "** ("
                + String.format(Locale.ROOT, "%.3f", replay) + " of the cursor scan in the second rebuild"
                + rebuildShare("replay.order-view-first", "first", scan)
                + rebuildShare("replay.order-view-fourth", "fourth", scan) + ").");
        line("- Start-up and memory: recorded above.");
        line("");
        return md.toString();
    }

    private List<String> clientCounts() {
        List<String> counts = new ArrayList<>();
        for (Map<String, String> r : runs) {
            if (r.get("mode").equals("closed") && r.get("flow").equals("place") && !counts.contains(r.get("clients"))) {
                counts.add(r.get("clients"));
            }
        }
        counts.sort((a, b) -> Integer.compare(Integer.parseInt(a), Integer.parseInt(b)));
        return counts;
    }

    /** One rebuild's row of the replay table, when the run measured it. */
    private void rebuildRow(String key, String what, String scan) {
        if (!kv.containsKey(key + ".evps")) {
            return;
        }
        String server = kv.containsKey(key + ".cpu_server")
                ? f2(kv.get(key + ".cpu_server")) + " (" + f2(kv.get(key + ".cpu_jit")) + ")" : "";
        line(String.format(Locale.ROOT, "| %s%s | %s | %s | %s | %s | %s | %s |", what, partial(key),
                f2(kv.get(key + ".seconds")), f0(kv.get(key + ".evps")), ratio(kv.get(key + ".evps"), scan),
                kv.containsKey(key + ".cpu_busy") ? pct(kv.get(key + ".cpu_busy")) : "", server,
                kv.containsKey(key + ".cpu_pg") ? f2(kv.get(key + ".cpu_pg")) : ""));
    }

    /** "; the first: 0.180" for a rebuild the run measured, nothing otherwise. */
    private String rebuildShare(String key, String which, String scan) {
        return kv.containsKey(key + ".evps")
                ? String.format(Locale.ROOT, "; the %s: %.3f", which, num(kv.get(key + ".evps")) / num(scan)) : "";
    }

    private String partial(String key) {
        return "true".equals(kv.get(key + ".partial")) ? " (**timed out**: rate over the part done)" : "";
    }

    private void line(String text) {
        md.append(text).append('\n');
    }

    private static String get(Map<String, String> row, String key) {
        return row == null ? null : row.get(key);
    }

    private static String workloadName(String workload) {
        return workload.equals("hot") ? "hot SKU" : "spread, " + Workload.SPREAD_SKUS + " SKUs";
    }

    private static String systemName(String system) {
        return system.equals("product") ? "product" : "JPA baseline";
    }

    static double num(String value) {
        if (value == null || value.isBlank() || value.equals("?")) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static String ratio(String a, String b) {
        double x = num(a);
        double y = num(b);
        if (Double.isNaN(x) || Double.isNaN(y) || y == 0) {
            return "?";
        }
        return String.format(Locale.ROOT, x / y < 0.1 ? "%.3f" : "%.2f", x / y);
    }

    static String f0(String value) {
        double x = num(value);
        return Double.isNaN(x) ? "?" : String.format(Locale.ROOT, "%,.0f", x);
    }

    static String f1(String value) {
        double x = num(value);
        return Double.isNaN(x) ? "?" : String.format(Locale.ROOT, "%.1f", x);
    }

    static String f2(String value) {
        double x = num(value);
        return Double.isNaN(x) ? "?" : String.format(Locale.ROOT, "%.2f", x);
    }

    static String pct(String value) {
        double x = num(value);
        return Double.isNaN(x) ? "?" : String.format(Locale.ROOT, "%.0f%%", x * 100);
    }
}
