package no.hdo.dw.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import no.hdo.dw.jobs.nightly.NightlyRun;
import no.hdo.dw.jobs.nightly.RunReport;
import no.hdo.dw.warehouse.Home;

/**
 * How fast the nightly job lands a large Bliksund file, next to DuckDB reading the same file by
 * itself. Not a test: it prints figures (bench/README.md).
 *
 * <ol>
 * <li>Generates (or reuses) {@code <dir>/inbox/video/bliksund/bliksund_20260301020000.jsonl} with
 * {@code bench.lines} lines ({@link BliksundFileGenerator}).</li>
 * <li>Runs the real nightly job ({@link NightlyRun#run}) into a fresh home {@code <dir>/home}: landing,
 * model build, data tests, publication. Reports the landing rate (records read / the feed's landing
 * duration from the run report) and the whole run's wall time.</li>
 * <li>Loads the same file into a fresh DuckDB file database with {@code read_json} and explicit
 * columns, and again with {@code read_json_auto}.</li>
 * </ol>
 *
 * Memory: the heap in use and VmRSS are sampled every 100 ms; VmHWM (the kernel's peak resident set)
 * is read at the end of each phase, having been reset before it through /proc/self/clear_refs.
 *
 * <p>System properties: {@code bench.lines} (10 000 000), {@code bench.dir} ({@code target/bench}),
 * {@code bench.methods} ({@code nightly,read_json,read_json_auto}).
 */
public final class BliksundLandingBenchmark {

    static final String FILE_NAME = "bliksund_20260301020000.jsonl";
    static final LocalDate RUN_DATE = LocalDate.of(2026, 3, 1);
    private static final double MB = 1024.0 * 1024.0;

    /** One line of the result table. */
    record Result(
            String method, long rows, double seconds, double cpuSeconds, long peakHeap, long peakRss, long vmHwm) {

        double rowsPerSecond() {
            return seconds > 0 ? rows / seconds : Double.NaN;
        }
    }

    private final PrintStream out = System.out;
    private final MemorySampler sampler = new MemorySampler();
    private final List<Result> results = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private Path landingArchive;
    private boolean hwmResettable;

    public static void main(String[] args) throws Exception {
        long lines = Long.getLong("bench.lines", 10_000_000L);
        Path dir = Path.of(System.getProperty("bench.dir", "target/bench"))
                .toAbsolutePath()
                .normalize();
        Set<String> methods = Set.of(System.getProperty("bench.methods", "nightly,read_json,read_json_auto")
                .split(","));
        new BliksundLandingBenchmark().run(lines, dir, methods);
        // The DuckDB and Spring threads are gone; exit without waiting for anything else.
        System.exit(0);
    }

    void run(long lines, Path dir, Set<String> methods) throws Exception {
        printEnvironment(dir, lines);

        Path inbox = dir.resolve("inbox");
        Path folder = inbox.resolve("video").resolve("bliksund");
        Path file = folder.resolve(FILE_NAME);
        prepareInbox(folder);
        long generateStarted = System.nanoTime();
        var generated = new BliksundFileGenerator().ensure(file, lines);
        double generateSeconds = (System.nanoTime() - generateStarted) / 1e9;
        if (generated.isPresent()) {
            var summary = generated.get();
            out.printf(
                    Locale.ROOT,
                    "Generated %s in %.1f s: %,d lines (%,d COMPLETED, %,d FAILED, %,d REJECTED, %,d with an extra field), %.0f MB%n",
                    file,
                    generateSeconds,
                    summary.lines(),
                    summary.completed(),
                    summary.failed(),
                    summary.rejected(),
                    summary.withExtraField(),
                    summary.bytes() / MB);
        } else {
            out.printf(
                    Locale.ROOT,
                    "Reusing %s: %,d lines, %.0f MB (checked in %.1f s)%n",
                    file,
                    lines,
                    Files.size(file) / MB,
                    generateSeconds);
        }
        out.flush();

        hwmResettable = MemorySampler.resetVmHwm();
        if (!hwmResettable) {
            notes.add(
                    "VmHWM could not be reset through /proc/self/clear_refs: each VmHWM is the peak since the JVM started.");
        }

        RunReport.FeedReport landed = null;
        if (methods.contains("nightly")) {
            landed = nightly(dir.resolve("home"), inbox);
            landingArchive = new Home(dir.resolve("home")).landing();
        }
        if (methods.contains("read_json")) {
            duckdb(
                    "DuckDB read_json, explicit columns",
                    dir.resolve("duckdb").resolve("read_json.duckdb"),
                    """
                    create table calls as
                    select * from read_json('%s', format = 'newline_delimited',
                        columns = {callId: 'VARCHAR', start: 'TIMESTAMPTZ', "end": 'TIMESTAMPTZ', centre: 'VARCHAR',
                                   status: 'VARCHAR', participants: 'INTEGER'})""".formatted(sql(file)),
                    landed);
        }
        if (methods.contains("read_json_auto")) {
            duckdb(
                    "DuckDB read_json_auto",
                    dir.resolve("duckdb").resolve("read_json_auto.duckdb"),
                    "create table calls as select * from read_json_auto('%s')".formatted(sql(file)),
                    landed);
        }
        sampler.close();
        printTable();
    }

    // ---- 1. the nightly job ----

    private RunReport.FeedReport nightly(Path homeFolder, Path inbox) throws IOException {
        deleteRecursively(homeFolder);
        settle();
        out.printf("%n== 1. The nightly job (NightlyRun.run) into a fresh home %s%n", homeFolder);
        out.flush();
        long gcBefore = gcMillis();
        long jitBefore = ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
        long cpuBefore = processCpuNanos();
        long mainCpuBefore = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        long started = System.currentTimeMillis();
        long startedNanos = System.nanoTime();
        RunReport report = NightlyRun.run(new Home(homeFolder), inbox, RUN_DATE);
        double wall = (System.nanoTime() - startedNanos) / 1e9;
        long finished = System.currentTimeMillis();
        sampler.sampleNow();
        long hwm = MemorySampler.vmHwm();
        long gcAfter = gcMillis();
        long jitAfter = ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
        double cpu = (processCpuNanos() - cpuBefore) / 1e9;
        double mainCpu = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - mainCpuBefore) / 1e9;
        String loadAverage = loadAverage();

        RunReport.FeedReport bliksund = report.feeds().stream()
                .filter(feed -> feed.feed().equals("bliksund"))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("the run report has no bliksund feed"));
        out.printf(
                Locale.ROOT,
                "Run %d: %s (exit code %d)%s%n",
                report.runId(),
                report.status(),
                report.exitCode(),
                report.message() == null ? "" : ": " + report.message());
        out.printf(
                Locale.ROOT,
                "video/bliksund: %d file(s) landed, %,d read, %,d accepted, %,d quarantined in %.1f s%n",
                bliksund.filesLanded(),
                bliksund.recordsRead(),
                bliksund.recordsAccepted(),
                bliksund.recordsQuarantined(),
                bliksund.durationSeconds());
        out.println("Stages:");
        double landingStepsSeconds = 0;
        for (RunReport.StageReport stage : report.stages()) {
            out.printf(Locale.ROOT, "  %-60s %-10s %8.1f s%n", stage.step(), stage.status(), stage.durationSeconds());
            if (stage.step().endsWith("LandingStep") && !stage.step().contains("FileLandingStep")) {
                landingStepsSeconds += stage.durationSeconds();
            }
        }
        out.printf(
                Locale.ROOT,
                "CPU during the run: process %.1f s, of which the job's (main) thread %.1f s; JIT compilation %.1f s;"
                        + " GC pauses %.1f s; wall %.1f s; load average at the end %s%n",
                cpu,
                mainCpu,
                (jitAfter - jitBefore) / 1000.0,
                (gcAfter - gcBefore) / 1000.0,
                wall,
                loadAverage);
        out.printf(Locale.ROOT, "Landing archive %.0f MB%n", folderSize(homeFolder.resolve("landing")) / MB);
        if (!"COMPLETED".equals(report.status())) {
            notes.add("The nightly run did not complete: " + report.message());
        }

        // The landing steps come first in the job: their window is from the job's start for their summed durations.
        long landingFrom = report.startedAt().toEpochMilli();
        long landingTo = landingFrom + Math.round(landingStepsSeconds * 1000);
        MemorySampler.Peaks landing = sampler.peaks(landingFrom, landingTo);
        MemorySampler.Peaks whole = sampler.peaks(started, finished);
        results.add(new Result(
                "nightly: bliksund landing (feed: read / duration)",
                bliksund.recordsRead(),
                bliksund.durationSeconds(),
                Double.NaN,
                landing.heapUsed(),
                landing.rss(),
                -1));
        results.add(new Result(
                "nightly: landing steps incl. SHA-256 of the file",
                bliksund.recordsRead(),
                landingStepsSeconds,
                Double.NaN,
                landing.heapUsed(),
                landing.rss(),
                -1));
        results.add(new Result(
                "nightly: whole NightlyRun.run (wall)",
                bliksund.recordsRead(),
                wall,
                cpu,
                whole.heapUsed(),
                whole.rss(),
                hwm));
        out.flush();
        return bliksund;
    }

    // ---- 2. DuckDB by itself ----

    private void duckdb(String method, Path database, String create, RunReport.FeedReport landed)
            throws IOException, SQLException {
        Files.createDirectories(database.getParent());
        Files.deleteIfExists(database);
        Files.deleteIfExists(database.resolveSibling(database.getFileName() + ".wal"));
        settle();
        out.printf("%n== %s into a fresh %s%n%s%n", method, database, create.strip());
        out.flush();
        long started = System.currentTimeMillis();
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + database);
                Statement statement = connection.createStatement()) {
            try (ResultSet settings = statement.executeQuery(
                    "select version(), current_setting('threads'), current_setting('memory_limit')")) {
                settings.next();
                out.printf(
                        "DuckDB %s, threads %s, memory_limit %s%n",
                        settings.getString(1), settings.getString(2), settings.getString(3));
            }
            long cpuBefore = processCpuNanos();
            long startedNanos = System.nanoTime();
            statement.execute(create);
            double seconds = (System.nanoTime() - startedNanos) / 1e9;
            double cpu = (processCpuNanos() - cpuBefore) / 1e9;
            sampler.sampleNow();
            long hwm = MemorySampler.vmHwm();
            long finished = System.currentTimeMillis();
            long rows;
            try (ResultSet count = statement.executeQuery("select count(*) from calls")) {
                count.next();
                rows = count.getLong(1);
            }
            try (ResultSet columns = statement.executeQuery(
                    "select string_agg(column_name || ' ' || data_type, ', ' order by column_index) from duckdb_columns() where table_name = 'calls'")) {
                columns.next();
                out.println("Columns: " + columns.getString(1));
            }
            try (ResultSet check = statement.executeQuery(
                    "select count(*) filter (where \"end\" is null), count(distinct callId), count(distinct centre) from calls")) {
                check.next();
                out.printf(
                        Locale.ROOT,
                        "%,d rows (%,d without end, %,d distinct callIds, %d centres) in %.1f s (process CPU %.1f s; load average %s)%n",
                        rows,
                        check.getLong(1),
                        check.getLong(2),
                        check.getLong(3),
                        seconds,
                        cpu,
                        loadAverage());
            }
            if (landed != null && landed.recordsAccepted() != rows) {
                notes.add(method + " made " + rows + " rows, the nightly landing accepted " + landed.recordsAccepted());
            }
            if (landed != null && Files.isDirectory(landingArchive)) {
                compareWithLanding(statement, method);
            }
            MemorySampler.Peaks peaks = sampler.peaks(started, finished);
            results.add(new Result(method, rows, seconds, cpu, peaks.heapUsed(), peaks.rss(), hwm));
        }
        out.printf(Locale.ROOT, "Database file: %.0f MB%n", Files.size(database) / MB);
        out.flush();
    }

    /** Whether DuckDB's table holds what the nightly job landed: the same calls, times and counts. */
    private void compareWithLanding(Statement statement, String method) throws SQLException {
        String fingerprint =
                "count(*), count(%s), sum(epoch_us(%s)), sum(epoch_us(%s)), sum(%s), count(distinct %s), count(distinct %s)";
        String query =
                "select " + fingerprint.formatted("\"end\"", "start", "\"end\"", "participants", "callId", "centre")
                        + " from calls"
                        + " union all select "
                        + fingerprint.formatted("end_at", "start_at", "end_at", "participants", "call_id", "centre")
                        + " from read_parquet('" + sql(landingArchive) + "/**/*.parquet')";
        List<String> rows = new ArrayList<>();
        try (ResultSet result = statement.executeQuery(query)) {
            while (result.next()) {
                List<String> values = new ArrayList<>();
                for (int column = 1; column <= 7; column++) {
                    values.add(result.getString(column));
                }
                rows.add(String.join(", ", values));
            }
        }
        boolean same = rows.size() == 2 && rows.get(0).equals(rows.get(1));
        out.println(
                "Same rows, times, participants and centres as the landed Parquet: " + (same ? "yes" : "NO " + rows));
        if (!same) {
            notes.add(method + " differs from the landed Parquet: " + rows);
        }
    }

    // ---- the table ----

    private void printTable() {
        out.println();
        out.println("== Results");
        String format = "%-52s %12s %9s %11s %8s %13s %13s %10s%n";
        out.printf(
                Locale.ROOT,
                format,
                "method",
                "rows",
                "seconds",
                "rows/s",
                "CPU s",
                "peak heap MB",
                "peak RSS MB*",
                "VmHWM MB");
        out.println("-".repeat(135));
        for (Result result : results) {
            out.printf(
                    Locale.ROOT,
                    format,
                    result.method(),
                    String.format(Locale.ROOT, "%,d", result.rows()),
                    String.format(Locale.ROOT, "%.1f", result.seconds()),
                    String.format(Locale.ROOT, "%,.0f", result.rowsPerSecond()),
                    Double.isNaN(result.cpuSeconds()) ? "-" : String.format(Locale.ROOT, "%.1f", result.cpuSeconds()),
                    String.format(Locale.ROOT, "%.0f", result.peakHeap() / MB),
                    String.format(Locale.ROOT, "%.0f", result.peakRss() / MB),
                    result.vmHwm() < 0 ? "-" : String.format(Locale.ROOT, "%.0f", result.vmHwm() / MB));
        }
        out.println();
        out.println("* peak heap and peak RSS are the highest of the samples taken every "
                + MemorySampler.INTERVAL_MILLIS + " ms in the phase (heap: MemoryMXBean heap used; RSS: VmRSS).");
        out.println("  VmHWM is the kernel's peak resident set of the whole JVM process over the phase"
                + (hwmResettable
                        ? " (reset before each phase; it starts from what the JVM already holds)."
                        : " (since the JVM started)."));
        out.println(
                "  The landing rows cover the landing steps only (approximate window); DuckDB's memory is native, outside the heap.");
        out.println(
                "  CPU s is the whole process's CPU time (all threads: JIT, GC, DuckDB's workers); rows/s is per wall-clock second.");
        for (String note : notes) {
            out.println("NOTE: " + note);
        }
        out.flush();
    }

    private void printEnvironment(Path dir, long lines) {
        Runtime runtime = Runtime.getRuntime();
        out.printf(Locale.ROOT, "Bliksund landing benchmark: %,d lines in %s%n", lines, dir);
        out.printf(
                Locale.ROOT,
                "Java %s (%s), %d processors, max heap %.0f MB, GC %s%n",
                System.getProperty("java.version"),
                System.getProperty("java.vm.name"),
                runtime.availableProcessors(),
                runtime.maxMemory() / MB,
                ManagementFactory.getGarbageCollectorMXBeans().stream()
                        .map(GarbageCollectorMXBean::getName)
                        .collect(Collectors.joining(", ")));
        out.printf(
                Locale.ROOT,
                "JVM arguments: %s%n",
                ManagementFactory.getRuntimeMXBean().getInputArguments());
        out.printf("Load average (1, 5, 15 min) at the start: %s%n", loadAverage());
    }

    // ---- helpers ----

    /** Removes any other file from the bench inbox's feed folder, so the run lands exactly one file. */
    private static void prepareInbox(Path folder) throws IOException {
        Files.createDirectories(folder);
        try (Stream<Path> files = Files.list(folder)) {
            for (Path other : files.filter(
                            path -> !path.getFileName().toString().equals(FILE_NAME))
                    .toList()) {
                deleteRecursively(other);
            }
        }
    }

    /** A full GC and a moment's rest, then VmHWM reset, so each phase starts from the same ground. */
    private void settle() {
        System.gc();
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (hwmResettable) {
            MemorySampler.resetVmHwm();
        }
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionTime)
                .sum();
    }

    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime()
                : -1;
    }

    /** The 1, 5 and 15 minute load averages: the machine may be busy with more than this benchmark. */
    static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }

    private static String sql(Path path) {
        return path.toAbsolutePath().toString().replace("'", "''");
    }

    private static long folderSize(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile)
                    .mapToLong(path -> {
                        try {
                            return Files.size(path);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    })
                    .sum();
        }
    }

    static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(path)) {
            for (Path each : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(each);
            }
        }
    }
}
