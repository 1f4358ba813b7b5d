package com.example.commerce.app.startup;

import com.example.commerce.api.catalog.ActivateProduct;
import com.example.commerce.api.catalog.CreateCategory;
import com.example.commerce.api.catalog.CreateProduct;
import com.example.commerce.api.catalog.VariantSpec;
import com.example.commerce.api.common.CategoryId;
import com.example.commerce.api.common.Money;
import com.example.commerce.api.common.ProductId;
import com.example.commerce.api.common.Sku;
import com.example.commerce.api.inventory.RestockInventory;
import com.example.commerce.app.roles.CommandRole;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A small shop for the embedded default, so that a newcomer can browse and order at once. Created
 * on the first start only (an empty catalog), through the same commands an admin would send.
 * Never in the postgres profile: only application-default.yml turns it on.
 */
@Component
@ConditionalOnProperty(name = "commerce.demo-catalog", havingValue = "true")
@Conditional(CommandRole.Enabled.class)
public class DemoCatalog {

    private static final Logger log = LoggerFactory.getLogger(DemoCatalog.class);

    private final CommandGateway commands;
    private final JdbcTemplate jdbc;

    public DemoCatalog(CommandGateway commands, JdbcTemplate jdbc) {
        this.commands = commands;
        this.jdbc = jdbc;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void seedOnFirstStart() {
        Integer skus = jdbc.queryForObject("SELECT COUNT(*) FROM sku_registry", Integer.class);
        if (skus != null && skus > 0) {
            return;
        }
        CategoryId clothing = category("Clothing", null);
        CategoryId tops = category("Tops", clothing);
        CategoryId home = category("Home", null);
        product("Cotton T-shirt", "Soft everyday tee in organic cotton.", tops, 19000, List.of(
                variant("TEE-WHITE-M", "White / M", Map.of("color", "white", "size", "M"), 19000, 20),
                variant("TEE-WHITE-L", "White / L", Map.of("color", "white", "size", "L"), 19000, 20),
                variant("TEE-BLACK-L", "Black / L", Map.of("color", "black", "size", "L"), 21000, 5)));
        product("Linen shirt", "Breathable linen for hot summers.", tops, 59000, List.of(
                variant("LINEN-BLUE-M", "Blue / M", Map.of("color", "blue", "size", "M"), 59000, 8)));
        product("Ceramic mug", "Hand-glazed, 350 ml.", home, 12000, List.of(
                variant("MUG-GREY", "Grey", Map.of("color", "grey"), 12000, 50),
                variant("MUG-SAND", "Sand", Map.of("color", "sand"), 12000, 1)));
        log.info("Demo catalog created: 3 products, 6 SKUs (embedded default only)");
    }

    private CategoryId category(String name, CategoryId parent) {
        CategoryId id = CategoryId.of(UUID.randomUUID());
        commands.sendAndWait(new CreateCategory(id, name, parent));
        return id;
    }

    private void product(String name, String description, CategoryId category, long basePrice, List<Stocked> variants) {
        ProductId id = ProductId.of(UUID.randomUUID());
        commands.sendAndWait(new CreateProduct(id, name, description, category, Money.won(basePrice),
                variants.stream().map(Stocked::spec).toList()));
        commands.sendAndWait(new ActivateProduct(id));
        variants.forEach(v -> commands.sendAndWait(new RestockInventory(v.spec().sku(), v.stock())));
    }

    private static Stocked variant(String sku, String name, Map<String, String> attributes, long price, int stock) {
        return new Stocked(new VariantSpec(UUID.randomUUID().toString(), Sku.of(sku), name, attributes,
                Money.won(price), null), stock);
    }

    private record Stocked(VariantSpec spec, int stock) {
    }
}
