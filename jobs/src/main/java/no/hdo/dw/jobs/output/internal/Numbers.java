package no.hdo.dw.jobs.output.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * Number conversion and the two number styles of cli.md.
 *
 * <p>Rounding is {@link RoundingMode#HALF_UP} (ties away from zero: 2.345 to 2.35, -2.345 to
 * -2.35), done once, on the exact value: shifting to MNOK or KNOK moves the decimal point, which
 * is exact, so there is no double rounding.
 *
 * <p>A value that rounds to zero prints without sign ({@code 0,0}, {@code 0.00}, never
 * {@code -0,0}), as the business report does for tiny deviations. {@link BigDecimal} has no
 * negative zero, so this follows from rounding with BigDecimal; it is stated here because it is
 * a deliberate choice.
 *
 * <p>The Norwegian style is written by hand rather than with {@code Locale("no")}: the JDK's
 * locale data groups with a no-break space (U+00A0 or U+202F, depending on the JDK version) and
 * writes a minus sign U+2212, while cli.md wants a plain space and a plain {@code -}.
 */
public final class Numbers {

    private Numbers() {}

    /**
     * The exact value of a supported number. Doubles go through {@link BigDecimal#valueOf(double)}
     * (their shortest decimal string), so {@code 2.345d} is 2.345 and not 2.34499999...
     *
     * @throws IllegalArgumentException for NaN, infinities and unsupported Number types
     */
    public static BigDecimal toBigDecimal(Number number) {
        if (number instanceof BigDecimal decimal) {
            return decimal;
        }
        if (number instanceof Long || number instanceof Integer || number instanceof Short || number instanceof Byte) {
            return BigDecimal.valueOf(number.longValue());
        }
        if (number instanceof BigInteger integer) {
            return new BigDecimal(integer);
        }
        if (number instanceof Double || number instanceof Float) {
            double d = number.doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw new IllegalArgumentException("not a finite number: " + number);
            }
            // Float.toString keeps a float's short form (0.1f is 0.1, not 0.10000000149011612)
            return number instanceof Float ? new BigDecimal(number.toString()) : BigDecimal.valueOf(d);
        }
        throw new IllegalArgumentException(
                "unsupported number type: " + number.getClass().getName());
    }

    /** Rounds half-up to {@code scale} decimals. */
    public static BigDecimal round(BigDecimal value, int scale) {
        return value.setScale(scale, RoundingMode.HALF_UP);
    }

    /** Plain style for csv and json: {@code -198000.00}, {@code 31644}, {@code 5.10}. */
    public static String plain(BigDecimal value, int scale) {
        return round(value, scale).toPlainString();
    }

    /**
     * Norwegian style for table and markdown: decimal comma, thousands grouped by a plain space,
     * leading {@code -}: {@code 1 234,56}, {@code -0,9}, {@code 31 644}.
     */
    public static String norwegian(BigDecimal value, int scale) {
        BigDecimal rounded = round(value, scale);
        String digits = rounded.abs().toPlainString();
        int point = digits.indexOf('.');
        String whole = point < 0 ? digits : digits.substring(0, point);
        String fraction = point < 0 ? "" : digits.substring(point + 1);

        StringBuilder out = new StringBuilder(digits.length() + whole.length() / 3 + 2);
        if (rounded.signum() < 0) {
            out.append('-');
        }
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                out.append(' ');
            }
            out.append(whole.charAt(i));
        }
        if (!fraction.isEmpty()) {
            out.append(',').append(fraction);
        }
        return out.toString();
    }
}
