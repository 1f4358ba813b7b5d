package com.example.commerce.query.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.example.commerce.api.catalog.CategoryCreated;
import com.example.commerce.api.catalog.ProductActivated;
import com.example.commerce.api.catalog.ProductArchived;
import com.example.commerce.api.catalog.ProductCreated;
import com.example.commerce.api.catalog.VariantAdded;
import com.example.commerce.api.catalog.VariantPriceChanged;
import com.example.commerce.api.catalog.VariantSpec;
import com.example.commerce.api.common.CategoryId;
import com.example.commerce.api.common.Money;
import com.example.commerce.api.common.OrderId;
import com.example.commerce.api.common.ProductId;
import com.example.commerce.api.common.Sku;
import com.example.commerce.api.inventory.StockRestocked;
import com.example.commerce.api.inventory.StockReserved;
import com.example.commerce.query.ReadModelDatabase;
import com.example.commerce.query.inventory.InventoryProjectionDriver;
import com.example.commerce.query.paging.Page;
import com.example.commerce.query.paging.PageRequest;
import com.example.commerce.query.projection.Generations;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.ReplayStatus;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

class CatalogReaderTest {

    private final JdbcTemplate jdbc = ReadModelDatabase.create();
    private final Generations generations = new Generations(jdbc);
    private final CatalogProjection projection = new CatalogProjection(jdbc, generations);
    private final CatalogReader reader = new CatalogReader(jdbc, generations);
    private final InventoryProjectionDriver inventory = new InventoryProjectionDriver(jdbc, generations);
    private final CategoryId clothing = CategoryId.of(UUID.randomUUID());
    private long position;

    @Test
    void listsOnlyActiveProductsNewestFirst() {
        ProductId older = activeProduct("Linen shirt", 59_000, clothing, "LINEN-M");
        ProductId newer = activeProduct("Cotton tee", 19_000, clothing, "TEE-M");
        ProductId draft = product("Draft scarf", 9_000, null, "SCARF");
        ProductId archived = activeProduct("Old mug", 5_000, null, "MUG");
        projection.on(new ProductArchived(archived), ReplayStatus.REGULAR);

        Page<ProductView> page = reader.search(search(null, null, null, 0, 20));

        assertThat(page.items()).extracting(ProductView::productId).containsExactly(newer.value(), older.value());
        assertThat(page.items()).extracting(ProductView::productId).doesNotContain(draft.value());
    }

    @Test
    void findsProductsByAnyPartOfTheNameIgnoringCase() {
        activeProduct("Linen SHIRT", 59_000, clothing, "LINEN-M");
        activeProduct("Cotton tee", 19_000, clothing, "TEE-M");
        activeProduct("100% wool", 89_000, clothing, "WOOL-M");

        assertThat(names(search("shirt", null, null, 0, 20))).containsExactly("Linen SHIRT");
        assertThat(names(search("%", null, null, 0, 20))).containsExactly("100% wool");
        assertThat(names(search("_", null, null, 0, 20))).isEmpty();
    }

    @Test
    void filtersByCategory() {
        activeProduct("Linen shirt", 59_000, clothing, "LINEN-M");
        activeProduct("Ceramic mug", 12_000, CategoryId.of(UUID.randomUUID()), "MUG");

        assertThat(names(search(null, clothing.value(), null, 0, 20))).containsExactly("Linen shirt");
    }

    @Test
    void sortsByNameOrBasePrice() {
        activeProduct("Bowl", 30_000, null, "BOWL");
        activeProduct("apron", 20_000, null, "APRON");
        activeProduct("Cup", 10_000, null, "CUP");

        assertThat(names(search(null, null, "name", 0, 20))).containsExactly("apron", "Bowl", "Cup");
        assertThat(names(search(null, null, "name,desc", 0, 20))).containsExactly("Cup", "Bowl", "apron");
        assertThat(names(search(null, null, "price", 0, 20))).containsExactly("Cup", "apron", "Bowl");
        assertThat(names(search(null, null, "price,desc", 0, 20))).containsExactly("Bowl", "apron", "Cup");
    }

    @Test
    void pagesThroughTheResults() {
        for (int i = 0; i < 5; i++) {
            activeProduct("Product " + i, 1_000 * (i + 1), null, "SKU-" + i);
        }

        Page<ProductView> second = reader.search(search(null, null, "price", 1, 2));

        assertThat(second.items()).extracting(ProductView::name).containsExactly("Product 2", "Product 3");
        assertThat(second.page()).isEqualTo(1);
        assertThat(second.size()).isEqualTo(2);
        assertThat(second.totalItems()).isEqualTo(5);
        assertThat(second.totalPages()).isEqualTo(3);
    }

    @Test
    void showsEachVariantWithWhatIsAvailableOfIt() {
        ProductId tee = activeProduct("Cotton tee", 19_000, clothing, "TEE-M");
        projection.on(new VariantAdded(tee, variant("TEE-L", 21_000)), ReplayStatus.REGULAR, token());
        inventory.on(new StockRestocked(Sku.of("TEE-M"), 10, 10), 0L);
        inventory.on(new StockReserved(Sku.of("TEE-M"), OrderId.of(UUID.randomUUID()), 3), 1L);

        ProductView product = reader.activeProduct(tee.value()).orElseThrow();

        assertThat(product.variants()).extracting(VariantView::sku, VariantView::price, VariantView::available)
                .containsExactly(tuple("TEE-M", 19_000L, 7L),
                        tuple("TEE-L", 21_000L, 0L));
        assertThat(product.variants().get(0).attributes()).containsEntry("size", "M");
        assertThat(product.categoryId()).isEqualTo(clothing.value());
    }

    @Test
    void showsANewPriceOfAVariant() {
        ProductId tee = activeProduct("Cotton tee", 19_000, clothing, "TEE-M");

        projection.on(new VariantPriceChanged(tee, Sku.of("TEE-M"), Money.won(19_000), Money.won(17_000)),
                ReplayStatus.REGULAR);

        assertThat(reader.activeProduct(tee.value()).orElseThrow().variants().get(0).price()).isEqualTo(17_000);
    }

    @Test
    void answersForOneProductOnlyWhileItIsActive() {
        ProductId draft = product("Draft scarf", 9_000, null, "SCARF");
        assertThat(reader.activeProduct(draft.value())).isEmpty();

        projection.on(new ProductActivated(draft), ReplayStatus.REGULAR);
        assertThat(reader.activeProduct(draft.value())).isPresent();

        projection.on(new ProductArchived(draft), ReplayStatus.REGULAR);
        assertThat(reader.activeProduct(draft.value())).isEmpty();
        assertThat(reader.knowsSku("SCARF")).isTrue();
        assertThat(reader.knowsSku("NOPE")).isFalse();
    }

    @Test
    void changesNothingWhenEventsAreDeliveredAgain() {
        ProductCreated created = created(ProductId.of(UUID.randomUUID()), "Cotton tee", 19_000, clothing, "TEE-M");
        projection.on(created, ReplayStatus.REGULAR, token());
        projection.on(new ProductActivated(created.productId()), ReplayStatus.REGULAR);

        projection.on(created, ReplayStatus.REGULAR, token());
        projection.on(new ProductActivated(created.productId()), ReplayStatus.REGULAR);

        assertThat(reader.search(search(null, null, null, 0, 20)).items()).singleElement()
                .satisfies(p -> assertThat(p.variants()).hasSize(1));
    }

    @Test
    void listsCategoriesWithTheirParents() {
        CategoryId tops = CategoryId.of(UUID.randomUUID());
        projection.on(new CategoryCreated(clothing, "Clothing", null), ReplayStatus.REGULAR, token());
        projection.on(new CategoryCreated(tops, "Tops", clothing), ReplayStatus.REGULAR, token());

        assertThat(reader.categories()).containsExactly(new CategoryView(clothing.value(), "Clothing", null),
                new CategoryView(tops.value(), "Tops", clothing.value()));
    }

    private ProductId activeProduct(String name, long basePrice, CategoryId category, String sku) {
        ProductId productId = product(name, basePrice, category, sku);
        projection.on(new ProductActivated(productId), ReplayStatus.REGULAR);
        return productId;
    }

    private ProductId product(String name, long basePrice, CategoryId category, String sku) {
        ProductId productId = ProductId.of(UUID.randomUUID());
        projection.on(created(productId, name, basePrice, category, sku), ReplayStatus.REGULAR, token());
        return productId;
    }

    private static ProductCreated created(ProductId productId, String name, long basePrice, CategoryId category,
                                          String sku) {
        return new ProductCreated(productId, name, "About " + name, category, Money.won(basePrice),
                List.of(variant(sku, basePrice)));
    }

    private static VariantSpec variant(String sku, long price) {
        return new VariantSpec(UUID.randomUUID().toString(), Sku.of(sku), "Size " + sku.substring(sku.length() - 1),
                Map.of("size", sku.substring(sku.length() - 1)), Money.won(price), 200);
    }

    private GlobalSequenceTrackingToken token() {
        return new GlobalSequenceTrackingToken(++position);
    }

    private static ProductSearch search(String q, String categoryId, String sort, int page, int size) {
        return new ProductSearch(q, categoryId, ProductSort.parse(sort), PageRequest.of(page, size));
    }

    private List<String> names(ProductSearch search) {
        return reader.search(search).items().stream().map(ProductView::name).toList();
    }
}
