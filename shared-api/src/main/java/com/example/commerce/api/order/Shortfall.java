package com.example.commerce.api.order;

import com.example.commerce.api.common.Sku;

/** A line that could not be reserved: how many units were asked for and how many were available. */
public record Shortfall(Sku sku, int requested, int available) {
}
