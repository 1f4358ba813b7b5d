package com.example.commerce.api.json;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Instants as ISO-8601 text in UTC, the text {@link Instant#toString()} writes and
 * {@link java.time.format.DateTimeFormatter#ISO_INSTANT} reads, done digit by digit. The JDK's own
 * parser builds a formatter for every instant it reads; in a bulk read of stored events that was a
 * quarter of the reading thread, and formatting a sixth of the thread writing read models.
 */
public final class InstantText {

    private static final int SECONDS_PER_DAY = 86_400;
    /** {@code 0000-01-01T00:00:00Z} and {@code 10000-01-01T00:00:00Z}: outside, years take a sign or more digits. */
    private static final long FIRST_SECOND = LocalDate.of(0, 1, 1).toEpochDay() * SECONDS_PER_DAY;
    private static final long END_SECOND = LocalDate.of(10_000, 1, 1).toEpochDay() * SECONDS_PER_DAY;
    private static final String SHAPE = "0000-00-00T00:00:00";

    private InstantText() {
    }

    /** The same text as {@link Instant#toString()}. */
    public static String format(Instant instant) {
        long seconds = instant.getEpochSecond();
        if (seconds < FIRST_SECOND || seconds >= END_SECOND) {
            return instant.toString();
        }
        LocalDate date = LocalDate.ofEpochDay(Math.floorDiv(seconds, SECONDS_PER_DAY));
        int secondOfDay = (int) Math.floorMod(seconds, SECONDS_PER_DAY);
        int nanos = instant.getNano();
        int fractionDigits = nanos == 0 ? 0 : nanos % 1_000_000 == 0 ? 3 : nanos % 1_000 == 0 ? 6 : 9;
        char[] text = new char[SHAPE.length() + (fractionDigits == 0 ? 0 : 1 + fractionDigits) + 1];
        digits(text, 0, 4, date.getYear());
        text[4] = '-';
        digits(text, 5, 2, date.getMonthValue());
        text[7] = '-';
        digits(text, 8, 2, date.getDayOfMonth());
        text[10] = 'T';
        digits(text, 11, 2, secondOfDay / 3_600);
        text[13] = ':';
        digits(text, 14, 2, secondOfDay / 60 % 60);
        text[16] = ':';
        digits(text, 17, 2, secondOfDay % 60);
        if (fractionDigits > 0) {
            text[19] = '.';
            digits(text, 20, fractionDigits, nanos / pow10(9 - fractionDigits));
        }
        text[text.length - 1] = 'Z';
        return new String(text);
    }

    /**
     * Reads {@code yyyy-MM-ddTHH:mm:ss[.fraction]Z}, the shape {@link #format} writes, or answers null
     * for any other text (offsets, lower case, leap seconds, impossible dates), which callers then give
     * to their full parser: it either reads it or says what is wrong with it.
     */
    public static Instant parseUsual(String text) {
        int length = text == null ? 0 : text.length();
        if (length < SHAPE.length() + 1 || length == SHAPE.length() + 2 || length > SHAPE.length() + 11
                || text.charAt(length - 1) != 'Z' || !hasTheShape(text)) {
            return null;
        }
        int nanos = 0;
        if (length > SHAPE.length() + 1) {
            if (text.charAt(SHAPE.length()) != '.') {
                return null;
            }
            int fractionDigits = length - SHAPE.length() - 2;
            int fraction = number(text, SHAPE.length() + 1, fractionDigits);
            if (fraction < 0) {
                return null;
            }
            nanos = fraction * pow10(9 - fractionDigits);
        }
        int hour = number(text, 11, 2);
        int minute = number(text, 14, 2);
        int second = number(text, 17, 2);
        if (hour > 23 || minute > 59 || second > 59) {
            return null;
        }
        long epochDay;
        try {
            epochDay = LocalDate.of(number(text, 0, 4), number(text, 5, 2), number(text, 8, 2)).toEpochDay();
        } catch (DateTimeException e) {
            return null;
        }
        return Instant.ofEpochSecond(epochDay * SECONDS_PER_DAY + hour * 3_600L + minute * 60L + second, nanos);
    }

    private static boolean hasTheShape(String text) {
        for (int i = 0; i < SHAPE.length(); i++) {
            char expected = SHAPE.charAt(i);
            char actual = text.charAt(i);
            if (expected == '0' ? actual < '0' || actual > '9' : actual != expected) {
                return false;
            }
        }
        return true;
    }

    /** The number written by {@code digits} digits from {@code from}, or -1 if one of them is not a digit. */
    private static int number(String text, int from, int digits) {
        int value = 0;
        for (int i = from; i < from + digits; i++) {
            char digit = text.charAt(i);
            if (digit < '0' || digit > '9') {
                return -1;
            }
            value = value * 10 + (digit - '0');
        }
        return value;
    }

    private static void digits(char[] text, int from, int digits, int value) {
        for (int i = from + digits - 1; i >= from; i--) {
            text[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }

    private static int pow10(int exponent) {
        int value = 1;
        for (int i = 0; i < exponent; i++) {
            value *= 10;
        }
        return value;
    }
}
