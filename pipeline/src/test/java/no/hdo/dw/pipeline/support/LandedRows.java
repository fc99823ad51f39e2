package no.hdo.dw.pipeline.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import no.hdo.dw.warehouse.DuckDbDatabase;
import no.hdo.dw.warehouse.Home;

/**
 * Reads back what a landing step left in a home: the registry and quarantine in {@code meta} of the
 * work warehouse, and the rows of the landed Parquet files. Each row is its columns joined by
 * {@code |}, {@code ∅} for null, as the jobs module's functional tests read the warehouse.
 */
public final class LandedRows {

    private LandedRows() {}

    /** A query on the work warehouse, read-only. */
    public static List<String> work(Home home, String sql) {
        try (DuckDbDatabase db = DuckDbDatabase.openReadOnly(home.workWarehouse())) {
            return db.jdbi()
                    .withHandle(handle ->
                            handle.createQuery(sql).map((rs, ctx) -> row(rs)).list());
        }
    }

    /** {@code meta.quarantined_record} of a source: {@code feed|file_name|record_no|field|value|reason}. */
    public static List<String> quarantine(Home home, String source) {
        return work(
                home,
                "select feed, file_name, record_no, field, value, reason from meta.quarantined_record where source = '"
                        + source + "' order by feed, file_name, record_no");
    }

    /** {@code meta.rejected_file} of a source: {@code feed|file_name|reason}. */
    public static List<String> rejectedFiles(Home home, String source) {
        return work(
                home,
                "select feed, file_name, reason from meta.rejected_file where source = '" + source
                        + "' order by feed, file_name");
    }

    /** {@code meta.landed_file} of a feed: {@code file_name|records_read|records_accepted|records_quarantined}, by name. */
    public static List<String> landedFiles(Home home, String source, String feed) {
        return work(
                home,
                "select file_name, records_read, records_accepted, records_quarantined from meta.landed_file where source = '"
                        + source + "' and feed = '" + feed + "' order by file_name");
    }

    /**
     * {@code select COLUMNS from} the landed Parquet files of a feed (as the registry names them),
     * {@code order by ORDER}: what a {@code raw} view of the build reads.
     */
    public static List<String> landed(Home home, String source, String feed, String columns, String order) {
        List<String> paths = work(
                home,
                "select archive_path from meta.landed_file where source = '" + source + "' and feed = '" + feed
                        + "' order by delivery_stamp, file_name");
        if (paths.isEmpty()) {
            return List.of();
        }
        String files = paths.stream()
                .map(path -> "'" + DuckDbDatabase.sqlLiteral(home.landing().resolve(path)) + "'")
                .collect(Collectors.joining(", ", "[", "]"));
        try (DuckDbDatabase scratch = DuckDbDatabase.inMemory()) {
            return scratch.jdbi()
                    .withHandle(handle -> handle.createQuery("select " + columns + " from read_parquet(" + files
                                    + ", union_by_name = true) order by " + order)
                            .map((rs, ctx) -> row(rs))
                            .list());
        }
    }

    /** The names of the files in the landing archive of a source, sorted. */
    public static List<String> archived(Home home, String source) {
        Path folder = home.landing().resolve(source);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile)
                    .map(path -> path.getFileName().toString())
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String row(ResultSet rs) throws SQLException {
        List<String> cells = new ArrayList<>();
        for (int column = 1; column <= rs.getMetaData().getColumnCount(); column++) {
            String cell = rs.getString(column);
            cells.add(cell == null ? "∅" : cell);
        }
        return String.join("|", cells);
    }
}
