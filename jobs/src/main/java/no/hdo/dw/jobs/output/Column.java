package no.hdo.dw.jobs.output;

import java.util.Objects;

/**
 * One column of a {@link ResultTable}.
 *
 * @param name the header in every format and the key in json, e.g. {@code total_pct} (cli.md)
 * @param kind how the values are written
 */
public record Column(String name, ColumnKind kind) {

    public Column {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        if (name.isBlank()) {
            throw new IllegalArgumentException("column name must not be blank");
        }
    }

    public static Column text(String name) {
        return new Column(name, ColumnKind.TEXT);
    }

    public static Column of(String name, ColumnKind kind) {
        return new Column(name, kind);
    }
}
