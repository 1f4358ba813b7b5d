package com.example.commerce.query.catalog;

import com.example.commerce.api.catalog.CategoryCreated;
import com.example.commerce.api.catalog.ProductActivated;
import com.example.commerce.api.catalog.ProductArchived;
import com.example.commerce.api.catalog.ProductCreated;
import com.example.commerce.api.catalog.VariantAdded;
import com.example.commerce.api.catalog.VariantPriceChanged;
import com.example.commerce.api.catalog.VariantSpec;
import com.example.commerce.api.common.ProductId;
import com.example.commerce.query.ReadModelJson;
import com.example.commerce.query.projection.Generations;
import com.example.commerce.query.projection.Projection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.eventhandling.TrackingToken;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps the catalog view: categories, products with their status, variants with their current price.
 * Every write is idempotent (inserts skip rows that exist, updates set values), so replays and
 * redeliveries change nothing; {@code list_position} is the event's global position.
 */
@Component
@ProcessingGroup(CatalogProjection.NAME)
public class CatalogProjection implements Projection {

    public static final String NAME = "catalog-view";
    static final String DRAFT = "draft";
    static final String ACTIVE = "active";
    static final String ARCHIVED = "archived";

    private final JdbcTemplate jdbc;
    private final Generations generations;

    public CatalogProjection(JdbcTemplate jdbc, Generations generations) {
        this.jdbc = jdbc;
        this.generations = generations;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> tables() {
        return List.of("catalog_view_category", "catalog_view_product", "catalog_view_variant");
    }

    @EventHandler
    void on(CategoryCreated event, ReplayStatus replay, TrackingToken token) {
        for (int generation : generations.targets(NAME, replay)) {
            jdbc.update("INSERT INTO catalog_view_category (generation, category_id, name, parent_id, list_position)"
                            + " VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                    generation, event.categoryId().value(), event.name(),
                    event.parentId() == null ? null : event.parentId().value(), position(token));
        }
    }

    @EventHandler
    void on(ProductCreated event, ReplayStatus replay, TrackingToken token) {
        long position = position(token);
        for (int generation : generations.targets(NAME, replay)) {
            jdbc.update("INSERT INTO catalog_view_product (generation, product_id, name, name_lower, description,"
                            + " category_id, base_price, status, list_position) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
                            + " ON CONFLICT DO NOTHING",
                    generation, event.productId().value(), event.name(), lower(event.name()), event.description(),
                    event.categoryId() == null ? null : event.categoryId().value(), event.basePrice().won(), DRAFT,
                    position);
            List<VariantSpec> variants = event.variants();
            for (int i = 0; i < variants.size(); i++) {
                insertVariant(generation, event.productId(), variants.get(i), position, i);
            }
        }
    }

    @EventHandler
    void on(VariantAdded event, ReplayStatus replay, TrackingToken token) {
        for (int generation : generations.targets(NAME, replay)) {
            insertVariant(generation, event.productId(), event.variant(), position(token), 0);
        }
    }

    @EventHandler
    void on(ProductActivated event, ReplayStatus replay) {
        setStatus(event.productId(), ACTIVE, replay);
    }

    @EventHandler
    void on(ProductArchived event, ReplayStatus replay) {
        setStatus(event.productId(), ARCHIVED, replay);
    }

    @EventHandler
    void on(VariantPriceChanged event, ReplayStatus replay) {
        for (int generation : generations.targets(NAME, replay)) {
            jdbc.update("UPDATE catalog_view_variant SET price = ? WHERE generation = ? AND sku = ?",
                    event.newPrice().won(), generation, event.sku().value());
        }
    }

    private void setStatus(ProductId productId, String status, ReplayStatus replay) {
        for (int generation : generations.targets(NAME, replay)) {
            jdbc.update("UPDATE catalog_view_product SET status = ? WHERE generation = ? AND product_id = ?",
                    status, generation, productId.value());
        }
    }

    private void insertVariant(int generation, ProductId productId, VariantSpec variant, long position, int index) {
        Map<String, String> attributes = variant.attributes() == null ? Map.of() : variant.attributes();
        jdbc.update("INSERT INTO catalog_view_variant (generation, sku, product_id, variant_id, name, attributes, price,"
                        + " weight_grams, list_position, variant_index) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                        + " ON CONFLICT DO NOTHING",
                generation, variant.sku().value(), productId.value(), variant.variantId(), variant.name(),
                ReadModelJson.write(attributes), variant.price().won(), variant.weightGrams(), position, index);
    }

    static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    private static long position(TrackingToken token) {
        return token == null ? 0 : token.position().orElse(0);
    }
}
