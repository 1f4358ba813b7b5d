package com.example.commerce.api.catalog;

import com.example.commerce.api.common.CategoryId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** An admin adds a category to the catalog tree, optionally under a parent. */
public record CreateCategory(@TargetAggregateIdentifier CategoryId categoryId, String name, CategoryId parentId) {
}
