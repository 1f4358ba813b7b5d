package com.example.commerce.command.catalog;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.example.commerce.api.catalog.ActivateProduct;
import com.example.commerce.api.catalog.ArchiveProduct;
import com.example.commerce.api.catalog.ChangeVariantPrice;
import com.example.commerce.api.catalog.CreateProduct;
import com.example.commerce.api.catalog.ProductActivated;
import com.example.commerce.api.catalog.ProductArchived;
import com.example.commerce.api.catalog.ProductCreated;
import com.example.commerce.api.catalog.VariantAdded;
import com.example.commerce.api.catalog.VariantPriceChanged;
import com.example.commerce.api.catalog.VariantSpec;
import com.example.commerce.api.common.Money;
import com.example.commerce.api.common.ProductId;
import com.example.commerce.api.error.NotFound;
import com.example.commerce.api.error.RuleViolation;
import java.util.LinkedHashMap;
import java.util.Map;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A product and its variants: draft, then active (listed and orderable), then archived for good.
 * Created and extended through {@link CatalogCommandHandler}, which first claims the SKUs.
 */
@Aggregate(snapshotTriggerDefinition = "snapshotTrigger")
public class Product {

    @AggregateIdentifier
    private ProductId productId;
    private ProductStatus status;
    private Map<String, Money> prices = new LinkedHashMap<>();

    protected Product() {
        // for Axon
    }

    Product(CreateProduct command) {
        apply(new ProductCreated(command.productId(), command.name(), command.description(), command.categoryId(),
                command.basePrice(), command.variants()));
    }

    void addVariant(VariantSpec variant) {
        requireNot(ProductStatus.ARCHIVED, "get a new variant");
        apply(new VariantAdded(productId, variant));
    }

    @CommandHandler
    public void handle(ActivateProduct command) {
        if (status == ProductStatus.ACTIVE) {
            return;
        }
        requireNot(ProductStatus.ARCHIVED, "be activated");
        apply(new ProductActivated(productId));
    }

    @CommandHandler
    public void handle(ArchiveProduct command) {
        if (status == ProductStatus.ARCHIVED) {
            return;
        }
        apply(new ProductArchived(productId));
    }

    @CommandHandler
    public void handle(ChangeVariantPrice command) {
        Money current = prices.get(command.sku().value());
        if (current == null) {
            throw new NotFound("variant", command.sku() + " of product " + productId);
        }
        if (current.equals(command.price())) {
            return;
        }
        requireNot(ProductStatus.ARCHIVED, "be repriced");
        apply(new VariantPriceChanged(productId, command.sku(), current, command.price()));
    }

    @EventSourcingHandler
    void on(ProductCreated event) {
        productId = event.productId();
        status = ProductStatus.DRAFT;
        event.variants().forEach(variant -> prices.put(variant.sku().value(), variant.price()));
    }

    @EventSourcingHandler
    void on(VariantAdded event) {
        prices.put(event.variant().sku().value(), event.variant().price());
    }

    @EventSourcingHandler
    void on(ProductActivated event) {
        status = ProductStatus.ACTIVE;
    }

    @EventSourcingHandler
    void on(ProductArchived event) {
        status = ProductStatus.ARCHIVED;
    }

    @EventSourcingHandler
    void on(VariantPriceChanged event) {
        prices.put(event.sku().value(), event.newPrice());
    }

    private void requireNot(ProductStatus forbidden, String action) {
        if (status == forbidden) {
            throw new RuleViolation("illegal-product-transition",
                    "product " + productId + " is " + status + ", cannot " + action);
        }
    }

    enum ProductStatus { DRAFT, ACTIVE, ARCHIVED }
}
