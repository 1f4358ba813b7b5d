package com.example.commerce.command.order;

import com.example.commerce.api.common.Address;
import com.example.commerce.api.common.CustomerId;
import com.example.commerce.api.common.Money;
import com.example.commerce.api.common.OrderId;
import com.example.commerce.api.common.OrderStatus;
import com.example.commerce.api.common.PaymentId;
import com.example.commerce.api.common.ProductId;
import com.example.commerce.api.common.ShipmentId;
import com.example.commerce.api.common.Sku;
import com.example.commerce.api.order.OrderAccepted;
import com.example.commerce.api.order.OrderAmounts;
import com.example.commerce.api.order.OrderCancelled;
import com.example.commerce.api.order.OrderCompleted;
import com.example.commerce.api.order.OrderDelivered;
import com.example.commerce.api.order.OrderLine;
import com.example.commerce.api.order.OrderPaid;
import com.example.commerce.api.order.OrderPlaced;
import com.example.commerce.api.order.OrderShipped;
import com.example.commerce.api.order.OrderedUnits;
import com.example.commerce.api.order.PlaceOrder;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The object mother of orders: one order, its commands and its history at each stage of its life.
 * The defaults are a customer's two-line order (two tees and a mug, 39,000 won, below the free
 * shipping threshold) without a coupon.
 */
public final class Orders {

    public static final OrderId ORDER_ID = OrderId.of("8f9a3c52-0c1e-4d7b-9a55-1f2e3d4c5b6a");
    public static final String ORDER_NUMBER = "ORD-20261124-000042";
    public static final CustomerId CUSTOMER = CustomerId.of("customer-ada");
    public static final CustomerId OTHER_CUSTOMER = CustomerId.of("customer-bob");
    public static final PaymentId PAYMENT = PaymentId.of("payment-1");
    public static final PaymentId OTHER_PAYMENT = PaymentId.of("payment-2");
    public static final ShipmentId SHIPMENT = ShipmentId.of("shipment-1");
    public static final String CARRIER = "cj";
    public static final String TRACKING_NUMBER = "CJ-1000-2000";
    public static final String COUPON = "WELCOME10";
    /** The id of the order's own payment deadline, as its acceptance recorded it. */
    public static final String PAYMENT_DEADLINE_ID = "payment-deadline-1";

    /** Shop defaults: {@code commerce.pricing.*} and {@code commerce.order.*}. */
    public static final Money SHIPPING_FEE = Money.won(3000);
    public static final Money FREE_SHIPPING_THRESHOLD = Money.won(50000);
    public static final Duration PAYMENT_TIMEOUT = Duration.ofMinutes(30);
    public static final Duration AUTO_CONFIRM_AFTER = Duration.ofDays(7);

    public static final Instant PLACED_AT = Instant.parse("2026-11-24T01:00:00Z");
    public static final Instant PAYMENT_DUE_AT = PLACED_AT.plus(PAYMENT_TIMEOUT);
    public static final Instant DELIVERED_AT = Instant.parse("2026-11-26T09:30:00Z");
    public static final Instant AUTO_CONFIRM_AT = DELIVERED_AT.plus(AUTO_CONFIRM_AFTER);

    public static final Sku TEE = Sku.of("TEE-RED-L");
    public static final Sku MUG = Sku.of("MUG-WHITE");
    public static final ProductId TEE_PRODUCT = ProductId.of("product-tee");
    public static final ProductId MUG_PRODUCT = ProductId.of("product-mug");

    private final OrderId orderId = ORDER_ID;
    private final CustomerId customer = CUSTOMER;
    private final List<OrderLine> lines = List.of(tees(2), mugs(1));
    private String couponCode;
    private Money discount = Money.ZERO;
    private PaymentId paidWith = PAYMENT;

    private Orders() {
    }

    public static Orders anOrder() {
        return new Orders();
    }

    public static OrderLine tees(int quantity) {
        return new OrderLine(TEE, TEE_PRODUCT, "Basic tee", "Red / L", Money.won(15000), quantity);
    }

    public static OrderLine mugs(int quantity) {
        return new OrderLine(MUG, MUG_PRODUCT, "Mug", "White", Money.won(9000), quantity);
    }

    public static Address address() {
        return new Address("Ada Lovelace", "010-1234-5678", "1 Sejong-daero", null, "Seoul", "04524", "KR");
    }

    public static PricingProperties pricing() {
        return new PricingProperties(SHIPPING_FEE.won(), FREE_SHIPPING_THRESHOLD.won());
    }

    public static OrderProperties orderProperties() {
        return new OrderProperties(PAYMENT_TIMEOUT, AUTO_CONFIRM_AFTER);
    }

    /** The order used a coupon worth this discount. */
    public Orders withCoupon(String couponCode, Money discount) {
        this.couponCode = couponCode;
        this.discount = discount;
        return this;
    }

    public Orders paidWith(PaymentId paymentId) {
        this.paidWith = paymentId;
        return this;
    }

    public OrderAmounts amounts() {
        return OrderAmounts.of(lines, discount, SHIPPING_FEE, FREE_SHIPPING_THRESHOLD);
    }

    public Money total() {
        return amounts().total();
    }

    // commands

    public PlaceOrder placeOrder() {
        return new PlaceOrder(orderId, ORDER_NUMBER, customer, lines, address(), couponCode, PAYMENT_DUE_AT);
    }

    // single events

    public OrderPlaced orderPlaced() {
        return new OrderPlaced(orderId, ORDER_NUMBER, customer, lines, address(), couponCode, amounts(),
                PAYMENT_DUE_AT);
    }

    public OrderAccepted orderAccepted() {
        return new OrderAccepted(orderId, PAYMENT_DUE_AT, PAYMENT_DEADLINE_ID);
    }

    public OrderPaid orderPaid() {
        return new OrderPaid(orderId, paidWith, total(), units());
    }

    public OrderShipped orderShipped() {
        return new OrderShipped(orderId, SHIPMENT, CARRIER, TRACKING_NUMBER);
    }

    public OrderDelivered orderDelivered() {
        return new OrderDelivered(orderId, DELIVERED_AT, AUTO_CONFIRM_AT);
    }

    public OrderCompleted orderCompleted(boolean automatic) {
        return new OrderCompleted(orderId, automatic);
    }

    public OrderCancelled cancelledWhilePending(String reason) {
        return new OrderCancelled(orderId, reason, OrderStatus.PENDING, null, couponCode, units());
    }

    public OrderCancelled cancelledAfterPayment(String reason) {
        return new OrderCancelled(orderId, reason, OrderStatus.PAID, paidWith, couponCode, units());
    }

    // histories: every event up to and including the stage named

    /** Placed with its stock held: pending payment. */
    public List<Object> accepted() {
        return List.of(orderPlaced(), orderAccepted());
    }

    /** The placement's result, as the customer is told it. */
    public OrderPlacement.Placement.Placed placement() {
        return new OrderPlacement.Placement.Placed(orderId, ORDER_NUMBER, lines, amounts(), PAYMENT_DUE_AT);
    }

    public List<OrderLine> lines() {
        return lines;
    }

    /** The units of each SKU the order takes: two tees and a mug. */
    public List<OrderedUnits> units() {
        return List.of(new OrderedUnits(TEE, 2), new OrderedUnits(MUG, 1));
    }

    public List<Object> paid() {
        return append(accepted(), orderPaid());
    }

    public List<Object> shipped() {
        return append(paid(), orderShipped());
    }

    public List<Object> delivered() {
        return append(shipped(), orderDelivered());
    }

    public List<Object> completed() {
        return append(delivered(), orderCompleted(false));
    }

    public List<Object> cancelledWhilePending() {
        return append(accepted(), cancelledWhilePending("changed my mind"));
    }

    public List<Object> cancelledAfterPayment() {
        return append(paid(), cancelledAfterPayment("changed my mind"));
    }

    private static List<Object> append(List<Object> history, Object event) {
        List<Object> events = new ArrayList<>(history);
        events.add(event);
        return List.copyOf(events);
    }
}
