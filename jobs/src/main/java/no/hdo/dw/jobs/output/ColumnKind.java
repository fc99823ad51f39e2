package no.hdo.dw.jobs.output;

/**
 * How a column's values are written. Every numeric kind has one scale for the machine formats
 * ({@code csv}, {@code json}: plain numbers, decimal point, no unit) and one presentation for the
 * human formats ({@code table}, {@code markdown}: Norwegian style, possibly in another unit).
 *
 * <p>Amount kinds ({@link #NOK}, {@link #MNOK}, {@link #KNOK}) always take values in NOK; only
 * the human formats scale them, so a script reading csv never has to know the report's unit.
 */
public enum ColumnKind {
    /** Strings: a month {@code 2026-01}, a report line name, a bucket. Values must be {@link String}. */
    TEXT(false, 0, 0, 0, ""),
    /** Whole numbers: {@code 31644} / {@code 31 644}. Fractional values are rejected, not rounded. */
    COUNT(true, 0, 0, 0, ""),
    /** A percentage already in percent (5.1 means 5.1 %): {@code 5.10} / {@code 5,10 %}. */
    PERCENT(true, 2, 0, 2, " %"),
    /** A percentage shown whole, as the report's shares: {@code 35.29} / {@code 35 %}. */
    PERCENT_WHOLE(true, 2, 0, 0, " %"),
    /**
     * A number that carries its own decimals (a {@link java.math.BigDecimal}'s scale), for a column
     * whose rows are of different units, e.g. {@code report key-figures}: {@code 4.68}, {@code 17}.
     */
    MEASURE(true, -1, 0, -1, ""),
    /** Yes or no: {@code true} / {@code ja}; values must be {@link Boolean}. */
    BOOLEAN(false, 0, 0, 0, ""),
    /** Hours, two decimals: {@code 256.00} / {@code 256,00}. */
    HOURS(true, 2, 0, 2, ""),
    /** Any other two-decimal number, e.g. fte: {@code 98.60} / {@code 98,60}. */
    DECIMAL_2(true, 2, 0, 2, ""),
    /** An amount in NOK, two decimals in every format: {@code -198000.00} / {@code -198 000,00}. */
    NOK(true, 2, 0, 2, ""),
    /** An amount in NOK shown as MNOK with one decimal: {@code 37749999.99} / {@code 37,7}. */
    MNOK(true, 2, 6, 1, ""),
    /** An amount in NOK shown as 1000 NOK without decimals: {@code 31644123.00} / {@code 31 644}. */
    KNOK(true, 2, 3, 0, "");

    private final boolean numeric;
    private final int plainScale;
    private final int displayShift;
    private final int displayScale;
    private final String displaySuffix;

    ColumnKind(boolean numeric, int plainScale, int displayShift, int displayScale, String displaySuffix) {
        this.numeric = numeric;
        this.plainScale = plainScale;
        this.displayShift = displayShift;
        this.displayScale = displayScale;
        this.displaySuffix = displaySuffix;
    }

    /** Whether values are numbers (right-aligned in table and markdown). */
    public boolean numeric() {
        return numeric;
    }

    /** Decimals in csv and json; {@link #MEASURE} keeps the value's own. */
    int plainScale(java.math.BigDecimal value) {
        return plainScale < 0 ? Math.max(0, value.scale()) : plainScale;
    }

    /** Power of ten the value is divided by for table and markdown (6 for MNOK, 3 for KNOK). */
    int displayShift() {
        return displayShift;
    }

    /** Decimals in table and markdown, after the shift. */
    int displayScale(java.math.BigDecimal value) {
        return displayScale < 0 ? Math.max(0, value.scale()) : displayScale;
    }

    /** Unit after the number in table and markdown, e.g. {@code " %"}. */
    String displaySuffix() {
        return displaySuffix;
    }
}
