package com.example.commerce.app.checkout;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.commerce.app.support.Api;
import com.example.commerce.app.support.Concurrently;
import com.example.commerce.app.support.IntegrationTest;
import com.example.commerce.app.support.Shop;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Many buyers for the last units: every unit is sold once, and no buyer is refused while stock remains. */
class ConcurrentBuyersIT extends IntegrationTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void sellsFiveUnitsToExactlyFiveOfTwentyConcurrentBuyers() throws Exception {
        String sku = Shop.newSku();
        shop.productWithStock(sku, 9000, 5);
        List<Shop.Customer> buyers = shop.customers(20);

        List<Integer> statuses = Concurrently.run(buyers.stream()
                .map(buyer -> (Callable<Integer>) () -> shop.placeOrder(buyer, sku, 1).status()).toList());

        assertThat(statuses).filteredOn(status -> status == 201).hasSize(5);
        assertThat(statuses).filteredOn(status -> status == 409).hasSize(15);
        shop.awaitStock(sku, 5, 5);
        assertThat(shop.stock(sku).json().path("available").asInt()).isZero();
    }

    @Test
    void sellsTenPairsToTwentyFourBuyersListingTheSkusInEitherOrder() throws Exception {
        String scarce = Shop.newSku();
        String plenty = Shop.newSku();
        shop.productWithStock(scarce, 1000, 10);
        shop.productWithStock(plenty, 1000, 100);
        List<Callable<Integer>> buyers = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            Shop.Customer buyer = shop.customer();
            // Half list the SKUs the other way round: placement must lock them in one order, or two
            // buyers each holding one SKU's lock would wait for each other forever.
            List<String> skus = i % 2 == 0 ? List.of(scarce, plenty) : List.of(plenty, scarce);
            Map<String, Object> order = Map.of("items",
                    skus.stream().map(sku -> Map.of("sku", sku, "quantity", 1)).toList(),
                    "shippingAddress", Shop.address());
            buyers.add(() -> api.post("/api/orders").token(buyer.token()).body(order).send().status());
        }

        List<Integer> statuses = Concurrently.run(buyers);

        assertThat(statuses).filteredOn(status -> status == 201).hasSize(10);
        assertThat(statuses).filteredOn(status -> status == 409).hasSize(14);
        assertThat(availabilityAfterEachEvent(scarce)).allSatisfy(available -> assertThat(available).isNotNegative())
                .last().isEqualTo(0);
        assertThat(availabilityAfterEachEvent(plenty)).last().isEqualTo(90);
    }

    /** Replays the SKU's stored events and answers what was available after each. */
    private List<Integer> availabilityAfterEachEvent(String sku) {
        List<Map<String, Object>> events = jdbc.queryForList("SELECT payload_type, convert_from(payload, 'UTF8') AS payload"
                + " FROM domain_event_entry WHERE aggregate_identifier = ? ORDER BY sequence_number", sku);
        List<Integer> available = new ArrayList<>();
        int onHand = 0;
        int reserved = 0;
        for (Map<String, Object> event : events) {
            String type = (String) event.get("payload_type");
            String payload = (String) event.get("payload");
            if (type.endsWith("StockRestocked")) {
                onHand = number(payload, "onHand");
            } else if (type.endsWith("StockReserved")) {
                reserved += number(payload, "quantity");
            }
            available.add(onHand - reserved);
        }
        return available;
    }

    private static int number(String json, String field) {
        return new Api.Response(200, "", Map.of(), json).json().path(field).asInt();
    }
}
