package com.example.commerce.app.readside;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A client listening to a Server-Sent Events stream, as a browser's {@code EventSource} does: the
 * response is read line by line in the background, and the test takes whole events (their one
 * {@code data:} line parsed as JSON) as they arrive, or waits for the server to end the stream.
 */
final class EventStream implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    /** Put on the queue once the server has closed the stream. */
    private static final String END = "\u0000end";
    /** Put on the queue when reading broke off. */
    private static final String BROKEN = "\u0000broken";

    private final HttpResponse<InputStream> response;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final Thread reader;
    private boolean ended;
    private volatile IOException failure;
    private volatile boolean closing;

    private EventStream(HttpResponse<InputStream> response) {
        this.response = response;
        this.reader = new Thread(this::readLines, "sse-reader");
        reader.setDaemon(true);
        reader.start();
    }

    static EventStream open(String baseUrl, String path, String token) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "text/event-stream")
                .timeout(Duration.ofSeconds(10))
                .GET().build();
        try {
            return new EventStream(HTTP.send(request, HttpResponse.BodyHandlers.ofInputStream()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    int status() {
        return response.statusCode();
    }

    String contentType() {
        return response.headers().firstValue("Content-Type").orElse("");
    }

    /** The next event's data; fails when none arrives in time or the stream ends first. */
    JsonNode next(Duration timeout) {
        JsonNode event = nextOrEnd(timeout);
        assertThat(event).as("an event within %s, but the stream ended", timeout).isNotNull();
        return event;
    }

    /** Events until one matches, which is answered; fails when none does in time. */
    List<JsonNode> until(Predicate<JsonNode> wanted, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<JsonNode> seen = new ArrayList<>();
        while (true) {
            JsonNode event = next(Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
            seen.add(event);
            if (wanted.test(event)) {
                return seen;
            }
        }
    }

    /** The events still sent before the server ended the stream; fails when it stays open longer. */
    List<JsonNode> awaitEnd(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<JsonNode> rest = new ArrayList<>();
        while (true) {
            JsonNode event = nextOrEnd(Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
            if (event == null) {
                return rest;
            }
            rest.add(event);
        }
    }

    private JsonNode nextOrEnd(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<String> data = new ArrayList<>();
        while (true) {
            if (ended) {
                return null;
            }
            String line;
            try {
                line = lines.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            if (line == null) {
                throw new AssertionError("no event and no end of the stream within " + timeout);
            }
            if (BROKEN.equals(line)) {
                throw new AssertionError("the stream broke off instead of ending: " + failure);
            }
            if (END.equals(line)) {
                ended = true;
                assertThat(data).as("an event cut off by the end of the stream").isEmpty();
                return null;
            }
            if (line.startsWith("data:")) {
                data.add(line.substring(5).strip());
            } else if (line.isEmpty() && !data.isEmpty()) {
                assertThat(data).as("each event's data is one line of JSON").hasSize(1);
                return parse(data.get(0));
            }
            // Comments (keep-alives), event names and ids carry nothing the tests need.
        }
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new AssertionError("event data is not JSON: " + json, e);
        }
    }

    private void readLines() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                lines.add(line);
            }
            lines.add(END);
        } catch (IOException e) {
            if (!closing) {
                failure = e;
                lines.add(BROKEN);
            }
        }
    }

    @Override
    public void close() {
        closing = true;
        try {
            response.body().close();
        } catch (IOException e) {
            // nothing left to release
        }
        reader.interrupt();
    }
}
