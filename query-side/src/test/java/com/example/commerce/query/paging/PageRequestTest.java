package com.example.commerce.query.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.commerce.api.error.InvalidInput;
import java.util.List;
import org.junit.jupiter.api.Test;

class PageRequestTest {

    @Test
    void startsAtTheFirstPageOfTwentyByDefault() {
        assertThat(PageRequest.of(null, null)).isEqualTo(new PageRequest(0, 20));
    }

    @Test
    void servesAnOversizedPageAsAHundred() {
        assertThat(PageRequest.of(2, 500)).isEqualTo(new PageRequest(2, 100));
        assertThat(PageRequest.of(2, 500).offset()).isEqualTo(200);
    }

    @Test
    void refusesANegativePage() {
        assertThatThrownBy(() -> PageRequest.of(-1, 20))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("page"));
    }

    @Test
    void refusesASizeBelowOne() {
        assertThatThrownBy(() -> PageRequest.of(0, 0))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("size"));
    }

    @Test
    void countsPartialPages() {
        Page<String> page = Page.of(List.of("a"), PageRequest.of(2, 5), 11);

        assertThat(page.totalPages()).isEqualTo(3);
        assertThat(page.totalItems()).isEqualTo(11);
        assertThat(Page.of(List.of(), PageRequest.of(0, 5), 0).totalPages()).isZero();
    }
}
