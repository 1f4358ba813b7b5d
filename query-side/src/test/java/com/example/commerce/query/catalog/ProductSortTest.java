package com.example.commerce.query.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.commerce.api.error.InvalidInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ProductSortTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "name       | NAME_ASC",
        "name,asc   | NAME_ASC",
        "name,desc  | NAME_DESC",
        "price      | PRICE_ASC",
        "price,asc  | PRICE_ASC",
        "price,desc | PRICE_DESC",
        "Price,DESC | PRICE_DESC"})
    void readsEachAcceptedSort(String parameter, ProductSort expected) {
        assertThat(ProductSort.parse(parameter)).isEqualTo(expected);
    }

    @Test
    void sortsNewestFirstUnlessAsked() {
        assertThat(ProductSort.parse(null)).isEqualTo(ProductSort.NEWEST);
        assertThat(ProductSort.parse(" ")).isEqualTo(ProductSort.NEWEST);
    }

    @ParameterizedTest
    @ValueSource(strings = {"newest", "name,up", "price,", "basePrice", "name;desc"})
    void refusesAnyOtherSortOnTheSortField(String parameter) {
        assertThatThrownBy(() -> ProductSort.parse(parameter))
                .isInstanceOfSatisfying(InvalidInput.class, e -> {
                    assertThat(e.field()).isEqualTo("sort");
                    assertThat(e.getMessage()).contains("name,desc");
                });
    }
}
