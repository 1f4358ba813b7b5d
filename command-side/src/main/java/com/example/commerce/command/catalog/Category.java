package com.example.commerce.command.catalog;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.example.commerce.api.catalog.CategoryCreated;
import com.example.commerce.api.catalog.CreateCategory;
import com.example.commerce.api.common.CategoryId;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/** A node of the catalog's category tree. */
@Aggregate
public class Category {

    @AggregateIdentifier
    private CategoryId categoryId;

    protected Category() {
        // for Axon
    }

    Category(CreateCategory command) {
        apply(new CategoryCreated(command.categoryId(), command.name(), command.parentId()));
    }

    @EventSourcingHandler
    void on(CategoryCreated event) {
        categoryId = event.categoryId();
    }
}
