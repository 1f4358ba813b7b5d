package com.example.commerce.command.inventory.web;

import com.example.commerce.api.common.Sku;
import com.example.commerce.api.error.NotFound;
import com.example.commerce.api.inventory.AdjustStock;
import com.example.commerce.api.inventory.RestockInventory;
import com.example.commerce.command.catalog.SkuRegistry;
import com.example.commerce.command.inventory.StockLevel;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Units arriving and stocktake corrections. ADMIN only. */
@RestController
@RequestMapping("/api/admin/inventory/{sku}")
public class InventoryAdminController {

    private final CommandGateway commands;
    private final SkuRegistry skus;

    public InventoryAdminController(CommandGateway commands, SkuRegistry skus) {
        this.commands = commands;
        this.skus = skus;
    }

    @PostMapping("/restock")
    public Map<String, Object> restock(@PathVariable String sku, @Valid @RequestBody Restock request) {
        StockLevel level = commands.sendAndWait(new RestockInventory(known(sku), request.quantity()));
        return Map.of("sku", sku, "onHand", level.onHand(), "reserved", level.reserved(),
                "available", level.available());
    }

    @PostMapping("/adjust")
    public Map<String, Object> adjust(@PathVariable String sku, @Valid @RequestBody Adjustment request) {
        commands.sendAndWait(new AdjustStock(known(sku), request.delta(), request.reason().strip()));
        return Map.of("sku", sku, "delta", request.delta());
    }

    private Sku known(String sku) {
        Sku known = Sku.of(sku);
        if (!skus.exists(known)) {
            throw new NotFound("SKU", sku);
        }
        return known;
    }

    record Restock(@NotNull @Positive @Max(1_000_000) Integer quantity) {
    }

    record Adjustment(@NotNull @Max(1_000_000) Integer delta, @NotBlank @Size(max = 500) String reason) {
    }
}
