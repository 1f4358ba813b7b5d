package com.example.commerce.bench.loadgen;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The catalog both systems get and the orders placed against it. {@code hot}: one SKU every order
 * wants (a flash sale) with stock for every order; {@code spread}: orders spread uniformly over
 * {@value #SPREAD_SKUS} SKUs. Every order is one line of one unit at 12,000 won: subtotal 12,000,
 * shipping 3,000, total 15,000 (tax 1,363), the same pricing on both sides.
 */
final class Workload {

    static final int SPREAD_SKUS = 300;
    static final int SPREAD_PER_PRODUCT = 10;
    static final String HOT_SKU = "HOT-0001";
    /** The product's restock takes at most 1,000,000 units at a time; more than any run orders. */
    static final int HOT_STOCK = 1_000_000;
    static final int SPREAD_STOCK = 200_000;
    static final long PRICE = 12_000;

    private static final String ADDRESS = "\"shippingAddress\":{\"recipient\":\"Kim Bench\",\"phone\":\"010-1234-5678\","
            + "\"line1\":\"1 Teheran-ro\",\"line2\":\"Suite 100\",\"city\":\"Seoul\",\"postalCode\":\"06236\",\"country\":\"KR\"}";
    static final byte[] PAY = "{\"provider\":\"sandbox\",\"paymentToken\":\"tok_ok\"}".getBytes(StandardCharsets.UTF_8);

    private final List<byte[]> bodies = new ArrayList<>();

    Workload(String name) {
        for (String sku : skus(name)) {
            bodies.add(("{\"items\":[{\"sku\":\"" + sku + "\",\"quantity\":1}]," + ADDRESS + "}")
                    .getBytes(StandardCharsets.UTF_8));
        }
    }

    static List<String> skus(String workload) {
        if (workload.equals("hot")) {
            return List.of(HOT_SKU);
        }
        if (!workload.equals("spread")) {
            throw new IllegalArgumentException("workload is hot or spread, not " + workload);
        }
        List<String> skus = new ArrayList<>();
        for (int i = 1; i <= SPREAD_SKUS; i++) {
            skus.add(spreadSku(i));
        }
        return skus;
    }

    static String spreadSku(int i) {
        return String.format("SPR-%04d", i);
    }

    byte[] nextOrder() {
        return bodies.size() == 1 ? bodies.get(0) : bodies.get(ThreadLocalRandom.current().nextInt(bodies.size()));
    }
}
