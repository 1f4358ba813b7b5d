package com.example.commerce.command.catalog;

import com.example.commerce.api.catalog.CreateProduct;
import com.example.commerce.api.catalog.ProductCreated;
import com.example.commerce.api.catalog.VariantSpec;
import com.example.commerce.api.common.CategoryId;
import com.example.commerce.api.common.Money;
import com.example.commerce.api.common.ProductId;
import com.example.commerce.api.common.Sku;
import java.util.List;
import java.util.Map;

/** The object mother of products: a tee in two sizes, in draft. */
final class Products {

    static final ProductId PRODUCT = ProductId.of("product-tee");
    static final CategoryId CATEGORY = CategoryId.of("category-tops");
    static final Sku RED_L = Sku.of("TEE-RED-L");
    static final Sku RED_M = Sku.of("TEE-RED-M");
    static final Sku RED_S = Sku.of("TEE-RED-S");
    static final Money PRICE = Money.won(15000);

    private Products() {
    }

    static VariantSpec variant(Sku sku, String size, Money price) {
        return new VariantSpec("variant-" + sku.value().toLowerCase(), sku, "Red / " + size,
                Map.of("colour", "red", "size", size), price, 180);
    }

    static List<VariantSpec> variants() {
        return List.of(variant(RED_L, "L", PRICE), variant(RED_M, "M", PRICE));
    }

    static CreateProduct createProduct() {
        return new CreateProduct(PRODUCT, "Basic tee", "Soft cotton", CATEGORY, PRICE, variants());
    }

    static ProductCreated created() {
        return new ProductCreated(PRODUCT, "Basic tee", "Soft cotton", CATEGORY, PRICE, variants());
    }
}
