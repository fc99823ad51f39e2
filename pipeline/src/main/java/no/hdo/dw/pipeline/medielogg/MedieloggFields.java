package no.hdo.dw.pipeline.medielogg;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;

/** Field parsing shared by the two media-log feeds. */
final class MedieloggFields {

    private MedieloggFields() {}

    /** An ISO-8601 instant ({@code 2026-01-31T22:58:01Z}; an explicit offset is accepted too), or null. */
    static Instant instant(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** {@code 1} true, {@code 0} false, anything else null. */
    static Boolean flag(String text) {
        return switch (text) {
            case "1" -> Boolean.TRUE;
            case "0" -> Boolean.FALSE;
            default -> null;
        };
    }
}
