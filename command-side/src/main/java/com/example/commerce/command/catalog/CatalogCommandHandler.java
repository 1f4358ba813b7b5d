package com.example.commerce.command.catalog;

import com.example.commerce.command.AggregateLookup;
import com.example.commerce.api.catalog.AddVariant;
import com.example.commerce.api.catalog.CreateCategory;
import com.example.commerce.api.catalog.CreateProduct;
import com.example.commerce.api.catalog.VariantSpec;
import com.example.commerce.api.common.CategoryId;
import com.example.commerce.api.common.ProductId;
import com.example.commerce.api.error.InvalidInput;
import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

/**
 * The catalog commands that need a look beyond one aggregate: a SKU claimed across all products,
 * a parent category that must exist. Each runs in the one transaction of its command.
 */
@Component
public class CatalogCommandHandler {

    private final Repository<Product> products;
    private final Repository<Category> categories;
    private final SkuRegistry skus;

    public CatalogCommandHandler(Repository<Product> products, Repository<Category> categories, SkuRegistry skus) {
        this.products = products;
        this.categories = categories;
        this.skus = skus;
    }

    @CommandHandler
    public ProductId handle(CreateProduct command) throws Exception {
        if (command.categoryId() != null) {
            requireCategory(command.categoryId(), "categoryId");
        }
        skus.claim(command.productId(), command.variants().stream().map(VariantSpec::sku).toList());
        products.newInstance(() -> new Product(command));
        return command.productId();
    }

    @CommandHandler
    public void handle(AddVariant command) {
        Aggregate<Product> product = AggregateLookup.load(products, "product", command.productId());
        skus.claim(command.productId(), List.of(command.variant().sku()));
        product.execute(p -> p.addVariant(command.variant()));
    }

    @CommandHandler
    public CategoryId handle(CreateCategory command) throws Exception {
        if (command.parentId() != null) {
            requireCategory(command.parentId(), "parentId");
        }
        categories.newInstance(() -> new Category(command));
        return command.categoryId();
    }

    private void requireCategory(CategoryId categoryId, String field) {
        try {
            categories.load(categoryId.value());
        } catch (AggregateNotFoundException e) {
            throw new InvalidInput(field, "category " + categoryId + " does not exist");
        }
    }
}
