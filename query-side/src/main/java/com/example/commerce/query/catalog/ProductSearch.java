package com.example.commerce.query.catalog;

import com.example.commerce.query.paging.PageRequest;

/**
 * A search of active products: {@code q} a case-insensitive part of the name, {@code categoryId} an
 * exact category; either may be null.
 */
public record ProductSearch(String q, String categoryId, ProductSort sort, PageRequest page) {

    public ProductSearch {
        q = q == null || q.isBlank() ? null : q.strip();
        categoryId = categoryId == null || categoryId.isBlank() ? null : categoryId.strip();
        sort = sort == null ? ProductSort.NEWEST : sort;
    }
}
