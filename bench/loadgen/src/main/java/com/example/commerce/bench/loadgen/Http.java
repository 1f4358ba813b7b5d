package com.example.commerce.bench.loadgen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The JDK's own HTTP client (HTTP/1.1, keep-alive), used through its async API: every logical
 * client is a chain of callbacks, not a thread, so 32 clients cost no more threads than 8, and the
 * open-loop sender never waits for a response (which would hide queueing: coordinated omission).
 * Callbacks run on a small fixed pool; Java 17 has no virtual threads.
 */
final class Http {

    static final ObjectMapper JSON = new ObjectMapper();

    final HttpClient client;
    private final ExecutorService executor;

    Http(int threads) {
        executor = Executors.newFixedThreadPool(threads, r -> {
            Thread thread = new Thread(r, "http-callbacks");
            thread.setDaemon(true);
            return thread;
        });
        client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .executor(executor)
                .build();
    }

    static HttpRequest.Builder post(String url, byte[] body) {
        return HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    }

    /** A blocking JSON call for setup; fails on an unexpected status. */
    JsonNode call(String method, String url, Object body, String bearer, int... expected) {
        try {
            HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                    .header("Content-Type", "application/json");
            if (bearer != null) {
                builder.header("Authorization", "Bearer " + bearer);
            }
            byte[] bytes = body == null ? new byte[0] : JSON.writeValueAsBytes(body);
            builder.method(method, body == null && method.equals("GET") ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(bytes));
            HttpResponse<String> response = client.send(builder.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            boolean ok = false;
            for (int status : expected) {
                ok |= response.statusCode() == status;
            }
            if (!ok) {
                throw new IllegalStateException(method + " " + url + " answered " + response.statusCode() + ": "
                        + response.body());
            }
            return response.body().isBlank() ? JSON.nullNode() : JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + url + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    void close() {
        executor.shutdownNow();
    }
}
