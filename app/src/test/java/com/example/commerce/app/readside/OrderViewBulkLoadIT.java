package com.example.commerce.app.readside;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.commerce.api.common.Address;
import com.example.commerce.api.common.CustomerId;
import com.example.commerce.api.common.Money;
import com.example.commerce.api.common.OrderId;
import com.example.commerce.api.common.ProductId;
import com.example.commerce.api.common.Sku;
import com.example.commerce.api.order.OrderAmounts;
import com.example.commerce.api.order.OrderLine;
import com.example.commerce.api.order.OrderPlaced;
import com.example.commerce.app.support.IntegrationTest;
import com.example.commerce.query.orderview.OrderViewRepository;
import com.example.commerce.query.orderview.OrderViewRow;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A rebuild's bulk load of order-view rows, streamed into PostgreSQL with {@code COPY}: whatever
 * text customers type reaches the table as it was, and a load that meets a stored row fails whole.
 */
class OrderViewBulkLoadIT extends IntegrationTest {

    /** Far above any generation the running application reaches, so that its monitor never drops these rows. */
    private final int generation = 900_000 + ThreadLocalRandom.current().nextInt(100_000);

    @Autowired
    OrderViewRepository rows;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactionManager;

    @AfterEach
    void dropTheGeneration() {
        jdbc.update("DELETE FROM order_view_order WHERE generation = ?", generation);
    }

    @Test
    void loadsRowsWhoseTextHoldsQuotesLineBreaksAndTheCopyQuoteAsTheyWere() {
        List<OrderViewRow> loaded = List.of(
                placed("Kim \"the buyer\", Jr.", "line one\nline two \\ back\tslash"),
                placed("\u0001quoted\u0001\u0001 by the copy quote", "\u0001"),
                placed("김민준 🛒", "서울특별시 강남구, 101동 \"A\""));

        inTransaction(() -> rows.insertAllNew(generation, loaded));

        Map<String, OrderViewRow> stored = rows.loadAll(generation,
                loaded.stream().map(row -> row.detail().orderId()).toList());
        assertThat(stored).hasSize(loaded.size());
        for (OrderViewRow row : loaded) {
            assertThat(stored.get(row.detail().orderId())).isEqualTo(row);
        }
    }

    @Test
    void refusesALoadThatMeetsAStoredRowAsAWhole() {
        OrderViewRow first = placed("Lee", "1 Road");
        inTransaction(() -> rows.insertAllNew(generation, List.of(first)));
        OrderViewRow second = placed("Park", "2 Road");

        assertThatThrownBy(() -> inTransaction(() -> rows.insertAllNew(generation, List.of(second, first))))
                .isInstanceOf(DataAccessException.class);

        assertThat(jdbc.queryForList("SELECT order_id FROM order_view_order WHERE generation = ?", String.class,
                generation)).containsExactly(first.detail().orderId());
        // The failed COPY left its pooled connection usable for the next load.
        inTransaction(() -> rows.insertAllNew(generation, List.of(second)));
        assertThat(rows.load(generation, second.detail().orderId())).contains(second);
    }

    private void inTransaction(Runnable work) {
        new TransactionTemplate(transactionManager).executeWithoutResult(transaction -> work.run());
    }

    private static OrderViewRow placed(String recipient, String line1) {
        OrderId orderId = OrderId.of(UUID.randomUUID());
        OrderLine line = new OrderLine(Sku.of("TEE-RED-L"), ProductId.of(UUID.randomUUID()), "Tee \"classic\"",
                "Red / L", Money.won(19_000), 2);
        OrderPlaced placed = new OrderPlaced(orderId, "ORD-20261124-" + orderId.value().substring(0, 6),
                CustomerId.of(UUID.randomUUID()), List.of(line),
                new Address(recipient, "010-1234-5678", line1, null, "Seoul", "01234", "KR"), null,
                new OrderAmounts(Money.won(38_000), Money.won(3_000), Money.ZERO, Money.won(3_727),
                        Money.won(41_000)),
                Instant.parse("2026-11-24T03:30:00.123456Z"));
        return OrderViewRow.next(null, orderId.value(), 0, placed, Instant.parse("2026-11-24T03:00:00.5Z"), 7)
                .orElseThrow();
    }
}
