package no.hdo.dw.pipeline.landing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import no.hdo.dw.warehouse.DuckDbDatabase;
import no.hdo.dw.warehouse.Home;
import no.hdo.dw.warehouse.WarehouseException;
import org.h2.jdbcx.JdbcConnectionPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;

/**
 * The Spring Batch job repository of a home: an H2 file, {@code state/jobs.mv.db}, with Spring
 * Batch's own H2 schema. A landing step writes a few rows per file (step executions, contexts), each
 * a small transaction; DuckDB, which holds the warehouse, takes a millisecond or more for each, H2 a
 * fraction of that. Every commit is written to the file before it returns ({@code WRITE_DELAY=0}), so
 * a killed process loses nothing it committed.
 *
 * <p>A home whose runs were recorded in the former DuckDB repository ({@code state/jobs.duckdb}) has
 * its rows copied over once, before the first run on H2, so its run numbering goes on; the DuckDB file
 * is then left as it was and no longer read.
 */
public final class JobRepositoryStore implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(JobRepositoryStore.class);

    private static final String SUFFIX = ".mv.db";

    /** The tables of Spring Batch's schema, parents first. */
    private static final List<String> TABLES = List.of(
            "BATCH_JOB_INSTANCE",
            "BATCH_JOB_EXECUTION",
            "BATCH_JOB_EXECUTION_PARAMS",
            "BATCH_JOB_EXECUTION_CONTEXT",
            "BATCH_STEP_EXECUTION",
            "BATCH_STEP_EXECUTION_CONTEXT");

    /** The sequences Spring Batch takes ids from, with the table and column of the ids. */
    private record Sequence(String name, String table, String column) {}

    private static final List<Sequence> SEQUENCES = List.of(
            new Sequence("BATCH_JOB_INSTANCE_SEQ", "BATCH_JOB_INSTANCE", "JOB_INSTANCE_ID"),
            new Sequence("BATCH_JOB_EXECUTION_SEQ", "BATCH_JOB_EXECUTION", "JOB_EXECUTION_ID"),
            new Sequence("BATCH_STEP_EXECUTION_SEQ", "BATCH_STEP_EXECUTION", "STEP_EXECUTION_ID"));

    private final JdbcConnectionPool pool;

    private JobRepositoryStore(JdbcConnectionPool pool) {
        this.pool = pool;
    }

    /** Opens the home's job repository, making it (and copying the former DuckDB one's rows) the first time. */
    public static JobRepositoryStore open(Home home) {
        Path file = home.jobRepository();
        try {
            if (!Files.exists(file)) {
                create(file, home.formerJobRepository());
            }
            return new JobRepositoryStore(JdbcConnectionPool.create(url(file), "", ""));
        } catch (SQLException e) {
            throw new WarehouseException("cannot open the job repository " + file + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make the job repository " + file, e);
        }
    }

    /** A JDBC URL for an H2 file, given as the {@code .mv.db} file H2 keeps it in. */
    public static String url(Path file) {
        String name = file.toAbsolutePath().toString();
        if (!name.endsWith(SUFFIX)) {
            throw new IllegalArgumentException("an H2 database file ends with " + SUFFIX + ": " + file);
        }
        // WRITE_DELAY=0: a commit is in the file when it returns; no trace file in the home.
        return "jdbc:h2:file:" + name.substring(0, name.length() - SUFFIX.length())
                + ";WRITE_DELAY=0;TRACE_LEVEL_FILE=0";
    }

    public DataSource dataSource() {
        return pool;
    }

    @Override
    public void close() {
        pool.dispose();
    }

    /** Made under another name and renamed when whole, so a run that dies here leaves no half-made repository. */
    private static void create(Path file, Path former) throws SQLException, IOException {
        Files.createDirectories(file.getParent());
        Path making = file.resolveSibling(".making-" + file.getFileName());
        Files.deleteIfExists(making);
        try (Connection connection = DriverManager.getConnection(url(making))) {
            try (Statement statement = connection.createStatement()) {
                for (String command : schema()) {
                    statement.execute(command);
                }
            }
            if (Files.exists(former)) {
                copyRows(former, connection);
            }
        }
        Files.move(making, file, StandardCopyOption.ATOMIC_MOVE);
    }

    private static List<String> schema() throws IOException {
        String script = new ClassPathResource("org/springframework/batch/core/schema-h2.sql")
                .getContentAsString(StandardCharsets.UTF_8);
        List<String> commands = new ArrayList<>();
        for (String command : script.replaceAll("(?m)^--.*$", "").split(";")) {
            if (!command.isBlank()) {
                commands.add(command.strip());
            }
        }
        return commands;
    }

    /** Every row of the former DuckDB repository, and ids that go on from where its sequences were. */
    private static void copyRows(Path former, Connection target) throws SQLException {
        long copied = 0;
        try (DuckDbDatabase duckdb = DuckDbDatabase.openReadOnly(former);
                Connection source = duckdb.connect()) {
            target.setAutoCommit(false);
            for (String table : TABLES) {
                copied += copyTable(source, target, table);
            }
            for (Sequence sequence : SEQUENCES) {
                long next = Math.max(
                                single(
                                        source,
                                        "select coalesce(max(" + sequence.column() + "), 0) from " + sequence.table()),
                                single(
                                        source,
                                        "select coalesce(max(last_value), 0) from duckdb_sequences() where lower(sequence_name) = '"
                                                + sequence.name().toLowerCase() + "'"))
                        + 1;
                try (Statement statement = target.createStatement()) {
                    statement.execute("alter sequence " + sequence.name() + " restart with " + next);
                    statement.execute("alter table " + sequence.table() + " alter column " + sequence.column()
                            + " restart with " + next);
                }
            }
            target.commit();
        }
        log.info("Copied the job repository's {} rows from {} (no longer read)", copied, former);
    }

    private static long copyTable(Connection source, Connection target, String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (Statement statement = target.createStatement();
                ResultSet empty = statement.executeQuery("select * from " + table + " where 1 = 0")) {
            ResultSetMetaData metadata = empty.getMetaData();
            for (int i = 1; i <= metadata.getColumnCount(); i++) {
                columns.add(metadata.getColumnName(i));
            }
        }
        String list = String.join(", ", columns);
        long rows = 0;
        try (Statement select = source.createStatement();
                ResultSet result = select.executeQuery("select " + list + " from " + table);
                PreparedStatement insert = target.prepareStatement("insert into " + table + " (" + list + ") values ("
                        + String.join(", ", columns.stream().map(column -> "?").toList()) + ")")) {
            while (result.next()) {
                for (int i = 1; i <= columns.size(); i++) {
                    insert.setObject(i, result.getObject(i));
                }
                insert.addBatch();
                rows++;
            }
            insert.executeBatch();
        }
        return rows;
    }

    private static long single(Connection connection, String query) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(query)) {
            result.next();
            return result.getLong(1);
        }
    }
}
