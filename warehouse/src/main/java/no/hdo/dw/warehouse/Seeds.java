package no.hdo.dw.warehouse;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import no.hdo.dw.warehouse.internal.SqlResources;
import no.hdo.dw.warehouse.internal.SqlResources.SqlFile;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * The seeds under {@code sql/seeds/}: small tables the project owns (report lines, aging buckets,
 * the default account mapping) as CSV files, as dbt has them. The build loads each one as a table
 * {@code seeds.<file name>} of text columns, empty fields as null; a staging model gives the
 * columns their types, so the CSV stays plain text that the owners of the figures can edit.
 */
public final class Seeds {

    public static final String SCHEMA = "seeds";

    private Seeds() {}

    /** A seed: its name (the file name without {@code .csv}), its columns and its rows (null for an empty field). */
    public record Seed(String name, String path, List<String> columns, List<List<String>> rows) {

        public Seed {
            columns = List.copyOf(columns);
            rows = rows.stream()
                    .map(row -> java.util.Collections.unmodifiableList(new ArrayList<>(row)))
                    .toList();
        }
    }

    /** Every seed of the project, sorted by name. */
    public static List<Seed> seeds() {
        return SqlResources.list(SCHEMA, ".csv").stream().map(Seeds::parse).toList();
    }

    /** One seed by name, e.g. {@code ledger_account_report_line}. */
    public static Seed seed(String name) {
        return seeds().stream()
                .filter(seed -> seed.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new WarehouseException("no seed sql/" + SCHEMA + "/" + name + ".csv"));
    }

    /** (Re)creates one table per seed in the schema {@code seeds}. */
    static void load(Handle handle) {
        handle.execute("create schema if not exists " + SCHEMA);
        for (Seed seed : seeds()) {
            String columns =
                    seed.columns().stream().map(column -> column + " varchar").collect(Collectors.joining(", "));
            handle.execute("create or replace table " + SCHEMA + "." + seed.name() + " (" + columns + ")");
            if (seed.rows().isEmpty()) {
                continue;
            }
            String marks = seed.columns().stream().map(column -> "?").collect(Collectors.joining(", "));
            PreparedBatch batch =
                    handle.prepareBatch("insert into " + SCHEMA + "." + seed.name() + " values (" + marks + ")");
            for (List<String> row : seed.rows()) {
                for (int column = 0; column < row.size(); column++) {
                    batch.bind(column, row.get(column));
                }
                batch.add();
            }
            batch.execute();
        }
    }

    static Seed parse(SqlFile file) {
        List<List<String>> records = parseCsv(file);
        if (records.isEmpty()) {
            throw new WarehouseException("seed sql/" + file.path() + " has no header row");
        }
        List<String> columns = records.get(0);
        for (String column : columns) {
            if (column == null || !column.matches("[a-z][a-z0-9_]*")) {
                throw new WarehouseException("seed sql/" + file.path() + ", header: column '" + column
                        + "' is not a lower-case name (a-z, 0-9, _)");
            }
        }
        List<List<String>> rows = records.subList(1, records.size());
        for (int row = 0; row < rows.size(); row++) {
            if (rows.get(row).size() != columns.size()) {
                throw new WarehouseException("seed sql/" + file.path() + ", record " + (row + 1) + ": "
                        + rows.get(row).size() + " fields, the header has " + columns.size());
            }
        }
        return new Seed(file.baseName(), file.path(), columns, rows);
    }

    /** RFC 4180: fields separated by commas, quoted with {@code "} where they hold a comma, a quote or a line break. */
    private static List<List<String>> parseCsv(SqlFile file) {
        String text = file.text().startsWith("\uFEFF") ? file.text().substring(1) : file.text();
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        int line = 1;
        for (int at = 0; at < text.length(); at++) {
            char c = text.charAt(at);
            if (quoted) {
                if (c == '"' && at + 1 < text.length() && text.charAt(at + 1) == '"') {
                    field.append('"');
                    at++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
                wasQuoted = true;
            } else if (c == ',') {
                record.add(value(field, wasQuoted));
                field.setLength(0);
                wasQuoted = false;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && at + 1 < text.length() && text.charAt(at + 1) == '\n') {
                    at++;
                }
                line++;
                record.add(value(field, wasQuoted));
                field.setLength(0);
                wasQuoted = false;
                if (!(record.size() == 1 && record.get(0) == null)) {
                    records.add(record);
                }
                record = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new WarehouseException(
                    "seed sql/" + file.path() + ", line " + line + ": a quoted field is not closed");
        }
        if (!field.isEmpty() || wasQuoted || !record.isEmpty()) {
            record.add(value(field, wasQuoted));
            records.add(record);
        }
        return records;
    }

    private static String value(StringBuilder field, boolean wasQuoted) {
        return field.isEmpty() && !wasQuoted ? null : field.toString();
    }
}
