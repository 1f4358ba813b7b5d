package com.example.commerce.command.shipment;

import static com.example.commerce.command.order.Orders.CARRIER;
import static com.example.commerce.command.order.Orders.DELIVERED_AT;
import static com.example.commerce.command.order.Orders.ORDER_ID;
import static com.example.commerce.command.order.Orders.SHIPMENT;
import static com.example.commerce.command.order.Orders.TRACKING_NUMBER;
import static org.assertj.core.api.Assertions.assertThat;

import com.example.commerce.api.common.OrderId;
import com.example.commerce.api.common.ShipmentId;
import com.example.commerce.api.error.IllegalOrderTransition;
import com.example.commerce.api.error.NotFound;
import com.example.commerce.api.error.RuleViolation;
import com.example.commerce.api.order.OrderShipped;
import com.example.commerce.api.order.ShipOrder;
import com.example.commerce.api.shipment.RecordShipmentDelivered;
import com.example.commerce.api.shipment.RecordShipmentInTransit;
import com.example.commerce.api.shipment.ShipmentCreated;
import com.example.commerce.api.shipment.ShipmentDelivered;
import com.example.commerce.api.shipment.ShipmentInTransit;
import com.example.commerce.command.InMemoryAggregateStore;
import com.example.commerce.command.order.Order;
import com.example.commerce.command.order.Orders;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A parcel with a carrier: opened when a paid order is shipped (through {@link ShipmentCommandHandler},
 * with the real Order aggregate beside the fixture), then in transit and delivered, each once.
 */
class ShipmentTest {

    private static final Instant IN_TRANSIT_AT = DELIVERED_AT.minusSeconds(86_400);

    private final Orders order = Orders.anOrder();
    private final ClaimedTrackingNumbers trackingNumbers = new ClaimedTrackingNumbers();
    private FixtureConfiguration<Shipment> fixture;
    private InMemoryAggregateStore<Order> orders;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Shipment.class);
        orders = new InMemoryAggregateStore<>(Order.class);
        fixture.registerAnnotatedCommandHandler(
                new ShipmentCommandHandler(orders.repository(), fixture.getRepository(), trackingNumbers));
    }

    // shipping an order

    @Test
    void opensAShipmentAndShipsAPaidOrder() {
        orders.given(ORDER_ID, order.paid());

        fixture.givenNoPriorActivity()
                .when(new ShipOrder(ORDER_ID, SHIPMENT, CARRIER, TRACKING_NUMBER))
                .expectEvents(created());

        assertThat(orders.eventsOf(ORDER_ID)).last()
                .isEqualTo(new OrderShipped(ORDER_ID, SHIPMENT, CARRIER, TRACKING_NUMBER));
        assertThat(trackingNumbers.claimed).containsEntry(CARRIER + "/" + TRACKING_NUMBER, SHIPMENT);
    }

    @Test
    void refusesToShipAnOrderNotPaid() {
        orders.given(ORDER_ID, order.accepted());

        fixture.givenNoPriorActivity()
                .when(new ShipOrder(ORDER_ID, SHIPMENT, CARRIER, TRACKING_NUMBER))
                .expectException(IllegalOrderTransition.class)
                .expectNoEvents();

        assertThat(orders.eventsOf(ORDER_ID)).containsExactlyElementsOf(order.accepted());
        assertThat(trackingNumbers.claimed).isEmpty();
    }

    @Test
    void answersNotFoundForAnUnknownOrder() {
        fixture.givenNoPriorActivity()
                .when(new ShipOrder(OrderId.of("no-such-order"), SHIPMENT, CARRIER, TRACKING_NUMBER))
                .expectException(NotFound.class)
                .expectNoEvents();
    }

    @Test
    void leavesTheOrderUnshippedWhenTheTrackingNumberIsTaken() {
        orders.given(ORDER_ID, order.paid());
        trackingNumbers.claim(CARRIER, TRACKING_NUMBER, ShipmentId.of("an-earlier-shipment"));

        fixture.givenNoPriorActivity()
                .when(new ShipOrder(ORDER_ID, SHIPMENT, CARRIER, TRACKING_NUMBER))
                .expectException(RuleViolation.class)
                .expectNoEvents();

        assertThat(orders.eventsOf(ORDER_ID)).containsExactlyElementsOf(order.paid());
    }

    // carrier reports

    @Test
    void goesInTransit() {
        fixture.given(created())
                .when(new RecordShipmentInTransit(SHIPMENT, IN_TRANSIT_AT))
                .expectEvents(new ShipmentInTransit(SHIPMENT, ORDER_ID, IN_TRANSIT_AT));
    }

    @Test
    void goesInTransitOnlyOnce() {
        fixture.given(created(), new ShipmentInTransit(SHIPMENT, ORDER_ID, IN_TRANSIT_AT))
                .when(new RecordShipmentInTransit(SHIPMENT, IN_TRANSIT_AT.plusSeconds(600)))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void isDeliveredAtTheCarriersTime() {
        fixture.given(created(), new ShipmentInTransit(SHIPMENT, ORDER_ID, IN_TRANSIT_AT))
                .when(new RecordShipmentDelivered(SHIPMENT, DELIVERED_AT))
                .expectEvents(new ShipmentDelivered(SHIPMENT, ORDER_ID, DELIVERED_AT));
    }

    @Test
    void isDeliveredEvenWhenTheInTransitReportNeverCame() {
        fixture.given(created())
                .when(new RecordShipmentDelivered(SHIPMENT, DELIVERED_AT))
                .expectEvents(new ShipmentDelivered(SHIPMENT, ORDER_ID, DELIVERED_AT));
    }

    @Test
    void isDeliveredOnlyOnce() {
        fixture.given(created(), new ShipmentDelivered(SHIPMENT, ORDER_ID, DELIVERED_AT))
                .when(new RecordShipmentDelivered(SHIPMENT, DELIVERED_AT.plusSeconds(60)))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void doesNotGoBackInTransitOnceDelivered() {
        fixture.given(created(), new ShipmentDelivered(SHIPMENT, ORDER_ID, DELIVERED_AT))
                .when(new RecordShipmentInTransit(SHIPMENT, IN_TRANSIT_AT))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    private static ShipmentCreated created() {
        return new ShipmentCreated(SHIPMENT, ORDER_ID, CARRIER, TRACKING_NUMBER);
    }

    /**
     * Stands in for the {@code tracking_number} table, which needs PostgreSQL: unique per carrier,
     * as its primary key is. Only the claim is replaced; the handler's logic and both aggregates are real.
     */
    private static final class ClaimedTrackingNumbers extends TrackingNumbers {

        private final Map<String, ShipmentId> claimed = new HashMap<>();

        ClaimedTrackingNumbers() {
            super(new JdbcTemplate());
        }

        @Override
        void claim(String carrier, String trackingNumber, ShipmentId shipmentId) {
            if (claimed.putIfAbsent(carrier + "/" + trackingNumber, shipmentId) != null) {
                throw new RuleViolation("duplicate-tracking-number",
                        "tracking number " + trackingNumber + " of carrier " + carrier + " is already used");
            }
        }
    }
}
