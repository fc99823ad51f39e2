package no.hdo.dw.pipeline.lifex;

import java.util.Map;

/**
 * One non-blank data row of the {@code Kontrollrom} sheet, its cells by the contract's column name
 * (wherever the column stands in the sheet). {@code firstRowOfSameRoom} is the row number where the
 * same control room was listed before in the sheet, or 0.
 */
public record TrackerRow(int rowNumber, Map<String, TrackerCell> cells, int firstRowOfSameRoom) {

    /** The cell under a column of the contract; a column with no cell in this row gives an empty cell. */
    public TrackerCell cell(String column) {
        TrackerCell cell = cells.get(column);
        return cell != null ? cell : new TrackerCell(null, null, null);
    }
}
