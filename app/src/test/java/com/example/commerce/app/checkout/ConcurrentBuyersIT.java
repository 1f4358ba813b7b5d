package com.example.commerce.app.checkout;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.commerce.api.common.OrderId;
import com.example.commerce.api.common.Sku;
import com.example.commerce.api.inventory.ReserveStock;
import com.example.commerce.app.support.Api;
import com.example.commerce.app.support.Concurrently;
import com.example.commerce.app.support.IntegrationTest;
import com.example.commerce.app.support.Shop;
import com.example.commerce.command.inventory.ReservationResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Many buyers for the last units: every unit is sold once, and no buyer is refused while stock remains. */
class ConcurrentBuyersIT extends IntegrationTest {

    @Autowired
    CommandGateway commands;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void sellsFiveUnitsToExactlyFiveOfTwentyConcurrentBuyers() throws Exception {
        String sku = Shop.newSku();
        shop.productWithStock(sku, 9000, 5);
        List<Shop.Customer> buyers = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            buyers.add(shop.customer());
        }

        List<Integer> statuses = Concurrently.run(buyers.stream()
                .map(buyer -> (Callable<Integer>) () -> shop.placeOrder(buyer, sku, 1).status()).toList());

        assertThat(statuses).filteredOn(status -> status == 201).hasSize(5);
        assertThat(statuses).filteredOn(status -> status == 409).hasSize(15);
        shop.awaitStock(sku, 5, 5);
        assertThat(shop.stock(sku).json().path("available").asInt()).isZero();
    }

    @Test
    void reservesTenOfFiftyParallelRequestsThroughTheCommandBus() throws Exception {
        String sku = Shop.newSku();
        shop.productWithStock(sku, 1000, 10);

        List<ReservationResult> results = Concurrently.run(java.util.stream.IntStream.range(0, 50)
                .mapToObj(i -> (Callable<ReservationResult>) () -> commands.sendAndWait(
                        new ReserveStock(Sku.of(sku), OrderId.of(UUID.randomUUID()), 1)))
                .toList());

        assertThat(results).filteredOn(ReservationResult::held).hasSize(10);
        assertThat(availabilityAfterEachEvent(sku)).allSatisfy(available -> assertThat(available).isNotNegative())
                .last().isEqualTo(0);
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
