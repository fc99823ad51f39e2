package no.hdo.dw.jobs.output;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import no.hdo.dw.jobs.output.internal.Numbers;

/**
 * The result of a {@code trend} or {@code report} command, independent of the output format.
 *
 * <p>A cell is a {@link String} (in a {@link ColumnKind#TEXT} column), a {@link Number}
 * ({@link Long}, {@link Integer}, {@link Short}, {@link Byte}, {@link java.math.BigInteger},
 * {@link java.math.BigDecimal}, {@link Double}, {@link Float}) in a numeric column, or
 * {@code null} for an empty cell. Every cell is checked here, so rendering cannot fail half-way
 * through writing to a stream.
 *
 * <p>Immutable: both lists are copied; rows are unmodifiable lists that may hold {@code null}.
 */
public record ResultTable(List<Column> columns, List<List<Object>> rows) {

    public ResultTable {
        columns = List.copyOf(Objects.requireNonNull(columns, "columns"));
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("a result table needs at least one column");
        }
        Set<String> names = new HashSet<>();
        for (Column column : columns) {
            // json keys must be unique
            if (!names.add(column.name())) {
                throw new IllegalArgumentException("duplicate column name: " + column.name());
            }
        }
        Objects.requireNonNull(rows, "rows");
        List<List<Object>> copied = new ArrayList<>(rows.size());
        for (int r = 0; r < rows.size(); r++) {
            List<Object> row = Objects.requireNonNull(rows.get(r), "row " + r);
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException(
                        "row " + r + " has " + row.size() + " cells, expected " + columns.size());
            }
            // List.copyOf rejects null, and null is a legal (empty) cell
            List<Object> cells = Collections.unmodifiableList(new ArrayList<>(row));
            for (int c = 0; c < cells.size(); c++) {
                check(columns.get(c), cells.get(c), r);
            }
            copied.add(cells);
        }
        rows = Collections.unmodifiableList(copied);
    }

    /** Starts a table with these columns; add rows in order, then {@link Builder#build()}. */
    public static Builder builder(Column... columns) {
        return new Builder(List.of(columns));
    }

    /** Collects rows; {@link #build()} checks them all. Not thread-safe, meant for one command. */
    public static final class Builder {
        private final List<Column> columns;
        private final List<List<Object>> rows = new ArrayList<>();

        private Builder(List<Column> columns) {
            this.columns = columns;
        }

        /** One row, cells in column order, {@code null} for an empty cell. */
        public Builder row(Object... cells) {
            rows.add(Arrays.asList(cells.clone()));
            return this;
        }

        public ResultTable build() {
            return new ResultTable(columns, rows);
        }
    }

    private static void check(Column column, Object value, int row) {
        if (value == null) {
            return;
        }
        String where = "row " + row + ", column " + column.name() + ": ";
        if (column.kind() == ColumnKind.BOOLEAN) {
            if (!(value instanceof Boolean)) {
                throw new IllegalArgumentException(
                        where + "expected a Boolean, got " + value.getClass().getSimpleName());
            }
            return;
        }
        if (column.kind() == ColumnKind.TEXT) {
            if (!(value instanceof String)) {
                throw new IllegalArgumentException(
                        where + "expected a String, got " + value.getClass().getSimpleName());
            }
            return;
        }
        if (!(value instanceof Number number)) {
            throw new IllegalArgumentException(
                    where + "expected a Number, got " + value.getClass().getSimpleName());
        }
        BigDecimal decimal;
        try {
            decimal = Numbers.toBigDecimal(number);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + e.getMessage(), e);
        }
        // a fractional count is a bug upstream; rounding it away would hide the bug
        if (column.kind() == ColumnKind.COUNT && decimal.stripTrailingZeros().scale() > 0) {
            throw new IllegalArgumentException(
                    where + "a count must be a whole number, got " + decimal.toPlainString());
        }
    }
}
