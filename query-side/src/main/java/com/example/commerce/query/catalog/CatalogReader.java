package com.example.commerce.query.catalog;

import com.example.commerce.query.ReadModelJson;
import com.example.commerce.query.inventory.InventoryProjection;
import com.example.commerce.query.inventory.KnownSkus;
import com.example.commerce.query.paging.Page;
import com.example.commerce.query.projection.Generations;
import com.fasterxml.jackson.core.type.TypeReference;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads the active generation of the catalog view; {@code available} comes from the active
 * generation of the inventory view ({@code onHand - reserved}, 0 for a SKU never stocked).
 */
@Component
public class CatalogReader implements KnownSkus {

    private static final TypeReference<Map<String, String>> ATTRIBUTES = new TypeReference<>() {
    };
    private static final String PRODUCT_COLUMNS =
            "p.product_id, p.name, p.description, p.category_id, p.base_price";

    private final JdbcTemplate jdbc;
    private final Generations generations;

    public CatalogReader(JdbcTemplate jdbc, Generations generations) {
        this.jdbc = jdbc;
        this.generations = generations;
    }

    public List<CategoryView> categories() {
        return jdbc.query("SELECT category_id, name, parent_id FROM catalog_view_category WHERE generation = ?"
                        + " ORDER BY list_position, category_id",
                (rs, row) -> new CategoryView(rs.getString("category_id"), rs.getString("name"),
                        rs.getString("parent_id")),
                generations.active(CatalogProjection.NAME));
    }

    public Page<ProductView> search(ProductSearch search) {
        int generation = generations.active(CatalogProjection.NAME);
        StringBuilder where = new StringBuilder(" FROM catalog_view_product p WHERE p.generation = ? AND p.status = ?");
        List<Object> arguments = new ArrayList<>(List.of(generation, CatalogProjection.ACTIVE));
        if (search.q() != null) {
            where.append(" AND p.name_lower LIKE ? ESCAPE '!'");
            arguments.add("%" + escapeLike(CatalogProjection.lower(search.q())) + "%");
        }
        if (search.categoryId() != null) {
            where.append(" AND p.category_id = ?");
            arguments.add(search.categoryId());
        }
        Long total = jdbc.queryForObject("SELECT COUNT(*)" + where, Long.class, arguments.toArray());
        List<Object> pageArguments = new ArrayList<>(arguments);
        pageArguments.add(search.page().size());
        pageArguments.add(search.page().offset());
        List<ProductRow> rows = jdbc.query("SELECT " + PRODUCT_COLUMNS + where + " ORDER BY " + search.sort().orderBy()
                + " LIMIT ? OFFSET ?", (rs, row) -> new ProductRow(rs.getString("product_id"), rs.getString("name"),
                rs.getString("description"), rs.getString("category_id"), rs.getLong("base_price")),
                pageArguments.toArray());
        return Page.of(withVariants(generation, rows), search.page(), total == null ? 0 : total);
    }

    /** The product if it is active. */
    public Optional<ProductView> activeProduct(String productId) {
        int generation = generations.active(CatalogProjection.NAME);
        List<ProductRow> rows = jdbc.query("SELECT " + PRODUCT_COLUMNS + " FROM catalog_view_product p"
                        + " WHERE p.generation = ? AND p.product_id = ? AND p.status = ?",
                (rs, row) -> new ProductRow(rs.getString("product_id"), rs.getString("name"),
                        rs.getString("description"), rs.getString("category_id"), rs.getLong("base_price")),
                generation, productId, CatalogProjection.ACTIVE);
        return withVariants(generation, rows).stream().findFirst();
    }

    /** Whether any product, in any status, has this SKU. */
    @Override
    public boolean knowsSku(String sku) {
        Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM catalog_view_variant WHERE generation = ? AND sku = ?",
                Integer.class, generations.active(CatalogProjection.NAME), sku);
        return count != null && count > 0;
    }

    private List<ProductView> withVariants(int generation, List<ProductRow> products) {
        if (products.isEmpty()) {
            return List.of();
        }
        String placeholders = products.stream().map(p -> "?").collect(Collectors.joining(", "));
        List<Object> arguments = new ArrayList<>();
        arguments.add(generations.active(InventoryProjection.NAME));
        arguments.add(generation);
        products.forEach(p -> arguments.add(p.productId()));
        Map<String, List<VariantView>> variants = new LinkedHashMap<>();
        jdbc.query("SELECT v.product_id, v.variant_id, v.sku, v.name, v.attributes, v.price,"
                        + " COALESCE(s.on_hand - s.reserved, 0) AS available"
                        + " FROM catalog_view_variant v LEFT JOIN inventory_view_stock s"
                        + " ON s.generation = ? AND s.sku = v.sku"
                        + " WHERE v.generation = ? AND v.product_id IN (" + placeholders + ")"
                        + " ORDER BY v.list_position, v.variant_index, v.sku",
                rs -> {
                    variants.computeIfAbsent(rs.getString("product_id"), id -> new ArrayList<>())
                            .add(new VariantView(rs.getString("variant_id"), rs.getString("sku"), rs.getString("name"),
                                    ReadModelJson.read(rs.getString("attributes"), ATTRIBUTES), rs.getLong("price"),
                                    Math.max(0, rs.getLong("available"))));
                },
                arguments.toArray());
        return products.stream().map(p -> new ProductView(p.productId(), p.name(), p.description(), p.categoryId(),
                p.basePrice(), Collections.unmodifiableList(variants.getOrDefault(p.productId(), List.of())))).toList();
    }

    static String escapeLike(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    private record ProductRow(String productId, String name, String description, String categoryId, long basePrice) {
    }
}
