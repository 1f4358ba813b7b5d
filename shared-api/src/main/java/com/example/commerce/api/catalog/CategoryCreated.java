package com.example.commerce.api.catalog;

import com.example.commerce.api.common.CategoryId;

/** A category was added to the catalog tree. */
public record CategoryCreated(CategoryId categoryId, String name, CategoryId parentId) {
}
