package com.example.commerce.api.order;

import com.example.commerce.api.common.Sku;
import java.util.List;

/** How many units of one SKU an order takes: what its stock steps need of its lines. */
public record OrderedUnits(Sku sku, int quantity) {

    /** Units per SKU, in the lines' order (an order names each SKU on one line only). */
    public static List<OrderedUnits> of(List<OrderLine> lines) {
        return lines.stream().map(line -> new OrderedUnits(line.sku(), line.quantity())).toList();
    }
}
