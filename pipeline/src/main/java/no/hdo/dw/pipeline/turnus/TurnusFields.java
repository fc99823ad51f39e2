package no.hdo.dw.pipeline.turnus;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import no.hdo.dw.pipeline.landing.Checked;
import no.hdo.dw.pipeline.landing.internal.Digits;

/**
 * Parsing shared by the turnus validators. A rejected record's value never holds an
 * {@code employee_no}: a row with the wrong number of fields is quarantined without its text,
 * since its fields cannot be told apart (the file and line say where it is).
 */
final class TurnusFields {

    /** What a quarantined value shows instead of an employee number. */
    static final String MASKED = "***";

    private TurnusFields() {}

    static <T> Checked<T> wrongFieldCount(long recordNo, List<String> header, List<String> fields) {
        return Checked.rejected(
                recordNo,
                null,
                null,
                "expected " + header.size() + " fields separated by ';', found " + fields.size()
                        + " (the record is not shown: it holds an employee_no)");
    }

    /** {@code yyyy-MM-dd}, strictly; null when it is not a date. */
    static LocalDate date(String text) {
        if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
            return null;
        }
        try {
            return LocalDate.of(Digits.parse(text, 0, 4), Digits.parse(text, 5, 7), Digits.parse(text, 8, 10));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    /** {@code yyyy-MM-dd HH:mm}, parsed by hand for speed; null when it is not such a time. */
    static LocalDateTime localTime(String text) {
        if (text.length() != 16
                || text.charAt(4) != '-'
                || text.charAt(7) != '-'
                || text.charAt(10) != ' '
                || text.charAt(13) != ':') {
            return null;
        }
        try {
            return LocalDateTime.of(
                    Digits.parse(text, 0, 4),
                    Digits.parse(text, 5, 7),
                    Digits.parse(text, 8, 10),
                    Digits.parse(text, 11, 13),
                    Digits.parse(text, 14, 16));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    /** A decimal with a decimal comma ({@code 80} or {@code 62,5}); null when it is not one. */
    static BigDecimal decimalComma(String text) {
        if (text.isEmpty() || text.indexOf('.') >= 0 || text.indexOf(' ') >= 0) {
            return null;
        }
        try {
            return new BigDecimal(text.replace(',', '.'));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
