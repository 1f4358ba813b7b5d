package com.example.commerce.query.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** An active product as the public catalog shows it. */
public record ProductView(String productId, String name,
                          @JsonInclude(JsonInclude.Include.ALWAYS) String description,
                          @JsonInclude(JsonInclude.Include.ALWAYS) String categoryId,
                          long basePrice, List<VariantView> variants) {
}
