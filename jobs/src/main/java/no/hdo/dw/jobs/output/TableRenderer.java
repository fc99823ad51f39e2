package no.hdo.dw.jobs.output;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import no.hdo.dw.jobs.output.internal.Numbers;

/**
 * Writes a {@link ResultTable} in one of the formats of cli.md. Every line ends with {@code \n}.
 *
 * <ul>
 *   <li>{@code csv}: header line of column names, then one line per row; numbers plain with the
 *       kind's machine scale ({@code 5.10}, {@code 31644}, {@code -198000.00}); empty cell for
 *       null; fields holding {@code ,} {@code "} CR or LF are quoted as in RFC 4180.
 *   <li>{@code json}: an array of objects keyed by column name, one object per line; numbers as
 *       json numbers written exactly like csv, null as {@code null}.
 *   <li>{@code table}: aligned columns, a dashed line under the header, text left and numbers
 *       right, two spaces between columns, no trailing blanks; Norwegian number style.
 *   <li>{@code markdown}: a GitHub pipe table with the same cells as {@code table}, numeric columns
 *       aligned right ({@code ---:}).
 * </ul>
 *
 * <p>Rounding (half-up, once) and the unsigned zero are described in {@link Numbers}.
 */
public final class TableRenderer {

    private static final String GAP = "  ";

    /** Made on the first json output only: Jackson's start-up is a twentieth of a short command's. */
    private static final class Json {
        // Plain BigDecimal keeps json numbers identical to csv: 31644.00, never 3.1644E+4.
        static final JsonMapper MAPPER = JsonMapper.builder()
                .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
                .build();
    }

    private TableRenderer() {}

    /** The whole output as one string. */
    public static String render(ResultTable table, OutputFormat format) {
        StringBuilder out = new StringBuilder();
        try {
            render(table, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder never throws
        }
        return out.toString();
    }

    /** Appends the output to {@code out}, e.g. a {@link java.io.PrintStream} or a Writer. */
    public static void render(ResultTable table, OutputFormat format, Appendable out) throws IOException {
        switch (format) {
            case CSV -> csv(table, out);
            case JSON -> json(table, out);
            case TABLE -> aligned(table, out);
            case MARKDOWN -> markdown(table, out);
        }
    }

    // ---- csv ----

    private static void csv(ResultTable table, Appendable out) throws IOException {
        List<Column> columns = table.columns();
        List<String> header = new ArrayList<>();
        for (Column column : columns) {
            header.add(column.name());
        }
        csvLine(header, out);
        for (List<Object> row : table.rows()) {
            List<String> fields = new ArrayList<>(columns.size());
            for (int c = 0; c < columns.size(); c++) {
                String field = plain(columns.get(c).kind(), row.get(c));
                fields.add(columns.get(c).kind() == ColumnKind.TEXT ? neutraliseFormula(field) : field);
            }
            csvLine(fields, out);
        }
    }

    /**
     * Text is data, never a formula (contracts, ground rules): a text cell a spreadsheet would run
     * ({@code = + - @}, or a tab or carriage return before one) gets a leading apostrophe, which the
     * spreadsheet shows as text. The warehouse keeps the value as it came; numbers are never touched.
     */
    static String neutraliseFormula(String value) {
        if (value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value
                : value;
    }

    private static void csvLine(List<String> fields, Appendable out) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(csvField(fields.get(i)));
        }
        out.append('\n');
    }

    private static String csvField(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }

    // ---- json ----

    private static void json(ResultTable table, Appendable out) throws IOException {
        List<Column> columns = table.columns();
        List<List<Object>> rows = table.rows();
        if (rows.isEmpty()) {
            out.append("[]\n");
            return;
        }
        out.append("[\n");
        for (int r = 0; r < rows.size(); r++) {
            out.append("  ").append(jsonObject(columns, rows.get(r)));
            out.append(r + 1 < rows.size() ? ",\n" : "\n");
        }
        out.append("]\n");
    }

    private static String jsonObject(List<Column> columns, List<Object> row) throws IOException {
        StringWriter buffer = new StringWriter();
        try (JsonGenerator json = Json.MAPPER.createGenerator(buffer)) {
            json.writeStartObject();
            for (int c = 0; c < columns.size(); c++) {
                Column column = columns.get(c);
                Object value = row.get(c);
                json.writeFieldName(column.name());
                if (value == null) {
                    json.writeNull();
                } else if (column.kind() == ColumnKind.TEXT) {
                    json.writeString((String) value);
                } else if (column.kind() == ColumnKind.BOOLEAN) {
                    json.writeBoolean((Boolean) value);
                } else {
                    BigDecimal number = Numbers.toBigDecimal((Number) value);
                    json.writeNumber(Numbers.round(number, column.kind().plainScale(number)));
                }
            }
            json.writeEndObject();
        }
        return buffer.toString();
    }

    // ---- table ----

    private static void aligned(ResultTable table, Appendable out) throws IOException {
        List<Column> columns = table.columns();
        List<List<String>> cells = displayCells(table, TableRenderer::oneLine);
        int[] widths = new int[columns.size()];
        for (int c = 0; c < columns.size(); c++) {
            widths[c] = width(oneLine(columns.get(c).name()));
            for (List<String> row : cells) {
                widths[c] = Math.max(widths[c], width(row.get(c)));
            }
        }

        List<String> header = new ArrayList<>();
        List<String> rule = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            header.add(oneLine(columns.get(c).name()));
            rule.add("-".repeat(widths[c]));
        }
        alignedLine(columns, widths, header, out);
        alignedLine(columns, widths, rule, out);
        for (List<String> row : cells) {
            alignedLine(columns, widths, row, out);
        }
    }

    private static void alignedLine(List<Column> columns, int[] widths, List<String> cells, Appendable out)
            throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < columns.size(); c++) {
            if (c > 0) {
                line.append(GAP);
            }
            String cell = cells.get(c);
            String pad = " ".repeat(widths[c] - width(cell));
            if (columns.get(c).kind().numeric()) {
                line.append(pad).append(cell);
            } else {
                line.append(cell).append(pad);
            }
        }
        out.append(line.toString().stripTrailing()).append('\n');
    }

    // Code points, so a character outside the BMP counts once; ø and å are one either way.
    private static int width(String s) {
        return s.codePointCount(0, s.length());
    }

    // A line break inside a cell would break the alignment of every column after it.
    private static String oneLine(String s) {
        return s.replaceAll("\\R", " ");
    }

    // ---- markdown ----

    private static void markdown(ResultTable table, Appendable out) throws IOException {
        List<Column> columns = table.columns();
        List<String> header = new ArrayList<>();
        List<String> rule = new ArrayList<>();
        for (Column column : columns) {
            header.add(markdownText(column.name()));
            rule.add(column.kind().numeric() ? "---:" : "---");
        }
        markdownLine(header, out);
        markdownLine(rule, out);
        for (List<String> row : displayCells(table, TableRenderer::markdownText)) {
            markdownLine(row, out);
        }
    }

    private static void markdownLine(List<String> cells, Appendable out) throws IOException {
        out.append('|');
        for (String cell : cells) {
            out.append(' ').append(cell).append(cell.isEmpty() ? "|" : " |");
        }
        out.append('\n');
    }

    // A pipe would end the cell and a line break the row; GitHub renders \| and <br> inside a cell.
    private static String markdownText(String s) {
        return s.replace("\\", "\\\\").replace("|", "\\|").replaceAll("\\R", "<br>");
    }

    // ---- cells ----

    private static List<List<String>> displayCells(ResultTable table, UnaryOperator<String> text) {
        List<Column> columns = table.columns();
        List<List<String>> cells = new ArrayList<>(table.rows().size());
        for (List<Object> row : table.rows()) {
            List<String> line = new ArrayList<>(columns.size());
            for (int c = 0; c < columns.size(); c++) {
                ColumnKind kind = columns.get(c).kind();
                Object value = row.get(c);
                line.add(kind == ColumnKind.TEXT && value != null ? text.apply((String) value) : display(kind, value));
            }
            cells.add(line);
        }
        return cells;
    }

    /** A cell for csv: plain number at the kind's machine scale, text as is, null empty. */
    private static String plain(ColumnKind kind, Object value) {
        if (value == null) {
            return "";
        }
        if (kind == ColumnKind.TEXT) {
            return (String) value;
        }
        if (kind == ColumnKind.BOOLEAN) {
            return value.toString();
        }
        BigDecimal number = Numbers.toBigDecimal((Number) value);
        return Numbers.plain(number, kind.plainScale(number));
    }

    /** A cell for table and markdown: Norwegian style, in the kind's display unit, null empty. */
    private static String display(ColumnKind kind, Object value) {
        if (value == null) {
            return "";
        }
        if (kind == ColumnKind.TEXT) {
            return (String) value;
        }
        if (kind == ColumnKind.BOOLEAN) {
            return (Boolean) value ? "ja" : "nei";
        }
        // movePointLeft is exact, so MNOK and KNOK are rounded once, from the unrounded NOK
        BigDecimal shown = Numbers.toBigDecimal((Number) value).movePointLeft(kind.displayShift());
        return Numbers.norwegian(shown, kind.displayScale(shown)) + kind.displaySuffix();
    }
}
