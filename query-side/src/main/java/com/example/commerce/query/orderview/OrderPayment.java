package com.example.commerce.query.orderview;

/**
 * The order's latest payment; {@code status} is {@code processing}, {@code completed}, {@code failed}
 * or {@code refunded}, and {@code failureReason} is there only for a failed one.
 */
public record OrderPayment(String paymentId, String provider, String status, long amount, String failureReason) {

    public static final String PROCESSING = "processing";
    public static final String COMPLETED = "completed";
    public static final String FAILED = "failed";
    public static final String REFUNDED = "refunded";

    OrderPayment withStatus(String newStatus, String reason) {
        return new OrderPayment(paymentId, provider, newStatus, amount, reason);
    }
}
