package com.example.commerce.bench.loadgen;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The same catalog and stock for both systems. The product gets it through its public admin API
 * (products, variants, activation, restock) and customers that sign up and log in; the baseline
 * through its one setup endpoint.
 */
final class Setup {

    private Setup() {
    }

    static void product(Args args) throws Exception {
        String base = args.get("base");
        int customers = args.integer("customers", 32);
        Http http = new Http(2);
        long started = System.nanoTime();
        String admin = http.call("POST", base + "/api/auth/token",
                Map.of("username", args.get("admin-user"), "password", args.get("admin-password")), null, 200)
                .get("accessToken").asText();

        createProduct(http, base, admin, "Flash sale tee", List.of(Workload.HOT_SKU), Workload.HOT_STOCK);
        List<String> spread = Workload.skus("spread");
        for (int p = 0; p < spread.size(); p += Workload.SPREAD_PER_PRODUCT) {
            createProduct(http, base, admin, "Everyday item " + (p / Workload.SPREAD_PER_PRODUCT + 1),
                    spread.subList(p, Math.min(spread.size(), p + Workload.SPREAD_PER_PRODUCT)), Workload.SPREAD_STOCK);
        }

        List<String> tokens = new ArrayList<>();
        String run = Long.toString(System.currentTimeMillis(), 36);
        for (int i = 0; i < customers; i++) {
            String email = "bench-" + run + "-" + i + "@example.com";
            String password = "bench-password-" + i;
            http.call("POST", base + "/api/customers", Map.of("email", email, "password", password,
                    "name", "Bench Customer " + i), null, 201);
            tokens.add(http.call("POST", base + "/api/auth/token", Map.of("username", email, "password", password),
                    null, 200).get("accessToken").asText());
        }
        Files.write(Path.of(args.get("tokens")), tokens, StandardCharsets.UTF_8);
        System.out.printf("product set up: 1 hot SKU (%d units), %d spread SKUs (%d units each), %d customers in %.1f s%n",
                Workload.HOT_STOCK, spread.size(), Workload.SPREAD_STOCK, customers,
                (System.nanoTime() - started) / 1e9);
        http.close();
    }

    private static void createProduct(Http http, String base, String admin, String name, List<String> skus, int stock) {
        List<Map<String, Object>> variants = new ArrayList<>();
        for (String sku : skus) {
            Map<String, Object> variant = new LinkedHashMap<>();
            variant.put("sku", sku);
            variant.put("name", "Variant " + sku);
            variant.put("attributes", Map.of("size", "M"));
            variant.put("price", Workload.PRICE);
            variants.add(variant);
        }
        Map<String, Object> product = new LinkedHashMap<>();
        product.put("name", name);
        product.put("basePrice", Workload.PRICE);
        product.put("variants", variants);
        JsonNode created = http.call("POST", base + "/api/admin/products", product, admin, 201);
        String productId = created.get("productId").asText();
        http.call("POST", base + "/api/admin/products/" + productId + "/activate", null, admin, 200);
        for (String sku : skus) {
            http.call("POST", base + "/api/admin/inventory/" + sku + "/restock", Map.of("quantity", stock), admin, 200);
        }
    }

    static void baseline(Args args) {
        Http http = new Http(2);
        List<Map<String, Object>> specs = new ArrayList<>();
        specs.add(spec(Workload.HOT_SKU, "Flash sale tee", Workload.HOT_STOCK));
        List<String> spread = Workload.skus("spread");
        for (int i = 0; i < spread.size(); i++) {
            specs.add(spec(spread.get(i), "Everyday item " + (i / Workload.SPREAD_PER_PRODUCT + 1), Workload.SPREAD_STOCK));
        }
        JsonNode answer = http.call("POST", args.get("base") + "/bench/skus", specs, null, 200);
        System.out.println("baseline set up: " + answer);
        http.close();
    }

    private static Map<String, Object> spec(String sku, String productName, int stock) {
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("sku", sku);
        spec.put("productName", productName);
        spec.put("variantName", "Variant " + sku);
        spec.put("price", Workload.PRICE);
        spec.put("stock", stock);
        return spec;
    }
}
