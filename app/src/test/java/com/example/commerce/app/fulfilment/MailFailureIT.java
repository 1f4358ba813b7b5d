package com.example.commerce.app.fulfilment;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.commerce.app.support.IntegrationTest;
import com.example.commerce.app.support.Shop;
import com.example.commerce.command.notification.Notifications;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.awaitility.Awaitility;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** When the SMTP server is down, an order's mails are retried, then parked per order; nothing else waits. */
class MailFailureIT extends IntegrationTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EventProcessingConfiguration processing;

    @DynamicPropertySource
    static void unreachableMailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", MailFailureIT::closedPort);
        registry.add("spring.mail.properties.mail.smtp.connectiontimeout", () -> "500");
    }

    @Test
    void parksEachOrdersUnsendableMailsAndGoesOnWithTheOthers() {
        String sku = Shop.newSku();
        shop.productWithStock(sku, 10000, 10);
        List<String> orderIds = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Shop.Customer customer = shop.customer();
            String orderId = shop.pendingOrder(customer, sku, 1);
            shop.pay(customer, orderId, "tok_ok");
            orderIds.add(orderId);
        }

        orderIds.forEach(orderId -> shop.awaitStatus(orderId, "paid"));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> parkedOrders().containsAll(orderIds));
        assertThat(jdbc.queryForList("SELECT DISTINCT cause_type FROM dead_letter_entry WHERE processing_group = 'notifications'",
                String.class)).allMatch(cause -> cause.contains("Mail"));
    }

    /** Naming the processor under Axon's properties to get its queue had made it a tracking processor. */
    @Test
    void parksThroughAPooledProcessorLikeEveryOther() {
        assertThat(processing.eventProcessor(Notifications.PROCESSING_GROUP))
                .get().isInstanceOf(PooledStreamingEventProcessor.class);
        assertThat(processing.deadLetterQueue(Notifications.PROCESSING_GROUP)).isPresent();
    }

    private List<String> parkedOrders() {
        return jdbc.queryForList("SELECT DISTINCT sequence_identifier FROM dead_letter_entry"
                + " WHERE processing_group = 'notifications'", String.class);
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
