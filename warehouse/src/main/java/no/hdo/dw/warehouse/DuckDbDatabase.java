package no.hdo.dw.warehouse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import javax.sql.DataSource;
import no.hdo.dw.warehouse.internal.DuplicatingDataSource;
import no.hdo.dw.warehouse.internal.JavaTimeArguments;
import org.duckdb.DuckDBConnection;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One open DuckDB database file. DuckDB lets one process write a file, so the process keeps one
 * database instance and hands out duplicates of its connection.
 */
public final class DuckDbDatabase implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DuckDbDatabase.class);

    /** The number of threads DuckDB works with, if not one per core of the machine. */
    public static final String THREADS_VARIABLE = "HDO_DW_DUCKDB_THREADS";

    /** {@link #THREADS_VARIABLE}'s value, read once: null for one thread per core. */
    private static final String THREADS = threadsFromTheEnvironment();

    private final Path file;
    private final DuckDBConnection root;
    private final Jdbi jdbi;
    private final DataSource dataSource;

    private DuckDbDatabase(Path file, DuckDBConnection root) {
        this.file = file;
        this.root = root;
        this.dataSource = new DuplicatingDataSource(root);
        this.jdbi = Jdbi.create(dataSource).registerArgument(new JavaTimeArguments());
    }

    public static DuckDbDatabase openReadWrite(Path file) {
        return open(file, false);
    }

    public static DuckDbDatabase openReadOnly(Path file) {
        if (!Files.exists(file)) {
            throw new WarehouseException("no warehouse at " + file + ": has a nightly run published yet?");
        }
        return open(file, true);
    }

    /** An in-memory database, for scratch work such as reading Parquet files. */
    public static DuckDbDatabase inMemory() {
        return open(null, false);
    }

    private static DuckDbDatabase open(Path file, boolean readOnly) {
        try {
            if (file != null && !readOnly) {
                Files.createDirectories(file.toAbsolutePath().getParent());
            }
            Properties properties = new Properties();
            if (readOnly) {
                properties.setProperty("duckdb.read_only", "true");
            }
            String url = file == null ? "jdbc:duckdb:" : "jdbc:duckdb:" + file.toAbsolutePath();
            Connection connection = DriverManager.getConnection(url, properties);
            DuckDBConnection duckdb = connection.unwrap(DuckDBConnection.class);
            try (var statement = duckdb.createStatement()) {
                // Months and local times are Europe/Oslo throughout (sources.md, ground rules).
                statement.execute("set timezone = 'Europe/Oslo'");
                if (THREADS != null) {
                    statement.execute("set threads = " + THREADS);
                }
            }
            return new DuckDbDatabase(file, duckdb);
        } catch (SQLException | java.io.IOException e) {
            String what = file == null ? "an in-memory database" : file.toString();
            if (e.getMessage() != null && e.getMessage().contains("Could not set lock")) {
                // One writer per DuckDB file: most likely another nightly run is going on.
                throw new WarehouseException(
                        what + " is in use by another process (is another nightly run going on?): " + e.getMessage(),
                        e);
            }
            throw new WarehouseException("cannot open " + what + ": " + e.getMessage(), e);
        }
    }

    /** Fewer threads than the machine's cores, for a machine shared with other work (or two test JVMs). */
    private static String threadsFromTheEnvironment() {
        String threads = System.getenv(THREADS_VARIABLE);
        if (threads == null || threads.isBlank()) {
            return null;
        }
        if (!threads.strip().matches("[1-9]\\d{0,3}")) {
            log.warn(
                    "{}={} is not a number of threads (1 to 9999): DuckDB takes one per core",
                    THREADS_VARIABLE,
                    threads);
            return null;
        }
        return threads.strip();
    }

    /**
     * Caps this database's native memory, e.g. {@code 4GB}: DuckDB takes 80 % of the machine by
     * default, and an operator sharing the machine can say less.
     */
    public void limitMemory(String memoryLimit) {
        jdbi.useHandle(handle -> handle.execute("set memory_limit = '" + memoryLimit.replace("'", "") + "'"));
    }

    /** The most DuckDB takes by default: at ten times HDO's volume a night under 1 GB was as fast as under DuckDB's own 80 %. */
    static final long DEFAULT_MEMORY_LIMIT_CEILING_BYTES = 1L << 30;

    /** The least DuckDB is given by default, so that a small machine's quarter does not starve it (512 MB was 38 % slower). */
    static final long DEFAULT_MEMORY_LIMIT_FLOOR_BYTES = 256L << 20;

    /**
     * The memory limit of a nightly run when the operator gives none, from the machine's memory: a
     * quarter of it, at least 256 MB and at most 1 GB, so that DuckDB and the JVM together stay small
     * on a small server (DuckDB's own default, 80 % of the machine, took 4.4 GB at ten times the
     * volume for no gain). DuckDB spills what does not fit to {@code <database>.tmp} beside the file.
     */
    public static String defaultMemoryLimit() {
        var system = (com.sun.management.OperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return defaultMemoryLimit(system.getTotalMemorySize());
    }

    static String defaultMemoryLimit(long machineMemoryBytes) {
        long limit = Math.max(
                DEFAULT_MEMORY_LIMIT_FLOOR_BYTES, Math.min(DEFAULT_MEMORY_LIMIT_CEILING_BYTES, machineMemoryBytes / 4));
        return (limit >> 20) + "MiB";
    }

    /** A path as the contents of a SQL string literal: absolute, quotes doubled. */
    /** Whether the database {@code handle} is on has the table {@code schema.table}. */
    public static boolean hasTable(Handle handle, String schema, String table) {
        return handle.createQuery("select count(*) from duckdb_tables() where database_name = current_database()"
                                + " and schema_name = :schema and table_name = :table")
                        .bind("schema", schema)
                        .bind("table", table)
                        .mapTo(Long.class)
                        .one()
                > 0;
    }

    public static String sqlLiteral(Path path) {
        return path.toAbsolutePath().toString().replace("'", "''");
    }

    public Path file() {
        return file;
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    /** Each {@link DataSource#getConnection()} is a new duplicate connection to this database. */
    public DataSource dataSource() {
        return dataSource;
    }

    public DuckDBConnection connect() {
        try {
            return (DuckDBConnection) root.duplicate();
        } catch (SQLException e) {
            throw new WarehouseException("cannot connect to " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            root.close();
        } catch (SQLException e) {
            throw new WarehouseException("cannot close " + file + ": " + e.getMessage(), e);
        }
    }
}
