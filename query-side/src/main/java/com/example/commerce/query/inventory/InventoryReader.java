package com.example.commerce.query.inventory;

import com.example.commerce.query.projection.Generations;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads the active generation of the inventory view. */
@Component
public class InventoryReader {

    private final JdbcTemplate jdbc;
    private final Generations generations;

    public InventoryReader(JdbcTemplate jdbc, Generations generations) {
        this.jdbc = jdbc;
        this.generations = generations;
    }

    /** The SKU's stock, empty when no inventory event has named it yet. */
    public Optional<StockView> stock(String sku) {
        List<StockView> found = jdbc.query("SELECT sku, on_hand, reserved FROM inventory_view_stock"
                        + " WHERE generation = ? AND sku = ?",
                (rs, row) -> StockView.of(rs.getString("sku"), rs.getInt("on_hand"), rs.getInt("reserved")),
                generations.active(InventoryProjection.NAME), sku);
        return found.stream().findFirst();
    }
}
