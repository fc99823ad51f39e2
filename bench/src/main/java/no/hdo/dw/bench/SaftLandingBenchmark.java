package no.hdo.dw.bench;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import no.hdo.dw.jobs.nightly.NightlyRun;
import no.hdo.dw.jobs.nightly.RunReport;
import no.hdo.dw.warehouse.Home;

/**
 * How fast the nightly job lands a large SAF-T file (bench.lines lines, 2 000 000 ≈ 1 GB) with its
 * streaming StAX reader, and at what memory, next to DuckDB loading the same lines from a CSV by
 * itself. Not a test: it prints figures (bench/README.md, "SaftLandingBenchmark").
 */
public final class SaftLandingBenchmark {

    private static final double MB = 1024.0 * 1024.0;
    private final PrintStream out = System.out;
    private final MemorySampler sampler = new MemorySampler();

    public static void main(String[] args) throws Exception {
        long lines = Long.getLong("bench.lines", 2_000_000L);
        Path dir = Path.of(System.getProperty("bench.dir", "target/bench"))
                .toAbsolutePath()
                .normalize()
                .resolve("saft");
        new SaftLandingBenchmark().run(lines, dir);
        System.exit(0);
    }

    void run(long lines, Path dir) throws Exception {
        out.printf(
                Locale.ROOT,
                "SAF-T landing benchmark: %,d lines in %s; Java %s, %d processors, max heap %.0f MB; load %s%n",
                lines,
                dir,
                System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() / MB,
                BliksundLandingBenchmark.loadAverage());
        Path inbox = dir.resolve("inbox");
        Path saft = inbox.resolve("ledger").resolve("saft").resolve("SAF-T Financial_986352325_20260115020000_1_1.xml");
        Path csv = dir.resolve("csv").resolve("saft_lines.csv");
        long started = System.nanoTime();
        boolean written = new SaftFileGenerator().ensure(saft, csv, lines);
        out.printf(
                Locale.ROOT,
                "%s %s (%.0f MB) and %s (%.0f MB) in %.1f s%n",
                written ? "Generated" : "Reusing",
                saft,
                Files.size(saft) / MB,
                csv,
                Files.size(csv) / MB,
                (System.nanoTime() - started) / 1e9);

        // 0. the reader and validator alone, in a plain loop: what the StAX parse costs without Spring Batch and
        // Parquet
        if (System.getProperty("bench.methods", "").contains("reader")) {
            for (int round = 1; round <= 2; round++) {
                long readerStarted = System.nanoTime();
                long records = 0;
                var validator = new no.hdo.dw.pipeline.ledger.SaftRecordValidator();
                List<String> retained = new java.util.ArrayList<>();
                long every = Math.max(1, lines / 4);
                try (var reader = no.hdo.dw.pipeline.ledger.SaftReader.open(saft)) {
                    for (var record = reader.next(); record != null; record = reader.next()) {
                        validator.process(record);
                        records++;
                        // In the second round: the heap that survives a full GC, a quarter of the way at a time (flat =
                        // the reader keeps nothing).
                        if (round == 2 && records % every == 0) {
                            System.gc();
                            retained.add(String.format(
                                    Locale.ROOT,
                                    "%.1f",
                                    java.lang.management.ManagementFactory.getMemoryMXBean()
                                                    .getHeapMemoryUsage()
                                                    .getUsed()
                                            / MB));
                        }
                    }
                }
                if (!retained.isEmpty()) {
                    out.println(
                            "Heap after a full GC at each quarter of the file (MB): " + String.join(", ", retained));
                }
                double seconds = (System.nanoTime() - readerStarted) / 1e9;
                out.printf(
                        Locale.ROOT,
                        "Reader + validator alone, round %d: %,d records in %.1f s = %,.0f records/s (%.0f MB/s of XML)%n",
                        round,
                        records,
                        seconds,
                        records / seconds,
                        Files.size(saft) / MB / seconds);
            }
        }

        // 1. the nightly job
        Path homeFolder = dir.resolve("home");
        BliksundLandingBenchmark.deleteRecursively(homeFolder);
        System.gc();
        MemorySampler.resetVmHwm();
        long from = System.currentTimeMillis();
        long wallStarted = System.nanoTime();
        RunReport report = NightlyRun.run(new Home(homeFolder), inbox, LocalDate.of(2026, 1, 16));
        double wall = (System.nanoTime() - wallStarted) / 1e9;
        long hwm = MemorySampler.vmHwm();
        RunReport.FeedReport feed = report.feeds().stream()
                .filter(f -> f.feed().equals("saft"))
                .findFirst()
                .orElseThrow();
        double landingSteps = report.stages().stream()
                .filter(stage -> stage.step().equals("saftLandingStep"))
                .mapToDouble(RunReport.StageReport::durationSeconds)
                .sum();
        MemorySampler.Peaks landing = sampler.peaks(from, from + Math.round(landingSteps * 1000) + 2000);
        out.printf(
                Locale.ROOT,
                "Run: %s, exit %d%s%n",
                report.status(),
                report.exitCode(),
                report.message() == null ? "" : " " + report.message());
        out.printf(
                Locale.ROOT,
                "ledger/saft: %,d records read (%,d lines + master data + header), %,d quarantined, landing %.1f s = %,.0f records/s%n",
                feed.recordsRead(),
                lines,
                feed.recordsQuarantined(),
                feed.durationSeconds(),
                feed.recordsRead() / feed.durationSeconds());
        out.printf(
                Locale.ROOT,
                "Landing: peak heap %.0f MB, peak RSS %.0f MB; whole run %.1f s, VmHWM %.0f MB%n",
                landing.heapUsed() / MB,
                landing.rss() / MB,
                wall,
                hwm / MB);
        for (RunReport.StageReport stage : report.stages()) {
            out.printf(Locale.ROOT, "  %-40s %-10s %8.1f s%n", stage.step(), stage.status(), stage.durationSeconds());
        }

        // 2. DuckDB by itself, the same lines from a CSV
        Path database = dir.resolve("duckdb").resolve("read_csv.duckdb");
        Files.createDirectories(database.getParent());
        Files.deleteIfExists(database);
        System.gc();
        MemorySampler.resetVmHwm();
        long duckFrom = System.currentTimeMillis();
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + database);
                Statement statement = connection.createStatement()) {
            long duckStarted = System.nanoTime();
            statement.execute("""
                    create table saft_lines as select * from read_csv('%s', delim = ';', header = true, columns = {
                        transaction_id: 'VARCHAR', period_year: 'INTEGER', period: 'INTEGER', transaction_date: 'DATE',
                        record_id: 'VARCHAR', account_id: 'VARCHAR', department_id: 'VARCHAR',
                        debit_amount: 'DECIMAL(18,2)', credit_amount: 'DECIMAL(18,2)', description: 'VARCHAR'})""".formatted(csv.toAbsolutePath().toString().replace("'", "''")));
            double seconds = (System.nanoTime() - duckStarted) / 1e9;
            long duckHwm = MemorySampler.vmHwm();
            MemorySampler.Peaks duck = sampler.peaks(duckFrom, System.currentTimeMillis());
            try (ResultSet result =
                    statement.executeQuery("select count(*), sum(debit_amount), sum(credit_amount) from saft_lines")) {
                result.next();
                out.printf(
                        Locale.ROOT,
                        "DuckDB read_csv: %,d rows (debit %s, credit %s) in %.1f s = %,.0f rows/s; peak RSS %.0f MB, VmHWM %.0f MB%n",
                        result.getLong(1),
                        result.getBigDecimal(2),
                        result.getBigDecimal(3),
                        seconds,
                        result.getLong(1) / seconds,
                        duck.rss() / MB,
                        duckHwm / MB);
            }
        }
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(
                        "select count(*), sum(debit_amount), sum(credit_amount) from read_parquet('"
                                + homeFolder.resolve("landing").toAbsolutePath()
                                + "/ledger/saft/**/*.parquet') where record_kind = 'line'")) {
            result.next();
            out.printf(
                    Locale.ROOT,
                    "Landed Parquet: %,d lines (debit %s, credit %s)%n",
                    result.getLong(1),
                    result.getBigDecimal(2),
                    result.getBigDecimal(3));
        }
        sampler.close();
    }
}
