package com.example.commerce.command.order;

import static com.example.commerce.command.order.Orders.FREE_SHIPPING_THRESHOLD;
import static com.example.commerce.command.order.Orders.SHIPPING_FEE;
import static com.example.commerce.command.order.Orders.mugs;
import static com.example.commerce.command.order.Orders.tees;
import static org.assertj.core.api.Assertions.assertThat;

import com.example.commerce.api.common.Money;
import com.example.commerce.api.order.OrderAmounts;
import com.example.commerce.api.order.OrderLine;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shop's pricing rules as API.md states them, on the amounts an order is placed with. */
class OrderAmountsTest {

    @Test
    void addsUpTheLinesAndChargesShippingBelowTheThreshold() {
        OrderAmounts amounts = amountsOf(List.of(tees(2), mugs(1)), Money.ZERO);

        assertThat(amounts.subtotal()).isEqualTo(Money.won(39000));
        assertThat(amounts.discount()).isEqualTo(Money.ZERO);
        assertThat(amounts.shippingFee()).isEqualTo(SHIPPING_FEE);
        assertThat(amounts.total()).isEqualTo(Money.won(42000));
    }

    @Test
    void shipsForFreeFromExactlyTheThreshold() {
        OrderAmounts atThreshold = amountsOf(List.of(tees(3), mugs(1)), Money.won(4000));

        assertThat(atThreshold.subtotal()).isEqualTo(Money.won(54000));
        assertThat(atThreshold.shippingFee()).isEqualTo(Money.ZERO);
        assertThat(atThreshold.total()).isEqualTo(FREE_SHIPPING_THRESHOLD);
    }

    @Test
    void judgesTheThresholdOnTheDiscountedSubtotal() {
        OrderAmounts amounts = amountsOf(List.of(tees(3), mugs(1)), Money.won(4001));

        assertThat(amounts.subtotal()).isEqualTo(Money.won(54000));
        assertThat(amounts.shippingFee()).isEqualTo(SHIPPING_FEE);
        assertThat(amounts.total()).isEqualTo(Money.won(54000 - 4001 + 3000));
    }

    @Test
    void includesTheVatOfTheTotalRoundedDown() {
        OrderAmounts amounts = amountsOf(List.of(tees(2), mugs(1)), Money.ZERO);

        // 42000 * 10 / 110 = 3818.18...
        assertThat(amounts.tax()).isEqualTo(Money.won(3818));
    }

    @Test
    void subtractsTheDiscountBeforeShipping() {
        OrderAmounts amounts = amountsOf(List.of(tees(2), mugs(1)), Money.won(5000));

        assertThat(amounts.discount()).isEqualTo(Money.won(5000));
        assertThat(amounts.total()).isEqualTo(Money.won(39000 - 5000 + 3000));
        // 37000 * 10 / 110 = 3363.63...
        assertThat(amounts.tax()).isEqualTo(Money.won(3363));
    }

    @Test
    void neverDiscountsMoreThanTheSubtotal() {
        OrderAmounts amounts = amountsOf(List.of(mugs(1)), Money.won(20000));

        assertThat(amounts.discount()).isEqualTo(Money.won(9000));
        assertThat(amounts.total()).isEqualTo(SHIPPING_FEE);
        // 3000 * 10 / 110 = 272.72...
        assertThat(amounts.tax()).isEqualTo(Money.won(272));
    }

    private static OrderAmounts amountsOf(List<OrderLine> lines, Money discount) {
        return OrderAmounts.of(lines, discount, SHIPPING_FEE, FREE_SHIPPING_THRESHOLD);
    }
}
