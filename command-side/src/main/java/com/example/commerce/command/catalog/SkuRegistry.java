package com.example.commerce.command.catalog;

import com.example.commerce.api.common.ProductId;
import com.example.commerce.api.common.Sku;
import com.example.commerce.api.error.DuplicateSku;
import java.util.Collection;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The set of SKUs in use, claimed in the same transaction as the event that introduces them. The
 * primary key decides races: of two products claiming one SKU at once, the second insert waits for
 * the first transaction and then finds the row taken.
 */
@Component
public class SkuRegistry {

    private final JdbcTemplate jdbc;

    public SkuRegistry(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void claim(ProductId productId, Collection<Sku> skus) {
        for (Sku sku : skus) {
            int inserted = jdbc.update(
                    "INSERT INTO sku_registry (sku, product_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
                    sku.value(), productId.value());
            if (inserted == 0) {
                throw new DuplicateSku(sku);
            }
        }
    }

    public boolean exists(Sku sku) {
        Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM sku_registry WHERE sku = ?", Integer.class, sku.value());
        return count != null && count > 0;
    }
}
