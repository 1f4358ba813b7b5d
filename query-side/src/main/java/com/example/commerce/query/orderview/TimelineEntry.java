package com.example.commerce.query.orderview;

import java.time.Instant;

/** A status the order entered, and when. */
public record TimelineEntry(String status, Instant at) {
}
