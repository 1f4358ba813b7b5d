package com.example.commerce.api.order;

import com.example.commerce.api.common.Money;
import com.example.commerce.api.common.ProductId;
import com.example.commerce.api.common.Sku;

/** One line of an order, with the product's and variant's names and the unit price as they were when it was placed. */
public record OrderLine(Sku sku, ProductId productId, String productName, String variantName, Money unitPrice,
                        int quantity) {

    public Money subtotal() {
        return unitPrice.times(quantity);
    }
}
