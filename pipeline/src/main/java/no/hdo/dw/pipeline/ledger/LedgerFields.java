package no.hdo.dw.pipeline.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/** Field parsing shared by the ledger's text feeds (sources.md: decimal comma, no thousands separator). */
final class LedgerFields {

    /** At most 16 digits before the comma: the landing archive holds amounts as decimal(18, 2). */
    private static final Pattern NOK = Pattern.compile("-?\\d{1,16}(,\\d{1,2})?");

    private LedgerFields() {}

    /** {@code -198000,00} or {@code 1150000}: NOK with a decimal comma; null when unreadable. */
    static BigDecimal nok(String text) {
        if (text == null || !NOK.matcher(text).matches()) {
            return null;
        }
        return new BigDecimal(text.replace(',', '.')).setScale(2);
    }

    /** {@code yyyy-MM-dd}; null when unreadable. */
    static LocalDate date(String text) {
        if (text == null || text.length() != 10) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static Integer integer(String text) {
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
