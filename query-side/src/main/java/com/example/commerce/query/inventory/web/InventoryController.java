package com.example.commerce.query.inventory.web;

import com.example.commerce.api.error.NotFound;
import com.example.commerce.query.inventory.InventoryReader;
import com.example.commerce.query.inventory.KnownSkus;
import com.example.commerce.query.inventory.StockView;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** One SKU's stock. ADMIN only. A SKU of the catalog that was never stocked has zeros. */
@RestController
public class InventoryController {

    private final InventoryReader inventory;
    private final KnownSkus catalog;

    public InventoryController(InventoryReader inventory, KnownSkus catalog) {
        this.inventory = inventory;
        this.catalog = catalog;
    }

    @GetMapping("/api/admin/inventory/{sku}")
    public StockView stock(@PathVariable String sku) {
        return inventory.stock(sku).orElseGet(() -> {
            if (!catalog.knowsSku(sku)) {
                throw new NotFound("SKU", sku);
            }
            return StockView.of(sku, 0, 0);
        });
    }
}
