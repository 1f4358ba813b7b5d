package com.example.commerce.command.catalog.web;

import com.example.commerce.api.catalog.ActivateProduct;
import com.example.commerce.api.catalog.AddVariant;
import com.example.commerce.api.catalog.ArchiveProduct;
import com.example.commerce.api.catalog.ChangeVariantPrice;
import com.example.commerce.api.catalog.CreateCategory;
import com.example.commerce.api.catalog.CreateProduct;
import com.example.commerce.api.catalog.VariantSpec;
import com.example.commerce.api.common.CategoryId;
import com.example.commerce.api.common.Money;
import com.example.commerce.api.common.ProductId;
import com.example.commerce.api.common.Sku;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Categories, products, variants, their status and prices. ADMIN only (see the security configuration). */
@RestController
@RequestMapping("/api/admin")
public class CatalogAdminController {

    private final CommandGateway commands;

    public CatalogAdminController(CommandGateway commands) {
        this.commands = commands;
    }

    @PostMapping("/categories")
    @ResponseStatus(HttpStatus.CREATED)
    public Map<String, Object> createCategory(@Valid @RequestBody NewCategory request) {
        CategoryId categoryId = CategoryId.of(UUID.randomUUID());
        commands.sendAndWait(new CreateCategory(categoryId, request.name().strip(),
                request.parentId() == null ? null : CategoryId.of(request.parentId())));
        return Map.of("categoryId", categoryId);
    }

    @PostMapping("/products")
    @ResponseStatus(HttpStatus.CREATED)
    public Map<String, Object> createProduct(@Valid @RequestBody NewProduct request) {
        ProductId productId = ProductId.of(UUID.randomUUID());
        List<VariantSpec> variants = request.variants().stream().map(NewVariant::toSpec).toList();
        commands.sendAndWait(new CreateProduct(productId, request.name().strip(), request.description(),
                request.categoryId() == null ? null : CategoryId.of(request.categoryId()),
                Money.won(request.basePrice()), variants));
        return Map.of("productId", productId, "status", "draft",
                "variants", variants.stream().map(CatalogAdminController::created).toList());
    }

    @PostMapping("/products/{productId}/variants")
    @ResponseStatus(HttpStatus.CREATED)
    public Map<String, Object> addVariant(@PathVariable UUID productId, @Valid @RequestBody NewVariant request) {
        VariantSpec variant = request.toSpec();
        commands.sendAndWait(new AddVariant(ProductId.of(productId), variant));
        return created(variant);
    }

    @PostMapping("/products/{productId}/activate")
    public Map<String, Object> activate(@PathVariable UUID productId) {
        commands.sendAndWait(new ActivateProduct(ProductId.of(productId)));
        return Map.of("productId", productId, "status", "active");
    }

    @PostMapping("/products/{productId}/archive")
    public Map<String, Object> archive(@PathVariable UUID productId) {
        commands.sendAndWait(new ArchiveProduct(ProductId.of(productId)));
        return Map.of("productId", productId, "status", "archived");
    }

    @PutMapping("/products/{productId}/variants/{sku}/price")
    public Map<String, Object> changePrice(@PathVariable UUID productId, @PathVariable String sku,
                                           @Valid @RequestBody NewPrice request) {
        commands.sendAndWait(new ChangeVariantPrice(ProductId.of(productId), Sku.of(sku), Money.won(request.price())));
        return Map.of("productId", productId, "sku", sku, "price", request.price());
    }

    private static Map<String, Object> created(VariantSpec variant) {
        return Map.of("variantId", variant.variantId(), "sku", variant.sku());
    }

    record NewCategory(@NotBlank @Size(max = 200) String name, UUID parentId) {
    }

    record NewProduct(@NotBlank @Size(max = 200) String name, @Size(max = 5000) String description, UUID categoryId,
                      @NotNull @PositiveOrZero Long basePrice,
                      @NotEmpty @Size(max = 100) List<@Valid @NotNull NewVariant> variants) {
    }

    record NewVariant(@NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]*") String sku,
                      @NotBlank @Size(max = 200) String name, @Size(max = 50) Map<@NotBlank @Size(max = 100) String, @NotNull @Size(max = 200) String> attributes,
                      @NotNull @PositiveOrZero Long price, @Positive Integer weightGrams) {

        VariantSpec toSpec() {
            return new VariantSpec(UUID.randomUUID().toString(), Sku.of(sku), name.strip(),
                    attributes == null ? Map.of() : Map.copyOf(attributes), Money.won(price), weightGrams);
        }
    }

    record NewPrice(@NotNull @PositiveOrZero Long price) {
    }
}
