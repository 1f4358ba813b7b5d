package com.example.commerce.bench.baseline;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A payment of an order; the benchmark's gateway answers at once, like the product's sandbox. */
@Entity
@Table(name = "payment")
public class Payment {

    @Id
    private UUID id;
    @Column(name = "order_id", nullable = false)
    private UUID orderId;
    @Column(nullable = false)
    private String provider;
    @Column(nullable = false)
    private String status;
    private long amount;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Payment() {
    }

    public Payment(UUID id, UUID orderId, String provider, String status, long amount, Instant createdAt) {
        this.id = id;
        this.orderId = orderId;
        this.provider = provider;
        this.status = status;
        this.amount = amount;
        this.createdAt = createdAt;
    }

    public UUID getId() {
        return id;
    }

    public String getStatus() {
        return status;
    }
}
