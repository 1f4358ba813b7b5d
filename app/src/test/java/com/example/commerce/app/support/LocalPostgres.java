package com.example.commerce.app.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The machine's own PostgreSQL (Debian's packaging: {@code pg_lsclusters}, {@code pg_ctlcluster}),
 * for machines without Docker: started when installed but stopped, with the tests' role created
 * once. As root the commands switch to the postgres user themselves; otherwise {@code sudo -n}.
 */
final class LocalPostgres {

    private LocalPostgres() {
    }

    static void startAndCreateRole(String user, String password) {
        if (!installed()) {
            return;
        }
        String cluster = run(List.of("pg_lsclusters", "-h")).lines().findFirst().orElse("");
        String[] columns = cluster.trim().split("\\s+");
        if (columns.length >= 4 && !columns[3].contains("online")) {
            asRoot(List.of("pg_ctlcluster", "--skip-systemctl-redirect", columns[0], columns[1], "start"));
        }
        String createRole = "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '" + user + "') THEN "
                + "CREATE ROLE " + user + " LOGIN CREATEDB PASSWORD '" + password + "'; END IF; END $$;";
        for (int attempt = 0; attempt < 30; attempt++) {
            if (asPostgres(List.of("psql", "-qtAc", createRole)).exitCode() == 0) {
                return;
            }
            sleep();
        }
    }

    private static boolean installed() {
        try {
            return new ProcessBuilder("pg_lsclusters", "-h").start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static Result asRoot(List<String> command) {
        List<String> full = new ArrayList<>();
        if (!isRoot()) {
            full.addAll(List.of("sudo", "-n"));
        }
        full.addAll(command);
        return execute(full);
    }

    private static Result asPostgres(List<String> command) {
        List<String> full = new ArrayList<>();
        if (isRoot()) {
            full.addAll(List.of("su", "postgres", "-c", String.join(" ", command.stream().map(LocalPostgres::quote).toList())));
        } else {
            full.addAll(List.of("sudo", "-n", "-u", "postgres"));
            full.addAll(command);
        }
        return execute(full);
    }

    private static String quote(String argument) {
        return "'" + argument.replace("'", "'\\''") + "'";
    }

    private static String run(List<String> command) {
        return execute(command).output();
    }

    private static Result execute(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return new Result(-1, output);
            }
            return new Result(process.exitValue(), output);
        } catch (IOException e) {
            return new Result(-1, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(-1, "interrupted");
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private record Result(int exitCode, String output) {
    }
}
