package com.example.commerce.app.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The built executable jar running as a process of its own, on the postgres profile: what an
 * operator runs, and what can be killed without a graceful stop ({@code kill -9}).
 */
public final class JarNode implements AutoCloseable {

    private final Process process;
    private final int port;

    private JarNode(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    public static JarNode start(TestDatabase.Database database, Map<String, String> settings) {
        Path jar = Path.of("target", "commerce.jar").toAbsolutePath();
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: run the tests with ./mvnw verify, which packages it first");
        }
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m", "-jar", jar.toString(),
                "--server.port=" + port));
        command.addAll(database.applicationArguments(settings));
        try {
            Path log = Files.createTempFile("commerce-node-", ".log");
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            JarNode node = new JarNode(process, port);
            node.awaitHealthy(log);
            return node;
        } catch (IOException e) {
            throw new IllegalStateException("cannot start " + jar, e);
        }
    }

    public Api api() {
        return new Api("http://localhost:" + port);
    }

    /** Kills the process without any chance to finish its work: no shutdown hooks, no commits. */
    public void kill() {
        process.destroyForcibly();
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            kill();
        }
    }

    private void awaitHealthy(Path log) throws IOException {
        long deadline = System.nanoTime() + Duration.ofSeconds(150).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the node exited at start-up:\n" + Files.readString(log));
            }
            try {
                if (api().get("/actuator/health").send().status() == 200) {
                    return;
                }
            } catch (RuntimeException notYet) {
                // not listening yet
            }
            sleep(250);
        }
        kill();
        throw new IllegalStateException("the node did not become healthy in time:\n" + Files.readString(log));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
