package com.example.commerce.command.inventory;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.example.commerce.api.common.OrderId;
import com.example.commerce.api.common.Sku;
import com.example.commerce.api.error.InvalidInput;
import com.example.commerce.api.error.RuleViolation;
import com.example.commerce.api.inventory.AdjustStock;
import com.example.commerce.api.inventory.CommitStock;
import com.example.commerce.api.inventory.ReleaseStock;
import com.example.commerce.api.inventory.ReservationRefused;
import com.example.commerce.api.inventory.RestockInventory;
import com.example.commerce.api.inventory.ReturnStock;
import com.example.commerce.api.inventory.StockAdjusted;
import com.example.commerce.api.inventory.StockCommitted;
import com.example.commerce.api.inventory.StockReleased;
import com.example.commerce.api.inventory.StockReserved;
import com.example.commerce.api.inventory.StockRestocked;
import com.example.commerce.api.inventory.StockReturned;
import java.util.HashSet;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * The stock of one SKU: {@code available = onHand - reserved}, never negative. Units are held per
 * order until the order is paid (committed) or given up (released), so that reserving, releasing
 * and committing are each idempotent per order. Returns are remembered per order for the same
 * reason. Everything else an order ever did here lives in the events only: the state stays as
 * small as the number of orders waiting for payment, however many orders a hot SKU has sold.
 *
 * <p>An Inventory comes into being with its SKU's first restock or reservation attempt; a SKU
 * never restocked simply has nothing available. Reservations are made by order placement, which
 * reserves every line of an order in one transaction ({@code OrderCommandHandler}).
 */
@Aggregate(repository = InventoryRepositoryConfiguration.BEAN)
public class Inventory {

    @AggregateIdentifier
    private Sku sku;
    private int onHand;
    private int reserved;
    private HeldUnits held = new HeldUnits();
    /** Orders (by id) whose sold units came back: a return is counted once. */
    private Set<String> returned = new HashSet<>();

    protected Inventory() {
        // for Axon
    }

    /** A SKU never restocked, before its first event: nothing on hand, nothing available. */
    public static Inventory unstocked() {
        return new Inventory();
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public StockLevel handle(RestockInventory command) {
        requirePositive(command.quantity(), "restock quantity");
        apply(new StockRestocked(command.sku(), command.quantity(), onHand + command.quantity()));
        return new StockLevel(sku, onHand, reserved);
    }

    @CommandHandler
    public void handle(AdjustStock command) {
        int adjusted = onHand + command.delta();
        if (adjusted < reserved) {
            throw new RuleViolation("illegal-stock-adjustment", "SKU " + sku + " has " + onHand + " on hand and "
                    + reserved + " reserved, cannot adjust by " + command.delta());
        }
        if (command.delta() != 0) {
            apply(new StockAdjusted(sku, command.delta(), command.reason(), adjusted));
        }
    }

    /** How many orders hold units here, awaiting payment: what a snapshot's size grows with. */
    int ordersHoldingUnits() {
        return held.orders();
    }

    /** Units free to reserve now. */
    public int available() {
        return onHand - reserved;
    }

    /** Holds the units for the order; holding for the same order again changes nothing. */
    public void reserve(OrderId orderId, int quantity) {
        requirePositive(quantity, "reservation quantity");
        if (held.holdsFor(orderId.value())) {
            return;
        }
        if (quantity > available()) {
            throw new IllegalStateException("SKU " + sku + " has " + available() + " available, cannot hold " + quantity);
        }
        apply(new StockReserved(sku, orderId, quantity));
    }

    /**
     * Records that the order asked for more than was available. The refusal is an event, not just an
     * answer: demand that went unmet is worth knowing, and a decision taken on a stale copy of this
     * aggregate must collide with the events it missed (see {@link InventoryRepositoryConfiguration}).
     */
    public void refuse(Sku sku, OrderId orderId, int requested) {
        apply(new ReservationRefused(sku, orderId, requested, available()));
    }

    @CommandHandler
    public void handle(ReleaseStock command) {
        Integer quantity = held.of(command.orderId().value());
        if (quantity != null) {
            apply(new StockReleased(sku, command.orderId(), quantity));
        }
    }

    /** Sent by earlier versions' order processes (nodes not yet upgraded); orders now take their units when paid. */
    @CommandHandler
    public void handle(CommitStock command) {
        commit(command.orderId());
    }

    /** The units held for the order leave the stock: it is paid. Committing again changes nothing. */
    public void commit(OrderId orderId) {
        Integer quantity = held.of(orderId.value());
        if (quantity != null) {
            apply(new StockCommitted(sku, orderId, quantity));
        }
    }

    @CommandHandler
    public void handle(ReturnStock command) {
        requirePositive(command.quantity(), "return quantity");
        String order = command.orderId().value();
        // Units still held were never sold: the order process releases those instead.
        if (!returned.contains(order) && !held.holdsFor(order)) {
            apply(new StockReturned(sku, command.orderId(), command.quantity()));
        }
    }

    @EventSourcingHandler
    void on(StockRestocked event) {
        sku = event.sku();
        onHand = event.onHand();
    }

    @EventSourcingHandler
    void on(StockAdjusted event) {
        onHand = event.onHand();
    }

    @EventSourcingHandler
    void on(StockReserved event) {
        sku = event.sku();
        reserved += event.quantity();
        held.hold(event.orderId().value(), event.quantity());
    }

    @EventSourcingHandler
    void on(ReservationRefused event) {
        sku = event.sku();
    }

    @EventSourcingHandler
    void on(StockReleased event) {
        reserved -= event.quantity();
        held.release(event.orderId().value());
    }

    @EventSourcingHandler
    void on(StockCommitted event) {
        reserved -= event.quantity();
        onHand -= event.quantity();
        held.release(event.orderId().value());
    }

    @EventSourcingHandler
    void on(StockReturned event) {
        onHand += event.quantity();
        returned.add(event.orderId().value());
    }

    private static void requirePositive(int quantity, String what) {
        if (quantity <= 0) {
            throw new InvalidInput("quantity", what + " must be positive, was " + quantity);
        }
    }
}
