package com.example.commerce.api.catalog;

import com.example.commerce.api.common.ProductId;

/** Every event of a Product; sealed so that projections can switch over them exhaustively. */
public sealed interface ProductEvent
        permits ProductCreated,
                VariantAdded,
                ProductActivated,
                ProductArchived,
                VariantPriceChanged {

    ProductId productId();
}
