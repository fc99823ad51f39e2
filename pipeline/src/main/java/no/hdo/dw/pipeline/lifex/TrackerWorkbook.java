package no.hdo.dw.pipeline.lifex;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import no.hdo.dw.pipeline.landing.RecordSource;
import no.hdo.dw.pipeline.landing.RejectedFileException;
import no.hdo.dw.pipeline.landing.SourceRecord;
import no.hdo.dw.warehouse.Errors;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * Reads the {@code Kontrollrom} sheet of a tracker workbook row by row, streaming (fastexcel-reader
 * reads the sheet's XML as a stream, so a workbook is never held in memory whole). Columns are found
 * by their header, whatever their order, case or stray spaces; other columns and other sheets are
 * ignored; blank rows are skipped. A file that is not a readable workbook, has no {@code Kontrollrom}
 * sheet or lacks a column of the contract is refused whole.
 */
public final class TrackerWorkbook implements RecordSource<TrackerRow> {

    static final String SHEET = "Kontrollrom";
    static final String NAME = "Kontrollrom";
    static final String TYPE = "Type";
    static final String REGION = "Helseregion";
    static final String HEALTH_TRUST = "Helseforetak";
    static final String PLANNED = "Planlagt omlegging";
    static final String MOVED_DATE = "Omlagt dato";
    static final String STATUS = "Status";
    static final String COMMENT = "Kommentar";
    /** The contract's columns; every one must be there except the comment. */
    static final List<String> COLUMNS = List.of(NAME, TYPE, REGION, HEALTH_TRUST, PLANNED, MOVED_DATE, STATUS, COMMENT);

    private static final List<String> DATE_COLUMNS = List.of(PLANNED, MOVED_DATE);
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    private final ReadableWorkbook workbook;
    private final Stream<Row> rows;
    private final Iterator<Row> iterator;
    private final String sheetName;
    /** Column index to the contract's column name. */
    private final Map<Integer, String> columns;

    private final Map<String, Integer> rowOfRoom = new HashMap<>();
    private final WorkbookLimits limits;

    private TrackerWorkbook(
            ReadableWorkbook workbook,
            Stream<Row> rows,
            Iterator<Row> iterator,
            String sheetName,
            Map<Integer, String> columns,
            WorkbookLimits limits) {
        this.limits = limits;
        this.workbook = workbook;
        this.rows = rows;
        this.iterator = iterator;
        this.sheetName = sheetName;
        this.columns = columns;
    }

    public static TrackerWorkbook open(Path path) throws IOException, RejectedFileException {
        return open(path, WorkbookLimits.DEFAULT);
    }

    /** Checks what the workbook expands to before it is opened; rows and cells are checked as they stream. */
    public static TrackerWorkbook open(Path path, WorkbookLimits limits) throws IOException, RejectedFileException {
        limits.check(path);
        ReadableWorkbook workbook;
        try {
            workbook = new ReadableWorkbook(path.toFile());
        } catch (IOException | RuntimeException e) {
            throw new RejectedFileException(
                    "the file is not a readable Excel workbook (.xlsx): " + Errors.rootMessage(e));
        }
        Stream<Row> rows = null;
        try {
            Sheet sheet = findSheet(workbook);
            rows = sheet.openStream();
            Iterator<Row> iterator = rows.iterator();
            Map<Integer, String> columns = header(sheet.getName(), iterator, limits);
            return new TrackerWorkbook(workbook, rows, iterator, sheet.getName(), columns, limits);
        } catch (RejectedFileException e) {
            closeQuietly(workbook, rows);
            throw e;
        } catch (IOException | RuntimeException e) {
            closeQuietly(workbook, rows);
            throw new RejectedFileException("the workbook cannot be read: " + Errors.rootMessage(e));
        }
    }

    private static Sheet findSheet(ReadableWorkbook workbook) throws RejectedFileException {
        List<String> names = new ArrayList<>();
        Optional<Sheet> found = workbook.getSheets()
                .peek(sheet -> names.add(sheet.getName()))
                .filter(sheet -> normalise(sheet.getName()).equals(normalise(SHEET)))
                .findFirst();
        if (found.isEmpty()) {
            throw new RejectedFileException(
                    "the workbook has no sheet " + SHEET + " (its sheets: " + String.join(", ", names) + ")");
        }
        return found.get();
    }

    /** Title rows above the header that are skipped before the sheet is refused as having no header. */
    static final int MAX_TITLE_ROWS = 10;

    /**
     * The header is the first non-blank row that names any of the columns (sources.md: row 1). Rows
     * above it that name none, up to {@link #MAX_TITLE_ROWS}, are titles people put over a table.
     */
    private static Map<Integer, String> header(String sheetName, Iterator<Row> iterator, WorkbookLimits limits)
            throws RejectedFileException {
        Map<String, String> byNormalisedName = new HashMap<>();
        COLUMNS.forEach(column -> byNormalisedName.put(normalise(column), column));
        int titleRows = 0;
        while (iterator.hasNext()) {
            Row row = iterator.next();
            checkRow(sheetName, row, limits);
            Map<Integer, String> columns = new LinkedHashMap<>();
            List<String> seen = new ArrayList<>();
            for (Cell cell : row) {
                if (cell == null || cell.getType() == CellType.EMPTY) {
                    continue;
                }
                String text = cellText(cell);
                if (text == null) {
                    continue;
                }
                seen.add(text);
                String column = byNormalisedName.get(normalise(text));
                if (column != null) {
                    if (columns.containsValue(column)) {
                        throw new RejectedFileException("sheet " + sheetName + " has the column " + column
                                + " twice in its header (row " + row.getRowNum() + ")");
                    }
                    columns.put(cell.getColumnIndex(), column);
                }
            }
            if (seen.isEmpty()) {
                continue;
            }
            if (columns.isEmpty() && titleRows < MAX_TITLE_ROWS) {
                titleRows++;
                continue;
            }
            List<String> missing = COLUMNS.stream()
                    .filter(column -> !column.equals(COMMENT) && !columns.containsValue(column))
                    .toList();
            if (!missing.isEmpty()) {
                throw new RejectedFileException(
                        "sheet " + sheetName + " lacks the column(s) " + String.join(", ", missing)
                                + " in its header (row " + row.getRowNum() + ": " + String.join(" | ", seen) + ")");
            }
            return columns;
        }
        throw new RejectedFileException(
                "sheet " + sheetName + " has no header row: no row names the columns " + String.join(", ", COLUMNS));
    }

    @Override
    public SourceRecord<TrackerRow> next() throws RejectedFileException {
        try {
            while (iterator.hasNext()) {
                Row row = iterator.next();
                checkRow(sheetName, row, limits);
                Map<String, TrackerCell> cells = new LinkedHashMap<>();
                boolean blank = true;
                for (Map.Entry<Integer, String> column : columns.entrySet()) {
                    Cell cell = row.getOptionalCell(column.getKey()).orElse(null);
                    String reference = sheetName + "!"
                            + org.dhatim.fastexcel.reader.CellAddress.convertNumToColString(column.getKey())
                            + row.getRowNum();
                    TrackerCell value = trackerCell(reference, cell, DATE_COLUMNS.contains(column.getValue()));
                    blank &= value.isEmpty();
                    cells.put(column.getValue(), value);
                }
                if (blank) {
                    continue;
                }
                int firstRow = 0;
                String name = cells.get(NAME).text();
                if (name != null) {
                    Integer earlier = rowOfRoom.putIfAbsent(roomId(name), row.getRowNum());
                    firstRow = earlier == null ? 0 : earlier;
                }
                return new SourceRecord<>(row.getRowNum(), new TrackerRow(row.getRowNum(), cells, firstRow));
            }
            return null;
        } catch (UncheckedIOException | ExcelReaderException e) {
            throw new RejectedFileException("sheet " + sheetName + " cannot be read: " + Errors.rootMessage(e));
        }
    }

    /** A sheet of millions of (blank) rows, or a cell longer than Excel allows, refuses the file whole. */
    private static void checkRow(String sheetName, Row row, WorkbookLimits limits) throws RejectedFileException {
        if (row.getRowNum() > limits.maxRows()) {
            throw new RejectedFileException("sheet " + sheetName + " has a row " + row.getRowNum() + ", more than the "
                    + limits.maxRows() + " rows a tracker may have (blank rows count)");
        }
        for (Cell cell : row) {
            String raw = cell == null ? null : cell.getRawValue();
            if (raw != null && raw.length() > limits.maxCellChars()) {
                throw new RejectedFileException("cell " + sheetName + "!" + cell.getAddress() + " holds " + raw.length()
                        + " characters, more than the " + limits.maxCellChars() + " a cell may hold");
            }
        }
    }

    private static TrackerCell trackerCell(String reference, Cell cell, boolean dateColumn) {
        if (cell == null || cell.getType() == CellType.EMPTY) {
            return new TrackerCell(reference, null, null);
        }
        String text = cellText(cell);
        LocalDate excelDate = null;
        if (dateColumn
                && (cell.getType() == CellType.NUMBER
                        || cell.getType() == CellType.FORMULA && isNumber(cell.getRawValue()))) {
            try {
                excelDate = cell.asDate().toLocalDate();
            } catch (RuntimeException e) {
                excelDate = null; // left to the validator, which names the cell
            }
        }
        return new TrackerCell(reference, text, excelDate);
    }

    /** The cell's text as a person sees it, stripped (non-breaking spaces too); null when blank. */
    static String cellText(Cell cell) {
        String raw = switch (cell.getType()) {
            case STRING -> cell.asString();
            case EMPTY -> null;
            default -> cell.getRawValue();
        };
        if (raw == null) {
            return null;
        }
        String stripped = raw.replace('\u00A0', ' ').strip();
        return stripped.isEmpty() ? null : stripped;
    }

    private static boolean isNumber(String text) {
        if (text == null) {
            return false;
        }
        try {
            Double.parseDouble(text);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** Case, stray and repeated spaces do not matter in headers and words. */
    static String normalise(String text) {
        return collapseSpaces(text).toLowerCase(Locale.ROOT);
    }

    /** Stray, repeated and non-breaking spaces made one plain space; stripped. */
    static String collapseSpaces(String text) {
        String stripped = text.replace('\u00A0', ' ').strip();
        // The common case, a tidy cell, costs no regular expression.
        return stripped.contains("  ")
                        || stripped.indexOf('\t') >= 0
                        || stripped.indexOf('\n') >= 0
                        || stripped.indexOf('\r') >= 0
                ? SPACES.matcher(stripped).replaceAll(" ")
                : stripped;
    }

    /** A control room's key: its name without stray spaces, in lower case. */
    static String roomId(String name) {
        return normalise(name);
    }

    @Override
    public void close() throws IOException {
        closeQuietly(workbook, rows);
    }

    private static void closeQuietly(ReadableWorkbook workbook, Stream<Row> rows) {
        if (rows != null) {
            rows.close();
        }
        try {
            workbook.close();
        } catch (IOException e) {
            // nothing was written: a failing close of a read-only workbook loses nothing
        }
    }
}
