package com.example.commerce.query.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A category of the catalog tree; {@code parentId} is null for a top-level category. */
public record CategoryView(String categoryId, String name, @JsonInclude(JsonInclude.Include.ALWAYS) String parentId) {
}
