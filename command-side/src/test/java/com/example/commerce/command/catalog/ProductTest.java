package com.example.commerce.command.catalog;

import static com.example.commerce.command.catalog.Products.PRICE;
import static com.example.commerce.command.catalog.Products.PRODUCT;
import static com.example.commerce.command.catalog.Products.RED_L;
import static com.example.commerce.command.catalog.Products.RED_S;
import static com.example.commerce.command.catalog.Products.created;
import static com.example.commerce.command.catalog.Products.variant;

import com.example.commerce.api.catalog.ActivateProduct;
import com.example.commerce.api.catalog.ArchiveProduct;
import com.example.commerce.api.catalog.ChangeVariantPrice;
import com.example.commerce.api.catalog.ProductActivated;
import com.example.commerce.api.catalog.ProductArchived;
import com.example.commerce.api.catalog.VariantAdded;
import com.example.commerce.api.catalog.VariantPriceChanged;
import com.example.commerce.api.catalog.VariantSpec;
import com.example.commerce.api.common.Money;
import com.example.commerce.api.common.Sku;
import com.example.commerce.api.error.NotFound;
import com.example.commerce.api.error.RuleViolation;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

/** A product: draft, then active, then archived for good; repriced per variant. */
class ProductTest {

    private static final Money NEW_PRICE = Money.won(12900);

    private final FixtureConfiguration<Product> fixture = new AggregateTestFixture<>(Product.class);

    @Test
    void isCreatedInDraftWithItsVariants() {
        fixture.givenNoPriorActivity()
                .whenConstructing(() -> new Product(Products.createProduct()))
                .expectEvents(created());
    }

    @Test
    void goesOnSale() {
        fixture.given(created())
                .when(new ActivateProduct(PRODUCT))
                .expectEvents(new ProductActivated(PRODUCT));
    }

    @Test
    void goesOnSaleOnlyOnce() {
        fixture.given(created(), new ProductActivated(PRODUCT))
                .when(new ActivateProduct(PRODUCT))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void isArchivedFromDraft() {
        fixture.given(created())
                .when(new ArchiveProduct(PRODUCT))
                .expectEvents(new ProductArchived(PRODUCT));
    }

    @Test
    void isArchivedWhileOnSale() {
        fixture.given(created(), new ProductActivated(PRODUCT))
                .when(new ArchiveProduct(PRODUCT))
                .expectEvents(new ProductArchived(PRODUCT));
    }

    @Test
    void isArchivedOnlyOnce() {
        fixture.given(created(), new ProductArchived(PRODUCT))
                .when(new ArchiveProduct(PRODUCT))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void cannotGoBackOnSaleOnceArchived() {
        fixture.given(created(), new ProductActivated(PRODUCT), new ProductArchived(PRODUCT))
                .when(new ActivateProduct(PRODUCT))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("product " + PRODUCT + " is ARCHIVED, cannot be activated")
                .expectNoEvents();
    }

    @Test
    void changesAVariantsPriceAndRemembersTheOldOne() {
        fixture.given(created(), new ProductActivated(PRODUCT))
                .when(new ChangeVariantPrice(PRODUCT, RED_L, NEW_PRICE))
                .expectEvents(new VariantPriceChanged(PRODUCT, RED_L, PRICE, NEW_PRICE));
    }

    @Test
    void changesThePriceFromTheLastChange() {
        Money later = Money.won(11000);

        fixture.given(created(), new VariantPriceChanged(PRODUCT, RED_L, PRICE, NEW_PRICE))
                .when(new ChangeVariantPrice(PRODUCT, RED_L, later))
                .expectEvents(new VariantPriceChanged(PRODUCT, RED_L, NEW_PRICE, later));
    }

    @Test
    void recordsNothingWhenThePriceStaysTheSame() {
        fixture.given(created(), new VariantPriceChanged(PRODUCT, RED_L, PRICE, NEW_PRICE))
                .when(new ChangeVariantPrice(PRODUCT, RED_L, NEW_PRICE))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void answersNotFoundForAVariantItDoesNotHave() {
        fixture.given(created())
                .when(new ChangeVariantPrice(PRODUCT, Sku.of("MUG-WHITE"), NEW_PRICE))
                .expectException(NotFound.class)
                .expectNoEvents();
    }

    @Test
    void refusesToRepriceAnArchivedProduct() {
        fixture.given(created(), new ProductArchived(PRODUCT))
                .when(new ChangeVariantPrice(PRODUCT, RED_L, NEW_PRICE))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void getsANewVariant() {
        VariantSpec small = variant(RED_S, "S", PRICE);

        fixture.given(created(), new ProductActivated(PRODUCT))
                .whenInvoking(PRODUCT.value(), p -> p.addVariant(small))
                .expectEvents(new VariantAdded(PRODUCT, small));
    }

    @Test
    void repricesAVariantAddedLater() {
        VariantSpec small = variant(RED_S, "S", PRICE);

        fixture.given(created(), new VariantAdded(PRODUCT, small))
                .when(new ChangeVariantPrice(PRODUCT, RED_S, NEW_PRICE))
                .expectEvents(new VariantPriceChanged(PRODUCT, RED_S, PRICE, NEW_PRICE));
    }

    @Test
    void getsNoNewVariantOnceArchived() {
        fixture.given(created(), new ProductArchived(PRODUCT))
                .whenInvoking(PRODUCT.value(), p -> p.addVariant(variant(RED_S, "S", PRICE)))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }
}
