package no.hdo.dw.jobs.pack;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import no.hdo.dw.jobs.output.internal.Numbers;

/**
 * A table of the report pack, as the Word document and the CSV file show it: a header row, then
 * rows of cells; numbers are kept as values with their decimals and unit, so that the document can
 * write them in Norwegian style ({@code 31 644}, {@code 5,10 %}) and the CSV with a decimal comma.
 *
 * @param fileName the CSV file's name without {@code .csv}
 * @param caption the caption in the document (and the CSV's first line)
 * @param boldRows the indexes of the sum rows
 */
public record PackTable(
        String fileName, String caption, List<String> header, List<List<Cell>> rows, Set<Integer> boldRows) {

    public PackTable {
        header = List.copyOf(header);
        rows = rows.stream().map(List::copyOf).toList();
        boldRows = Set.copyOf(boldRows);
        for (List<Cell> row : rows) {
            if (row.size() != header.size()) {
                throw new IllegalArgumentException(
                        caption + ": a row has " + row.size() + " cells, the header " + header.size());
            }
        }
    }

    /** Whether some cell is unknown: the document then says what "–" means under the table. */
    public boolean hasUnknown() {
        return rows.stream().flatMap(List::stream).anyMatch(Cell::isUnknown);
    }

    /** A cell: text, or a number with its decimals and unit, or unknown ("–"). */
    public record Cell(String text, BigDecimal number, int scale, String suffix) {

        public static final String UNKNOWN = "–";

        public static Cell text(String text) {
            return new Cell(Objects.requireNonNull(text), null, 0, "");
        }

        /** A number shown with {@code scale} decimals and {@code suffix} (e.g. {@code " %"}); null is unknown. */
        public static Cell number(BigDecimal value, int scale, String suffix) {
            return value == null ? new Cell(null, null, 0, "") : new Cell(null, value, scale, suffix);
        }

        public static Cell number(long value) {
            return number(BigDecimal.valueOf(value), 0, "");
        }

        public boolean isNumber() {
            return number != null;
        }

        public boolean isUnknown() {
            return text == null && number == null;
        }

        /** Right-aligned in the document: numbers and unknown numbers. */
        public boolean isRightAligned() {
            return text == null;
        }

        /** As the document shows it: {@code 31 644}, {@code 5,10 %}, {@code -0,1}, {@code –}. */
        public String display() {
            if (isUnknown()) {
                return UNKNOWN;
            }
            if (text != null) {
                return text;
            }
            return Numbers.norwegian(number, scale) + suffix;
        }

        /** As the CSV holds it: no grouping and no unit, decimal comma; empty when unknown. */
        public String csv() {
            if (isUnknown()) {
                return "";
            }
            if (text != null) {
                return text;
            }
            return Numbers.norwegian(number, scale).replace(" ", "");
        }
    }
}
