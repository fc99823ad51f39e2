package no.hdo.dw.pipeline.landing.internal;

/**
 * The fixed-width digits of a date or time field, read by hand: the validators parse every record's
 * timestamps, and {@code DateTimeFormatter} would cost most of the read.
 */
public final class Digits {

    private Digits() {}

    /**
     * The number written by {@code text}'s characters {@code from} (inclusive) to {@code to}: ASCII
     * digits only, no sign.
     *
     * @throws NumberFormatException when any of them is not a digit
     */
    public static int parse(String text, int from, int to) {
        int value = 0;
        for (int index = from; index < to; index++) {
            char c = text.charAt(index);
            if (c < '0' || c > '9') {
                throw new NumberFormatException(text);
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
