package com.example.commerce.command.inventory;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.example.commerce.api.common.Sku;
import com.example.commerce.api.error.InvalidInput;
import com.example.commerce.api.error.RuleViolation;
import com.example.commerce.api.inventory.AdjustStock;
import com.example.commerce.api.inventory.CommitStock;
import com.example.commerce.api.inventory.ReleaseStock;
import com.example.commerce.api.inventory.ReservationRefused;
import com.example.commerce.api.inventory.ReserveStock;
import com.example.commerce.api.inventory.RestockInventory;
import com.example.commerce.api.inventory.ReturnStock;
import com.example.commerce.api.inventory.StockAdjusted;
import com.example.commerce.api.inventory.StockCommitted;
import com.example.commerce.api.inventory.StockReleased;
import com.example.commerce.api.inventory.StockReserved;
import com.example.commerce.api.inventory.StockRestocked;
import com.example.commerce.api.inventory.StockReturned;
import java.util.HashMap;
import java.util.Map;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * The stock of one SKU: {@code available = onHand - reserved}, never negative. Reservations are
 * kept per order, so that reserving, releasing, committing and returning are each idempotent per
 * order: the same order reserving twice holds its units once.
 *
 * <p>An Inventory comes into being with its SKU's first restock or reservation; a SKU never
 * restocked simply has nothing available.
 */
@Aggregate(snapshotTriggerDefinition = "snapshotTrigger")
public class Inventory {

    @AggregateIdentifier
    private Sku sku;
    private int onHand;
    private int reserved;
    /** Units held per order (by order id) until the order is paid or given up. */
    private Map<String, Integer> held = new HashMap<>();
    /** Units sold per order (by order id), remembered so that a return gives back exactly those. */
    private Map<String, Integer> sold = new HashMap<>();

    protected Inventory() {
        // for Axon
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

    /** Holds the units, or records the refusal; never throws for a shortfall, since the order process asks inside its own transaction. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public ReservationResult handle(ReserveStock command) {
        requirePositive(command.quantity(), "reservation quantity");
        String order = command.orderId().value();
        int available = onHand - reserved;
        if (held.containsKey(order) || sold.containsKey(order)) {
            return new ReservationResult(true, available);
        }
        if (command.quantity() > available) {
            apply(new ReservationRefused(command.sku(), command.orderId(), command.quantity(), available));
            return new ReservationResult(false, available);
        }
        apply(new StockReserved(command.sku(), command.orderId(), command.quantity()));
        return new ReservationResult(true, available);
    }

    @CommandHandler
    public void handle(ReleaseStock command) {
        Integer quantity = held.get(command.orderId().value());
        if (quantity != null) {
            apply(new StockReleased(sku, command.orderId(), quantity));
        }
    }

    @CommandHandler
    public void handle(CommitStock command) {
        Integer quantity = held.get(command.orderId().value());
        if (quantity != null) {
            apply(new StockCommitted(sku, command.orderId(), quantity));
        }
    }

    @CommandHandler
    public void handle(ReturnStock command) {
        Integer quantity = sold.get(command.orderId().value());
        if (quantity != null) {
            apply(new StockReturned(sku, command.orderId(), quantity));
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
        held.put(event.orderId().value(), event.quantity());
    }

    @EventSourcingHandler
    void on(ReservationRefused event) {
        sku = event.sku();
    }

    @EventSourcingHandler
    void on(StockReleased event) {
        reserved -= event.quantity();
        held.remove(event.orderId().value());
    }

    @EventSourcingHandler
    void on(StockCommitted event) {
        reserved -= event.quantity();
        onHand -= event.quantity();
        held.remove(event.orderId().value());
        sold.put(event.orderId().value(), event.quantity());
    }

    @EventSourcingHandler
    void on(StockReturned event) {
        onHand += event.quantity();
        sold.remove(event.orderId().value());
    }

    private static void requirePositive(int quantity, String what) {
        if (quantity <= 0) {
            throw new InvalidInput("quantity", what + " must be positive, was " + quantity);
        }
    }
}
