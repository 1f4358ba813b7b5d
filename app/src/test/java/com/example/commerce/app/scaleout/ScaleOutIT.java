package com.example.commerce.app.scaleout;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.commerce.app.support.Api;
import com.example.commerce.app.support.Concurrently;
import com.example.commerce.app.support.JarNode;
import com.example.commerce.app.support.Shop;
import com.example.commerce.app.support.TestDatabase;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * The same executable as two command nodes and two query nodes on one PostgreSQL, on loopback:
 * aggregates stay consistent whichever node takes a command, projections share their segments and
 * survive the loss of a node, deadlines fire once, live updates reach a client on either query node.
 */
class ScaleOutIT {

    private static final int SEGMENTS = 4;
    private static final int STOCK = 10;
    private static final int BUYERS = 24;

    @Test
    void sharesTheWorkOfOneShopBetweenTwoCommandNodesAndTwoQueryNodes() throws Exception {
        TestDatabase.Database database = TestDatabase.create();
        Map<String, String> shared = Map.of(
                "commerce.order.payment-timeout", "PT20S",
                "commerce.processing.segments", String.valueOf(SEGMENTS));
        List<JarNode> nodes = startAll(database, shared, List.of("command", "command", "query", "query"));
        try (JarNode command1 = nodes.get(0); JarNode command2 = nodes.get(1);
             JarNode query1 = nodes.get(2); JarNode query2 = nodes.get(3)) {
            Shop onCommand1 = new Shop(command1.api());
            Shop onCommand2 = new Shop(command2.api());
            String sku = Shop.newSku();
            onCommand1.productWithStock(sku, 8000, STOCK);

            // Concurrent buyers of one SKU through both command nodes: never oversold, none refused while stock remains.
            List<Shop.Customer> buyers = new ArrayList<>();
            for (int i = 0; i < BUYERS; i++) {
                buyers.add((i % 2 == 0 ? onCommand1 : onCommand2).customer());
            }
            List<Callable<Api.Response>> orders = new ArrayList<>();
            for (int i = 0; i < BUYERS; i++) {
                Shop.Customer buyer = buyers.get(i);
                Shop via = i % 2 == 0 ? onCommand1 : onCommand2;
                orders.add(() -> via.placeOrder(buyer, sku, 1));
            }
            List<Api.Response> placed = Concurrently.run(orders);
            List<Api.Response> accepted = placed.stream().filter(r -> r.status() == 201).toList();
            assertThat(accepted).hasSize(STOCK);
            assertThat(placed).filteredOn(r -> r.status() == 409).hasSize(BUYERS - STOCK);
            Set<String> numbers = new HashSet<>();
            accepted.forEach(r -> numbers.add(r.at("/orderNumber")));
            assertThat(numbers).hasSize(STOCK);

            // Each projection's segments are shared by the two query nodes.
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> owners(database, "order-view").size() == 2);
            Shop onQuery1 = new Shop(query1.api());
            Shop onQuery2 = new Shop(query2.api());

            // Pay half the orders; a live update reaches a client on either query node.
            List<String> orderIds = accepted.stream().map(r -> r.at("/orderId")).toList();
            Map<String, Shop.Customer> ownerOf = new HashMap<>();
            for (int i = 0; i < BUYERS; i++) {
                if (placed.get(i).status() == 201) {
                    ownerOf.put(placed.get(i).at("/orderId"), buyers.get(i));
                }
            }
            String watched = orderIds.get(0);
            CompletableFuture<String> onQuery2Stream = firstUpdateWith(query2.api(), watched,
                    ownerOf.get(watched).token(), "\"status\":\"paid\"");
            CompletableFuture<String> onQuery1Stream = firstUpdateWith(query1.api(), watched,
                    ownerOf.get(watched).token(), "\"status\":\"paid\"");
            Thread.sleep(1000);
            for (String orderId : orderIds.subList(0, STOCK / 2)) {
                assertThat(onCommand2.pay(ownerOf.get(orderId), orderId, "tok_ok").status()).isEqualTo(202);
            }
            assertThat(onQuery1Stream.get(20, TimeUnit.SECONDS)).contains("\"status\":\"paid\"");
            assertThat(onQuery2Stream.get(20, TimeUnit.SECONDS)).contains("\"status\":\"paid\"");

            // The unpaid half is cancelled by the payment deadline, exactly once each, whichever node holds it.
            for (String orderId : orderIds.subList(STOCK / 2, STOCK)) {
                (orderId.hashCode() % 2 == 0 ? onQuery1 : onQuery2).awaitStatus(orderId, "cancelled", Duration.ofSeconds(60));
            }
            for (String orderId : orderIds) {
                assertThat(count(database, orderId, "OrderCancelled"))
                        .isEqualTo(orderIds.indexOf(orderId) < STOCK / 2 ? 0 : 1);
            }
            onQuery2.awaitStock(sku, STOCK / 2, 0);

            // A query node dies: the other takes over its segments and keeps answering.
            query1.kill();
            Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> owners(database, "order-view").size() == 1);
            String late = onCommand1.pendingOrder(onCommand1.customer(), sku, 1);
            onQuery2.awaitStatus(late, "pending", Duration.ofSeconds(60));
            onQuery2.awaitStock(sku, STOCK / 2, 1);
        }
    }

    private static List<JarNode> startAll(TestDatabase.Database database, Map<String, String> shared,
                                          List<String> roles) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(roles.size());
        try {
            List<Future<JarNode>> starting = new ArrayList<>();
            for (String role : roles) {
                Map<String, String> settings = new HashMap<>(shared);
                settings.put("commerce.roles", role);
                starting.add(pool.submit(() -> JarNode.start(database, settings)));
            }
            List<JarNode> started = new ArrayList<>();
            try {
                for (Future<JarNode> node : starting) {
                    started.add(node.get(3, TimeUnit.MINUTES));
                }
            } catch (Exception failed) {
                // Nodes that did come up must not outlive the test: stop them with those still starting.
                for (Future<JarNode> node : starting) {
                    try {
                        node.get(3, TimeUnit.MINUTES).close();
                    } catch (Exception ignored) {
                        // this one did not start
                    }
                }
                throw failed;
            }
            return started;
        } finally {
            pool.shutdown();
        }
    }

    /** Listens to an order's updates and completes with the first event whose data contains the text. */
    private static CompletableFuture<String> firstUpdateWith(Api api, String orderId, String token, String text) {
        return CompletableFuture.supplyAsync(() -> {
            HttpRequest request = HttpRequest.newBuilder(URI.create(api.baseUrl() + "/api/orders/" + orderId + "/updates"))
                    .header("Authorization", "Bearer " + token).header("Accept", "text/event-stream").build();
            try {
                HttpResponse<java.io.InputStream> response = HttpClient.newHttpClient()
                        .send(request, HttpResponse.BodyHandlers.ofInputStream());
                try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                        if (line.startsWith("data:") && line.replace(" ", "").contains(text)) {
                            return line;
                        }
                    }
                }
                return "stream ended without " + text;
            } catch (Exception e) {
                return "failed: " + e;
            }
        });
    }

    private static Set<String> owners(TestDatabase.Database database, String processor) throws SQLException {
        Set<String> owners = new HashSet<>();
        try (Connection connection = DriverManager.getConnection(database.url(), database.user(), database.password());
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT owner FROM token_entry WHERE processor_name = '"
                     + processor + "' AND owner IS NOT NULL")) {
            while (rows.next()) {
                owners.add(rows.getString(1));
            }
        }
        return owners;
    }

    private static int count(TestDatabase.Database database, String aggregateId, String type) throws SQLException {
        try (Connection connection = DriverManager.getConnection(database.url(), database.user(), database.password());
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM domain_event_entry WHERE aggregate_identifier = '"
                     + aggregateId + "' AND payload_type LIKE '%." + type + "'")) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
