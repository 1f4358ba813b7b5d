package com.example.commerce.api.catalog;

import com.example.commerce.api.common.Money;
import com.example.commerce.api.common.Sku;
import java.util.Map;

/** One sellable variant of a product as an admin describes it: SKU, name, attributes such as colour and size, price. */
public record VariantSpec(String variantId, Sku sku, String name, Map<String, String> attributes, Money price, Integer weightGrams) {
}
