package com.example.commerce.api.common;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** An amount of Korean won; KRW has no minor unit, so an amount is a whole number. */
public record Money(@JsonValue long won) implements Comparable<Money> {

    public static final Money ZERO = new Money(0);

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public Money {
    }

    public static Money won(long won) {
        return new Money(won);
    }

    public Money plus(Money other) {
        return new Money(Math.addExact(won, other.won));
    }

    public Money minus(Money other) {
        return new Money(Math.subtractExact(won, other.won));
    }

    public Money times(long factor) {
        return new Money(Math.multiplyExact(won, factor));
    }

    public Money min(Money other) {
        return won <= other.won ? this : other;
    }

    public boolean isNegative() {
        return won < 0;
    }

    @Override
    public int compareTo(Money other) {
        return Long.compare(won, other.won);
    }

    @Override
    public String toString() {
        return won + " KRW";
    }
}
