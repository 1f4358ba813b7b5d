package com.example.commerce.command.order;

import com.example.commerce.api.common.Money;
import com.example.commerce.api.error.InvalidInput;
import com.example.commerce.api.order.OrderAmounts;
import com.example.commerce.api.order.OrderLine;
import com.example.commerce.api.order.PlaceOrder;
import com.example.commerce.command.coupon.Coupon;
import java.time.Clock;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

/**
 * Places an order and counts its coupon use in one transaction: a coupon is never used by an order
 * that was not recorded, nor an order recorded with a discount its coupon refused.
 */
@Component
public class OrderCommandHandler {

    private final Repository<Order> orders;
    private final Repository<Coupon> coupons;
    private final PricingProperties pricing;
    private final Clock clock;

    public OrderCommandHandler(Repository<Order> orders, Repository<Coupon> coupons, PricingProperties pricing,
                               Clock clock) {
        this.orders = orders;
        this.coupons = coupons;
        this.pricing = pricing;
        this.clock = clock;
    }

    @CommandHandler
    public OrderAmounts handle(PlaceOrder command) throws Exception {
        Money subtotal = command.lines().stream().map(OrderLine::subtotal).reduce(Money.ZERO, Money::plus);
        Money discount = command.couponCode() == null ? Money.ZERO : redeem(command, subtotal);
        OrderAmounts amounts = OrderAmounts.of(command.lines(), discount, pricing.fee(), pricing.threshold());
        orders.newInstance(() -> new Order(command, amounts));
        return amounts;
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
