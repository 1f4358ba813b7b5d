package com.example.commerce.query.catalog;

import com.example.commerce.api.error.InvalidInput;
import java.util.Locale;

/** The orders a product list can be sorted in; price means the base price. Newest first unless asked. */
public enum ProductSort {
    NEWEST("p.list_position DESC, p.product_id DESC"),
    NAME_ASC("p.name_lower ASC, p.product_id ASC"),
    NAME_DESC("p.name_lower DESC, p.product_id DESC"),
    PRICE_ASC("p.base_price ASC, p.list_position DESC"),
    PRICE_DESC("p.base_price DESC, p.list_position DESC");

    static final String ACCEPTED = "name, name,asc, name,desc, price, price,asc, price,desc";

    private final String orderBy;

    ProductSort(String orderBy) {
        this.orderBy = orderBy;
    }

    /** The {@code sort} parameter: {@code name} or {@code price}, optionally with {@code ,asc} or {@code ,desc}. */
    public static ProductSort parse(String sort) {
        if (sort == null || sort.isBlank()) {
            return NEWEST;
        }
        String normalized = sort.strip().toLowerCase(Locale.ROOT).replace(" ", "");
        switch (normalized) {
            case "name", "name,asc":
                return NAME_ASC;
            case "name,desc":
                return NAME_DESC;
            case "price", "price,asc":
                return PRICE_ASC;
            case "price,desc":
                return PRICE_DESC;
            default:
                throw new InvalidInput("sort", "sort must be one of " + ACCEPTED + ", was '" + sort + "'");
        }
    }

    /** The SQL ORDER BY of this sort over the product table aliased {@code p}, ties broken stably. */
    String orderBy() {
        return orderBy;
    }
}
