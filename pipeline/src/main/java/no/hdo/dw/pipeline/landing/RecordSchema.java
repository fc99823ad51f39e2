package no.hdo.dw.pipeline.landing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The typed columns a feed lands, each with the accessor that reads it from the feed's record
 * type. The landing archive's Parquet schema follows from it.
 */
public final class RecordSchema<T> {

    public enum ColumnType {
        STRING,
        INT,
        LONG,
        DOUBLE,
        BOOLEAN,
        DATE,
        /** An instant, stored as a UTC-adjusted timestamp (DuckDB: timestamp with time zone). */
        INSTANT,
        /** A local date-time without zone. */
        LOCAL_DATE_TIME,
        /** A decimal with two decimals (amounts in NOK). */
        DECIMAL_2
    }

    public record Column<T>(String name, ColumnType type, boolean required, Function<T, ?> accessor) {}

    private final List<Column<T>> columns;

    private RecordSchema(List<Column<T>> columns) {
        this.columns = List.copyOf(columns);
    }

    public static <T> Builder<T> builder() {
        return new Builder<>();
    }

    public List<Column<T>> columns() {
        return columns;
    }

    public static final class Builder<T> {

        private final List<Column<T>> columns = new ArrayList<>();

        public Builder<T> string(String name, boolean required, Function<T, String> accessor) {
            return add(name, ColumnType.STRING, required, accessor);
        }

        public Builder<T> integer(String name, boolean required, Function<T, Integer> accessor) {
            return add(name, ColumnType.INT, required, accessor);
        }

        public Builder<T> bigint(String name, boolean required, Function<T, Long> accessor) {
            return add(name, ColumnType.LONG, required, accessor);
        }

        public Builder<T> real(String name, boolean required, Function<T, Double> accessor) {
            return add(name, ColumnType.DOUBLE, required, accessor);
        }

        public Builder<T> bool(String name, boolean required, Function<T, Boolean> accessor) {
            return add(name, ColumnType.BOOLEAN, required, accessor);
        }

        public Builder<T> date(String name, boolean required, Function<T, LocalDate> accessor) {
            return add(name, ColumnType.DATE, required, accessor);
        }

        public Builder<T> instant(String name, boolean required, Function<T, Instant> accessor) {
            return add(name, ColumnType.INSTANT, required, accessor);
        }

        public Builder<T> localDateTime(String name, boolean required, Function<T, LocalDateTime> accessor) {
            return add(name, ColumnType.LOCAL_DATE_TIME, required, accessor);
        }

        public Builder<T> amount(String name, boolean required, Function<T, BigDecimal> accessor) {
            return add(name, ColumnType.DECIMAL_2, required, accessor);
        }

        /** A column of any type; the accessor must return the type's Java value (see {@link ColumnType}). */
        public Builder<T> column(String name, ColumnType type, boolean required, Function<T, ?> accessor) {
            return add(name, type, required, accessor);
        }

        private Builder<T> add(String name, ColumnType type, boolean required, Function<T, ?> accessor) {
            columns.add(new Column<>(name, type, required, accessor));
            return this;
        }

        public RecordSchema<T> build() {
            return new RecordSchema<>(columns);
        }
    }
}
