package com.example.commerce.command.inventory;

import static com.example.commerce.command.inventory.Stock.ORDER;
import static com.example.commerce.command.inventory.Stock.OTHER_ORDER;
import static com.example.commerce.command.inventory.Stock.SKU;
import static com.example.commerce.command.inventory.Stock.adjusted;
import static com.example.commerce.command.inventory.Stock.committed;
import static com.example.commerce.command.inventory.Stock.refused;
import static com.example.commerce.command.inventory.Stock.released;
import static com.example.commerce.command.inventory.Stock.reserved;
import static com.example.commerce.command.inventory.Stock.restocked;
import static com.example.commerce.command.inventory.Stock.returned;

import com.example.commerce.api.common.OrderId;
import com.example.commerce.api.error.InvalidInput;
import com.example.commerce.api.error.RuleViolation;
import com.example.commerce.api.inventory.AdjustStock;
import com.example.commerce.api.inventory.CommitStock;
import com.example.commerce.api.inventory.ReleaseStock;
import com.example.commerce.api.inventory.RestockInventory;
import com.example.commerce.api.inventory.ReturnStock;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

/** One SKU's stock: {@code available = onHand - reserved}, every step idempotent per order. */
class InventoryTest {

    private final FixtureConfiguration<Inventory> fixture = new AggregateTestFixture<>(Inventory.class);

    // restocking

    @Test
    void comesIntoBeingWithItsFirstRestock() {
        fixture.givenNoPriorActivity()
                .when(new RestockInventory(SKU, 10))
                .expectEvents(restocked(10, 10))
                .expectResultMessagePayload(new StockLevel(SKU, 10, 0));
    }

    @Test
    void addsARestockToWhatIsOnHand() {
        fixture.given(restocked(10, 10), reserved(ORDER, 3))
                .when(new RestockInventory(SKU, 5))
                .expectEvents(restocked(5, 15))
                .expectResultMessagePayload(new StockLevel(SKU, 15, 3));
    }

    @Test
    void refusesARestockOfNoUnits() {
        fixture.given(restocked(10, 10))
                .when(new RestockInventory(SKU, 0))
                .expectException(InvalidInput.class)
                .expectNoEvents();
    }

    @Test
    void refusesANegativeRestockOfAnUnknownSku() {
        fixture.givenNoPriorActivity()
                .when(new RestockInventory(SKU, -1))
                .expectException(InvalidInput.class)
                .expectNoEvents();
    }

    // adjusting

    @Test
    void correctsTheUnitsOnHandForAReason() {
        fixture.given(restocked(10, 10))
                .when(new AdjustStock(SKU, -2, "damaged in the warehouse"))
                .expectEvents(adjusted(-2, "damaged in the warehouse", 8));
    }

    @Test
    void adjustsDownToExactlyTheReservedUnits() {
        fixture.given(restocked(10, 10), reserved(ORDER, 4))
                .when(new AdjustStock(SKU, -6, "stocktake"))
                .expectEvents(adjusted(-6, "stocktake", 4));
    }

    @Test
    void refusesToAdjustBelowTheReservedUnits() {
        fixture.given(restocked(10, 10), reserved(ORDER, 4))
                .when(new AdjustStock(SKU, -7, "stocktake"))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("SKU " + SKU + " has 10 on hand and 4 reserved, cannot adjust by -7")
                .expectNoEvents();
    }

    @Test
    void refusesToAdjustBelowZero() {
        fixture.given(restocked(3, 3))
                .when(new AdjustStock(SKU, -4, "stocktake"))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void recordsNothingForAZeroAdjustment() {
        fixture.given(restocked(10, 10))
                .when(new AdjustStock(SKU, 0, "stocktake"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    // reserving

    @Test
    void holdsUnitsForAnOrder() {
        fixture.given(restocked(10, 10))
                .whenInvoking(SKU.value(), inventory -> inventory.reserve(ORDER, 3))
                .expectEvents(reserved(ORDER, 3));
    }

    @Test
    void holdsTheLastAvailableUnits() {
        fixture.given(restocked(10, 10), reserved(OTHER_ORDER, 7))
                .whenInvoking(SKU.value(), inventory -> inventory.reserve(ORDER, 3))
                .expectEvents(reserved(ORDER, 3));
    }

    @Test
    void neverHoldsMoreThanIsAvailable() {
        fixture.given(restocked(10, 10), reserved(OTHER_ORDER, 8))
                .whenInvoking(SKU.value(), inventory -> inventory.reserve(ORDER, 3))
                .expectException(IllegalStateException.class)
                .expectNoEvents();
    }

    @Test
    void recordsARefusalWithHowManyWereAvailable() {
        fixture.given(restocked(10, 10), reserved(OTHER_ORDER, 8))
                .whenInvoking(SKU.value(), inventory -> inventory.refuse(SKU, ORDER, 3))
                .expectEvents(refused(ORDER, 3, 2));
    }

    @Test
    void holdsAnOrdersUnitsOnlyOnce() {
        fixture.given(restocked(10, 10), reserved(ORDER, 3))
                .whenInvoking(SKU.value(), inventory -> inventory.reserve(ORDER, 3))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void refusesAReservationOfNoUnits() {
        fixture.given(restocked(10, 10))
                .whenInvoking(SKU.value(), inventory -> inventory.reserve(ORDER, 0))
                .expectException(InvalidInput.class)
                .expectNoEvents();
    }

    // releasing

    @Test
    void releasesTheUnitsHeldForAnOrder() {
        fixture.given(restocked(10, 10), reserved(ORDER, 3))
                .when(new ReleaseStock(SKU, ORDER))
                .expectEvents(released(ORDER, 3));
    }

    @Test
    void makesReleasedUnitsAvailableAgain() {
        OrderId third = OrderId.of("order-3");

        fixture.given(restocked(10, 10), reserved(OTHER_ORDER, 8), reserved(ORDER, 2), released(ORDER, 2))
                .whenInvoking(SKU.value(), inventory -> inventory.reserve(third, 2))
                .expectEvents(reserved(third, 2));
    }

    @Test
    void releasesOnlyOnce() {
        fixture.given(restocked(10, 10), reserved(ORDER, 3), released(ORDER, 3))
                .when(new ReleaseStock(SKU, ORDER))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void releasesNothingForAnOrderItRefused() {
        fixture.given(restocked(1, 1), refused(ORDER, 3, 1))
                .when(new ReleaseStock(SKU, ORDER))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void releasesNothingOnceTheOrderIsPaid() {
        fixture.given(restocked(10, 10), reserved(ORDER, 3), committed(ORDER, 3))
                .when(new ReleaseStock(SKU, ORDER))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    // committing

    @Test
    void takesAPaidOrdersUnitsOutOfStock() {
        fixture.given(restocked(10, 10), reserved(ORDER, 3))
                .when(new CommitStock(SKU, ORDER))
                .expectEvents(committed(ORDER, 3));
    }

    @Test
    void lowersBothOnHandAndReservedWhenCommitting() {
        fixture.given(restocked(10, 10), reserved(ORDER, 3), reserved(OTHER_ORDER, 2), committed(ORDER, 3))
                .when(new RestockInventory(SKU, 1))
                .expectEvents(restocked(1, 8))
                .expectResultMessagePayload(new StockLevel(SKU, 8, 2));
    }

    @Test
    void commitsOnlyOnce() {
        fixture.given(restocked(10, 10), reserved(ORDER, 3), committed(ORDER, 3))
                .when(new CommitStock(SKU, ORDER))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void commitsNothingForAnOrderWithoutHeldUnits() {
        fixture.given(restocked(10, 10), reserved(ORDER, 3), released(ORDER, 3))
                .when(new CommitStock(SKU, ORDER))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    // returning

    @Test
    void putsACancelledPaidOrdersUnitsBackOnHand() {
        fixture.given(restocked(10, 10), reserved(ORDER, 3), committed(ORDER, 3))
                .when(new ReturnStock(SKU, ORDER, 3))
                .expectEvents(returned(ORDER, 3));
    }

    @Test
    void makesReturnedUnitsAvailableAgain() {
        fixture.given(restocked(10, 10), reserved(ORDER, 3), committed(ORDER, 3), returned(ORDER, 3))
                .when(new RestockInventory(SKU, 1))
                .expectEvents(restocked(1, 11))
                .expectResultMessagePayload(new StockLevel(SKU, 11, 0));
    }

    @Test
    void returnsOnlyOnce() {
        fixture.given(restocked(10, 10), reserved(ORDER, 3), committed(ORDER, 3), returned(ORDER, 3))
                .when(new ReturnStock(SKU, ORDER, 3))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void returnsNothingForAnOrderWhoseUnitsAreStillHeld() {
        fixture.given(restocked(10, 10), reserved(ORDER, 3))
                .when(new ReturnStock(SKU, ORDER, 3))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }
}
