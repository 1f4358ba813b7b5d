package com.example.commerce.query.catalog.web;

import com.example.commerce.api.error.NotFound;
import com.example.commerce.query.catalog.CatalogReader;
import com.example.commerce.query.catalog.CategoryView;
import com.example.commerce.query.catalog.ProductSearch;
import com.example.commerce.query.catalog.ProductSort;
import com.example.commerce.query.catalog.ProductView;
import com.example.commerce.query.paging.Page;
import com.example.commerce.query.paging.PageRequest;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The public catalog: categories, the search over active products, and one active product. */
@RestController
@RequestMapping("/api/catalog")
public class CatalogController {

    private final CatalogReader catalog;

    public CatalogController(CatalogReader catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/categories")
    public List<CategoryView> categories() {
        return catalog.categories();
    }

    @GetMapping("/products")
    public Page<ProductView> products(@RequestParam(required = false) String q,
                                      @RequestParam(required = false) String categoryId,
                                      @RequestParam(required = false) Integer page,
                                      @RequestParam(required = false) Integer size,
                                      @RequestParam(required = false) String sort) {
        return catalog.search(new ProductSearch(q, categoryId, ProductSort.parse(sort), PageRequest.of(page, size)));
    }

    @GetMapping("/products/{productId}")
    public ProductView product(@PathVariable String productId) {
        return catalog.activeProduct(productId).orElseThrow(() -> new NotFound("product", productId));
    }
}
