package com.example.commerce.command.order;

import com.example.commerce.api.common.Money;
import com.example.commerce.api.common.Sku;
import com.example.commerce.api.error.InvalidInput;
import com.example.commerce.api.order.MarkOrderPaid;
import com.example.commerce.api.order.OrderAmounts;
import com.example.commerce.api.order.OrderLine;
import com.example.commerce.api.order.OrderedUnits;
import com.example.commerce.api.order.PlaceOrder;
import com.example.commerce.api.order.Shortfall;
import com.example.commerce.command.AggregateLookup;
import com.example.commerce.command.coupon.Coupon;
import com.example.commerce.command.inventory.Inventory;
import com.example.commerce.command.order.OrderPlacement.Placement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

/**
 * Places an order in one transaction: every line's stock is held, the coupon use counted, the
 * order recorded and its payment deadline scheduled, or, when any line is short, nothing but the
 * refusals. The answer is final when the command returns, so the customer never waits for an
 * asynchronous process to decide, and no order exists whose stock was not held. Paying an order
 * takes its held units out of stock in the same way, in the transaction that records the payment:
 * no paid order's units are still only held.
 */
@Component
public class OrderCommandHandler {

    private final Repository<Order> orders;
    private final Repository<Inventory> inventories;
    private final Repository<Coupon> coupons;
    private final PricingProperties pricing;
    private final Clock clock;

    public OrderCommandHandler(Repository<Order> orders, Repository<Inventory> inventories, Repository<Coupon> coupons,
                               PricingProperties pricing, Clock clock) {
        this.orders = orders;
        this.inventories = inventories;
        this.coupons = coupons;
        this.pricing = pricing;
        this.clock = clock;
    }

    @CommandHandler
    public Placement handle(PlaceOrder command, DeadlineManager deadlines) throws Exception {
        Map<Sku, Aggregate<Inventory>> stock = lockStock(command.lines());
        List<Shortfall> unavailable = new ArrayList<>();
        for (OrderLine line : command.lines()) {
            int available = stock.get(line.sku()).invoke(Inventory::available);
            if (line.quantity() > available) {
                unavailable.add(new Shortfall(line.sku(), line.quantity(), available));
            }
        }
        if (!unavailable.isEmpty()) {
            unavailable.forEach(shortfall -> stock.get(shortfall.sku()).execute(
                    inventory -> inventory.refuse(shortfall.sku(), command.orderId(), shortfall.requested())));
            return new Placement.OutOfStock(unavailable);
        }
        Money subtotal = command.lines().stream().map(OrderLine::subtotal).reduce(Money.ZERO, Money::plus);
        Money discount = command.couponCode() == null ? Money.ZERO : redeem(command, subtotal);
        OrderAmounts amounts = OrderAmounts.of(command.lines(), discount, pricing.fee(), pricing.threshold());
        command.lines().forEach(line -> stock.get(line.sku()).execute(
                inventory -> inventory.reserve(command.orderId(), line.quantity())));
        orders.newInstance(() -> new Order(command, amounts, deadlines));
        return new Placement.Placed(command.orderId(), command.orderNumber(), command.lines(), amounts,
                command.paymentDueAt());
    }

    /**
     * Answers whether the order is paid with this payment (see {@link Order#markPaid}); when it is,
     * the units it holds leave the stock. Taking them again, for a payment settled twice, changes
     * nothing. The order's lock is taken before its Inventories', as nothing locks them the other
     * way round: placement locks Inventories only and creates a new order.
     */
    @CommandHandler
    public boolean handle(MarkOrderPaid command, DeadlineManager deadlines) throws Exception {
        Aggregate<Order> order = AggregateLookup.load(orders, "order", command.orderId());
        if (!order.invoke(o -> o.markPaid(command.paymentId(), deadlines))) {
            return false;
        }
        List<OrderedUnits> units = order.invoke(Order::units);
        Map<Sku, Aggregate<Inventory>> stock = lockInventories(units.stream().map(OrderedUnits::sku).toList());
        stock.values().forEach(inventory -> inventory.execute(i -> i.commit(command.orderId())));
        return true;
    }

    /**
     * Takes, in the current unit of work, every lock these placements will ask for, in the order each
     * placement takes its own: the SKUs' Inventories in SKU order, then the coupons in code order.
     * Placements committed together ({@link PlacementQueue}) hold their locks until their common
     * commit; taken up front in this order, two groups, or a group and any other command, wait for
     * each other instead of deadlocking. An unknown coupon is left for its placement to refuse.
     */
    public void lockFor(List<PlaceOrder> placements) throws Exception {
        lockInventories(placements.stream().flatMap(placement -> placement.lines().stream())
                .map(OrderLine::sku).distinct().toList());
        List<String> codes = placements.stream().map(PlaceOrder::couponCode).filter(Objects::nonNull)
                .distinct().sorted().toList();
        for (String code : codes) {
            try {
                coupons.load(code);
            } catch (AggregateNotFoundException unknown) {
                // its placement answers that the coupon does not exist
            }
        }
    }

    private Map<Sku, Aggregate<Inventory>> lockStock(List<OrderLine> lines) throws Exception {
        List<Sku> skus = lines.stream().map(OrderLine::sku).distinct().toList();
        if (skus.size() != lines.size()) {
            throw new InvalidInput("items", "each SKU may appear on one line only");
        }
        return lockInventories(skus);
    }

    /**
     * Each SKU's Inventory, locked in SKU order: two orders wanting the same SKUs take their locks in
     * the same order, so they wait for each other instead of deadlocking.
     */
    private Map<Sku, Aggregate<Inventory>> lockInventories(Collection<Sku> distinctSkus) throws Exception {
        Map<Sku, Aggregate<Inventory>> stock = new HashMap<>();
        for (Sku sku : distinctSkus.stream().sorted(Comparator.comparing(Sku::value)).toList()) {
            stock.put(sku, inventories.loadOrCreate(sku.value(), Inventory::unstocked));
        }
        return stock;
    }

    private Money redeem(PlaceOrder command, Money subtotal) {
        Aggregate<Coupon> coupon;
        try {
            coupon = coupons.load(command.couponCode());
        } catch (AggregateNotFoundException e) {
            throw new InvalidInput("couponCode", "coupon " + command.couponCode() + " does not exist");
        }
        return coupon.invoke(c -> c.redeem(command.orderId(), subtotal, clock.instant()));
    }
}
