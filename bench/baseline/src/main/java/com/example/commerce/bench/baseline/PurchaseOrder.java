package com.example.commerce.bench.baseline;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** An order as a row plus its item rows. */
@Entity
@Table(name = "orders")
public class PurchaseOrder {

    @Id
    private UUID id;
    @Column(name = "order_number", nullable = false, unique = true)
    private String orderNumber;
    @Column(name = "customer_id", nullable = false)
    private UUID customerId;
    @Column(nullable = false)
    private String status;
    @ElementCollection
    @CollectionTable(name = "order_item", joinColumns = @JoinColumn(name = "order_id"))
    @OrderColumn(name = "line_no")
    private List<OrderItem> items = new ArrayList<>();
    private long subtotal;
    @Column(name = "shipping_fee")
    private long shippingFee;
    private long discount;
    private long tax;
    private long total;
    private String recipient;
    private String phone;
    private String line1;
    private String line2;
    private String city;
    @Column(name = "postal_code")
    private String postalCode;
    private String country;
    @Column(name = "placed_at", nullable = false)
    private Instant placedAt;
    @Column(name = "payment_due_at")
    private Instant paymentDueAt;

    protected PurchaseOrder() {
    }

    public PurchaseOrder(UUID id, String orderNumber, UUID customerId, List<OrderItem> items, Amounts amounts,
                         Address address, Instant placedAt, Instant paymentDueAt) {
        this.id = id;
        this.orderNumber = orderNumber;
        this.customerId = customerId;
        this.status = "pending";
        this.items = new ArrayList<>(items);
        this.subtotal = amounts.subtotal();
        this.shippingFee = amounts.shippingFee();
        this.discount = amounts.discount();
        this.tax = amounts.tax();
        this.total = amounts.total();
        this.recipient = address.recipient();
        this.phone = address.phone();
        this.line1 = address.line1();
        this.line2 = address.line2();
        this.city = address.city();
        this.postalCode = address.postalCode();
        this.country = address.country();
        this.placedAt = placedAt;
        this.paymentDueAt = paymentDueAt;
    }

    public UUID getId() {
        return id;
    }

    public String getOrderNumber() {
        return orderNumber;
    }

    public List<OrderItem> getItems() {
        return items;
    }

    public Instant getPaymentDueAt() {
        return paymentDueAt;
    }

    public Amounts amounts() {
        return new Amounts(subtotal, shippingFee, discount, tax, total);
    }

    /** The pricing the product uses: see shared-api's OrderAmounts. */
    public record Amounts(long subtotal, long shippingFee, long discount, long tax, long total) {

        static Amounts of(List<OrderItem> items, long discount, long shippingFee, long freeShippingThreshold) {
            long subtotal = items.stream().mapToLong(OrderItem::subtotal).sum();
            long capped = Math.min(discount, subtotal);
            long discounted = subtotal - capped;
            long fee = discounted >= freeShippingThreshold ? 0 : shippingFee;
            long total = discounted + fee;
            return new Amounts(subtotal, fee, capped, total * 10 / 110, total);
        }
    }

    public record Address(String recipient, String phone, String line1, String line2, String city,
                          String postalCode, String country) {
    }
}
