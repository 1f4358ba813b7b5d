package com.example.commerce.command.order;

import com.example.commerce.api.common.Address;
import com.example.commerce.api.common.CustomerId;
import com.example.commerce.api.common.OrderId;
import com.example.commerce.api.common.Sku;
import com.example.commerce.api.error.InvalidInput;
import com.example.commerce.api.order.OrderAmounts;
import com.example.commerce.api.order.OrderLine;
import com.example.commerce.api.order.PlaceOrder;
import com.example.commerce.api.order.Shortfall;
import com.example.commerce.command.catalog.SellableSkus;
import com.example.commerce.command.catalog.SellableSkus.SellableSku;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * Places an order: the order as it now stands, pending payment, or the lines that could not be
 * reserved (then nothing stays held). The verdict is taken in the placing transaction
 * ({@link OrderCommandHandler}).
 */
@Service
public class OrderPlacement {

    private final PlacementQueue queue;
    private final SellableSkus sellable;
    private final OrderNumbers orderNumbers;
    private final OrderProperties properties;
    private final Clock clock;

    public OrderPlacement(PlacementQueue queue, SellableSkus sellable, OrderNumbers orderNumbers,
                          OrderProperties properties, Clock clock) {
        this.queue = queue;
        this.sellable = sellable;
        this.orderNumbers = orderNumbers;
        this.properties = properties;
        this.clock = clock;
    }

    public Placement place(CustomerId customerId, List<RequestedLine> requested, Address shippingAddress,
                           String couponCode) {
        List<OrderLine> lines = snapshot(requested);
        Instant paymentDueAt = clock.instant().plus(properties.paymentTimeout());
        return queue.place(new PlaceOrder(OrderId.of(UUID.randomUUID()), orderNumbers.next(), customerId,
                lines, shippingAddress, couponCode, paymentDueAt));
    }

    /** Each line with the product's and variant's names and price as they are right now. */
    private List<OrderLine> snapshot(List<RequestedLine> requested) {
        Map<Sku, SellableSku> found = sellable.findActive(requested.stream().map(RequestedLine::sku).toList());
        List<OrderLine> lines = new ArrayList<>();
        for (int i = 0; i < requested.size(); i++) {
            RequestedLine line = requested.get(i);
            SellableSku sku = found.get(line.sku());
            if (sku == null) {
                throw new InvalidInput("items[" + i + "].sku", "SKU " + line.sku() + " is unknown or not on sale");
            }
            lines.add(new OrderLine(sku.sku(), sku.productId(), sku.productName(), sku.variantName(), sku.price(),
                    line.quantity()));
        }
        return lines;
    }

    /** What the customer asked for: a SKU and how many. */
    public record RequestedLine(Sku sku, int quantity) {
    }

    /** The verdict on a placement. */
    public sealed interface Placement {

        record Placed(OrderId orderId, String orderNumber, List<OrderLine> lines, OrderAmounts amounts,
                      Instant paymentDueAt) implements Placement {
        }

        record OutOfStock(List<Shortfall> unavailable) implements Placement {
        }
    }
}
