package no.hdo.dw.pipeline.lifex;

import java.time.LocalDate;

/**
 * One cell of a tracker row, as read: its reference ({@code Kontrollrom!B7}), its text (stripped;
 * null when empty) and, for a cell Excel holds as a number, the date that number denotes as an
 * Excel date ({@code excelDate}, null otherwise).
 */
public record TrackerCell(String reference, String text, LocalDate excelDate) {

    public boolean isEmpty() {
        return text == null && excelDate == null;
    }
}
