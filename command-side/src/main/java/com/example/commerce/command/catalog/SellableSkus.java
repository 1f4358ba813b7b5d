package com.example.commerce.command.catalog;

import com.example.commerce.api.catalog.ProductActivated;
import com.example.commerce.api.catalog.ProductArchived;
import com.example.commerce.api.catalog.ProductCreated;
import com.example.commerce.api.catalog.VariantAdded;
import com.example.commerce.api.catalog.VariantPriceChanged;
import com.example.commerce.api.catalog.VariantSpec;
import com.example.commerce.api.common.Money;
import com.example.commerce.api.common.ProductId;
import com.example.commerce.api.common.Sku;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What an order may sell and at what price, kept by a subscribing processor in the same transaction
 * as the product command: a new or repriced variant is orderable at once, on every node. This is the
 * command side's own lookup, not a screen; screens read the query side's catalog view.
 */
@Component
@ProcessingGroup(SellableSkus.PROCESSING_GROUP)
public class SellableSkus {

    public static final String PROCESSING_GROUP = "sellable-skus";

    private final JdbcTemplate jdbc;

    public SellableSkus(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The sellable SKUs among those asked for, by SKU; unknown or inactive ones are missing from the map. */
    public Map<Sku, SellableSku> findActive(Collection<Sku> skus) {
        if (skus.isEmpty()) {
            return Map.of();
        }
        String placeholders = skus.stream().map(s -> "?").collect(Collectors.joining(","));
        List<SellableSku> found = jdbc.query(
                "SELECT sku, product_id, product_name, variant_name, price FROM sellable_sku"
                        + " WHERE active = TRUE AND sku IN (" + placeholders + ")",
                (rs, row) -> new SellableSku(Sku.of(rs.getString("sku")), ProductId.of(rs.getString("product_id")),
                        rs.getString("product_name"), rs.getString("variant_name"), Money.won(rs.getLong("price"))),
                skus.stream().map(Sku::value).toArray());
        return found.stream().collect(Collectors.toMap(SellableSku::sku, Function.identity()));
    }

    @EventHandler
    void on(ProductCreated event) {
        event.variants().forEach(variant -> insert(event.productId(), event.name(), variant, false));
    }

    @EventHandler
    void on(VariantAdded event) {
        Map<String, Object> product = jdbc.queryForMap(
                "SELECT product_name, active FROM sellable_sku WHERE product_id = ? FETCH FIRST 1 ROWS ONLY",
                event.productId().value());
        insert(event.productId(), (String) product.get("product_name"), event.variant(),
                Boolean.TRUE.equals(product.get("active")));
    }

    @EventHandler
    void on(ProductActivated event) {
        jdbc.update("UPDATE sellable_sku SET active = TRUE WHERE product_id = ?", event.productId().value());
    }

    @EventHandler
    void on(ProductArchived event) {
        jdbc.update("UPDATE sellable_sku SET active = FALSE WHERE product_id = ?", event.productId().value());
    }

    @EventHandler
    void on(VariantPriceChanged event) {
        jdbc.update("UPDATE sellable_sku SET price = ? WHERE sku = ?", event.newPrice().won(), event.sku().value());
    }

    private void insert(ProductId productId, String productName, VariantSpec variant, boolean active) {
        jdbc.update("INSERT INTO sellable_sku (sku, product_id, product_name, variant_name, price, active)"
                        + " VALUES (?, ?, ?, ?, ?, ?)",
                variant.sku().value(), productId.value(), productName, variant.name(), variant.price().won(), active);
    }

    /** One orderable variant with the names and price an order line snapshots. */
    public record SellableSku(Sku sku, ProductId productId, String productName, String variantName, Money price) {
    }
}
