package com.example.commerce.bench.loadgen;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import java.util.Map;

/**
 * Rebuilds one of the product's projections through its admin API and times it: from the 202 of
 * {@code POST /api/admin/projections/{name}/rebuild} until {@code GET /api/admin/projections}
 * shows it serving again with nothing replaying (the product switches over at most 100 ms after
 * the replay caught up; polled every 100 ms). The rate is the events in the store over that time.
 * Given the server's and PostgreSQL's pids, it also reports the CPU each used meanwhile, and the
 * share of the server's JIT compiler threads: a rebuild runs code that live processing never ran.
 */
final class Replay {

    private Replay() {
    }

    static void main(Args args) throws Exception {
        String base = args.get("base");
        String name = args.get("name", "order-view");
        int timeout = args.integer("timeout", 300);
        Http http = new Http(1);
        String admin = http.call("POST", base + "/api/auth/token",
                Map.of("username", args.get("admin-user"), "password", args.get("admin-password")), null, 200)
                .get("accessToken").asText();
        JsonNode before = row(http, base, admin, name);
        long head = before.get("headPosition").asLong();
        long events = args.integer("events", (int) head);

        Cpu cpu = new Cpu(Long.parseLong(args.get("server-pid", "0")), Long.parseLong(args.get("pg-pid", "0")));
        cpu.start();
        long start = System.nanoTime();
        JsonNode accepted = http.call("POST", base + "/api/admin/projections/" + name + "/rebuild", null, admin, 202);
        boolean sawRebuilding = accepted.path("status").asText().equals("rebuilding");
        long deadline = start + timeout * 1_000_000_000L;
        JsonNode row;
        boolean partial = false;
        while (true) {
            Thread.sleep(100);
            row = row(http, base, admin, name);
            boolean rebuilding = row.get("status").asText().equals("rebuilding") || row.get("replaying").asBoolean();
            sawRebuilding |= rebuilding;
            if (sawRebuilding && !rebuilding) {
                break;
            }
            if (System.nanoTime() > deadline) {
                partial = true;
                break;
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Cpu.Usage usage = cpu.stop();
        long done = partial ? row.get("position").asLong() : events;
        double rate = done / seconds;
        System.out.printf(Locale.ROOT, "rebuild of %s: %d events in %.2f s = %.0f events/s%s%n", name, done, seconds, rate,
                partial ? " (TIMED OUT: position " + row.get("position").asLong() + " of " + head + ")" : "");
        System.out.println("  " + usage.summary());
        String key = "replay." + args.get("key", name);
        System.out.printf(Locale.ROOT, "KV\t%s.evps\t%.1f%nKV\t%s.seconds\t%.3f%nKV\t%s.events\t%d%nKV\t%s.partial\t%s%n",
                key, rate, key, seconds, key, done, key, partial);
        System.out.printf(Locale.ROOT, "KV\t%s.cpu_busy\t%.3f%nKV\t%s.cpu_server\t%.3f%nKV\t%s.cpu_jit\t%.3f%n"
                        + "KV\t%s.cpu_pg\t%.3f%nKV\t%s.cpu_other\t%.3f%n",
                key, usage.busy(), key, usage.server(), key, usage.serverJit(), key, usage.postgres(), key, usage.other());
        http.close();
    }

    private static JsonNode row(Http http, String base, String admin, String name) {
        for (JsonNode row : http.call("GET", base + "/api/admin/projections", null, admin, 200)) {
            if (row.get("name").asText().equals(name)) {
                return row;
            }
        }
        throw new IllegalStateException("no projection " + name);
    }
}
