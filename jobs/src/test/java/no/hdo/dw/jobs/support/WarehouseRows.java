package no.hdo.dw.jobs.support;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import no.hdo.dw.warehouse.DuckDbDatabase;
import no.hdo.dw.warehouse.Home;

/**
 * Reads back what a test home's work or published warehouse holds, each row as its columns joined
 * by {@code |} with {@code ∅} for null: one text form for every source's functional tests, so that
 * their expected rows read alike.
 */
public final class WarehouseRows {

    private WarehouseRows() {}

    public static List<String> published(Home home, String sql) {
        return query(home.publishedWarehouse(), sql);
    }

    public static List<String> work(Home home, String sql) {
        return query(home.workWarehouse(), sql);
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

    /** The home's job repository (H2, {@code state/jobs.mv.db}); a statement that returns no rows gives none. */
    public static List<String> jobRepository(Home home, String sql) {
        try (java.sql.Connection connection = java.sql.DriverManager.getConnection(
                        no.hdo.dw.pipeline.landing.JobRepositoryStore.url(home.jobRepository()));
                java.sql.Statement statement = connection.createStatement()) {
            List<String> rows = new ArrayList<>();
            if (statement.execute(sql)) {
                try (ResultSet rs = statement.getResultSet()) {
                    while (rs.next()) {
                        rows.add(row(rs));
                    }
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot query the job repository of " + home.root() + ": " + sql, e);
        }
    }

    /** Read-only, so a test may read while nothing else holds the file open for writing. */
    public static List<String> query(Path database, String sql) {
        try (DuckDbDatabase db = DuckDbDatabase.openReadOnly(database)) {
            return db.jdbi()
                    .withHandle(handle ->
                            handle.createQuery(sql).map((rs, ctx) -> row(rs)).list());
        }
    }

    public static String row(ResultSet rs) throws SQLException {
        List<String> cells = new ArrayList<>();
        for (int column = 1; column <= rs.getMetaData().getColumnCount(); column++) {
            String cell = rs.getString(column);
            cells.add(cell == null ? "∅" : cell);
        }
        return String.join("|", cells);
    }
}
