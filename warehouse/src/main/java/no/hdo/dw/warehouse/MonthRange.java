package no.hdo.dw.warehouse;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/**
 * Months from {@code first} to {@code last}, both included, as {@code nightly --rebuild-months} names
 * them: {@code 2025-11..2026-01}, or one month {@code 2025-11}.
 */
public record MonthRange(YearMonth first, YearMonth last) {

    public MonthRange {
        if (last.isBefore(first)) {
            throw new IllegalArgumentException(
                    "the months " + first + ".." + last + " end before they start: the first month comes first");
        }
    }

    /** {@code yyyy-MM..yyyy-MM} or {@code yyyy-MM}; an {@link IllegalArgumentException} says why not. */
    public static MonthRange parse(String text) {
        String[] ends = text.strip().split("\\.\\.", -1);
        if (ends.length > 2) {
            throw new IllegalArgumentException(
                    "must be months yyyy-MM..yyyy-MM or one month yyyy-MM, not '" + text + "'");
        }
        try {
            return new MonthRange(YearMonth.parse(ends[0]), YearMonth.parse(ends[ends.length - 1]));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(
                    "must be months yyyy-MM..yyyy-MM or one month yyyy-MM, not '" + text + "'", e);
        }
    }

    /** A SQL condition: the Oslo month of the instant {@code instantColumn} is one of these months. */
    String condition(String instantColumn) {
        return "strftime(oslo_wall_clock(" + instantColumn + "), '%Y-%m') between '" + first + "' and '" + last + "'";
    }

    /** A SQL condition: the month of the date {@code dateColumn} is one of these months. */
    String dateCondition(String dateColumn) {
        return "strftime(" + dateColumn + ", '%Y-%m') between '" + first + "' and '" + last + "'";
    }

    /** A SQL condition: the month {@code keyColumn} gives as yyyymm is one of these months. */
    String keyCondition(String keyColumn) {
        return keyColumn + " between " + key(first) + " and " + key(last);
    }

    private static int key(YearMonth month) {
        return month.getYear() * 100 + month.getMonthValue();
    }

    @Override
    public String toString() {
        return first.equals(last) ? first.toString() : first + ".." + last;
    }
}
