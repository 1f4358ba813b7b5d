package com.example.commerce.query.orderview;

/**
 * An order's detail with its version in the order view: a subscriber drops an update whose version
 * is not above the last one it saw (the initial answer and the first updates may overlap).
 */
public record OrderDetailView(long version, OrderDetail detail) {
}
