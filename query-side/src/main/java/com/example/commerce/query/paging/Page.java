package com.example.commerce.query.paging;

import java.util.List;

/** One page of a list: {@code {items, page, size, totalItems, totalPages}}. */
public record Page<T>(List<T> items, int page, int size, long totalItems, long totalPages) {

    public static <T> Page<T> of(List<T> items, PageRequest request, long totalItems) {
        long totalPages = (totalItems + request.size() - 1) / request.size();
        return new Page<>(List.copyOf(items), request.page(), request.size(), totalItems, totalPages);
    }
}
