package no.hdo.dw.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;
import no.hdo.dw.feeds.TextFeed;
import no.hdo.dw.jobs.nightly.NightlyParameters;
import no.hdo.dw.jobs.nightly.NightlyRun;
import no.hdo.dw.jobs.nightly.RunReport;
import no.hdo.dw.pipeline.turnus.PseudonymKey;
import no.hdo.dw.warehouse.Home;

/**
 * How fast the nightly job lands a year of shifts of 2 000 persons (about a million shifts, twelve
 * monthly files), pseudonymising every employee number, next to DuckDB reading the same CSV files
 * by itself. Not a test: it prints figures (bench/README.md).
 *
 * <p>System properties: {@code bench.persons} (2 000), {@code bench.dir} ({@code target/bench-turnus}).
 */
public final class TurnusLandingBenchmark {

    private static final double MB = 1024.0 * 1024.0;
    private static final String[] UNITS = {"Drift kontrollrom", "Kundeservice", "Plattform", "Fag og stab"};

    private final PrintStream out = System.out;

    public static void main(String[] args) throws Exception {
        int persons = Integer.getInteger("bench.persons", 2_000);
        Path dir = Path.of(System.getProperty("bench.dir", "target/bench-turnus"))
                .toAbsolutePath()
                .normalize();
        new TurnusLandingBenchmark().run(persons, dir);
        System.exit(0);
    }

    void run(int persons, Path dir) throws Exception {
        Path inbox = dir.resolve("inbox");
        deleteRecursively(dir);
        long shifts = generate(inbox, persons);
        out.printf(
                Locale.ROOT,
                "Generated %,d shifts of %,d persons (2025), %.0f MB of CSV%n",
                shifts,
                persons,
                folderSize(inbox.resolve("turnus/shifts")) / MB);

        Path keyFile = Files.writeString(dir.resolve("bench.key"), "bench-key-not-for-real-data-0123456789\n");

        MemorySampler sampler = new MemorySampler();
        boolean hwmReset = MemorySampler.resetVmHwm();
        long started = System.currentTimeMillis();
        long startedNanos = System.nanoTime();
        RunReport report = NightlyRun.run(
                new Home(dir.resolve("home")),
                NightlyParameters.of(inbox, LocalDate.of(2026, 1, 1))
                        .withPseudonymKeySource(PseudonymKey.fileSource(keyFile)));
        double wall = (System.nanoTime() - startedNanos) / 1e9;
        sampler.sampleNow();
        long hwm = MemorySampler.vmHwm();
        RunReport.FeedReport landed = report.feeds().stream()
                .filter(feed -> feed.feed().equals("shifts"))
                .findFirst()
                .orElseThrow();
        double landingSeconds = report.stages().stream()
                .filter(stage -> stage.step().equals("shiftsLandingStep"))
                .mapToDouble(RunReport.StageReport::durationSeconds)
                .sum();
        MemorySampler.Peaks landing = sampler.peaks(started, started + Math.round(landingSeconds * 1000) + 2_000);
        MemorySampler.Peaks whole = sampler.peaks(started, System.currentTimeMillis());
        out.printf(
                Locale.ROOT,
                "Run %d: %s, exit %d%s%n",
                report.runId(),
                report.status(),
                report.exitCode(),
                report.message() == null ? "" : " (" + report.message() + ")");
        report.stages()
                .forEach(stage -> out.printf(Locale.ROOT, "  %-40s %8.1f s%n", stage.step(), stage.durationSeconds()));
        sampler.close();

        // DuckDB by itself on the same files.
        MemorySampler.resetVmHwm();
        Path database = dir.resolve("duckdb.duckdb");
        long duckStarted = System.nanoTime();
        long duckRows;
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + database);
                Statement statement = connection.createStatement()) {
            statement.execute(
                    "create table shifts as select * from read_csv('" + inbox.resolve("turnus/shifts")
                            + "/*.csv', delim = ';', "
                            + "header = true, columns = {shift_id: 'VARCHAR', employee_no: 'VARCHAR', org_unit: 'VARCHAR', "
                            + "\"start\": 'TIMESTAMP', \"end\": 'TIMESTAMP', shift_type: 'VARCHAR'}, timestampformat = '%Y-%m-%d %H:%M')");
            try (ResultSet rows = statement.executeQuery("select count(*) from shifts")) {
                rows.next();
                duckRows = rows.getLong(1);
            }
        }
        double duckSeconds = (System.nanoTime() - duckStarted) / 1e9;
        long duckHwm = MemorySampler.vmHwm();

        out.println();
        out.println("| method | shifts | seconds | shifts/s | peak heap MB | peak RSS MB | VmHWM MB |");
        out.println("|---|---:|---:|---:|---:|---:|---:|");
        out.printf(
                Locale.ROOT,
                "| nightly: shifts landing (read, validate, HMAC, Parquet, register) | %,d | %.1f | %,.0f | %.0f | %.0f | - |%n",
                landed.recordsRead(),
                landed.durationSeconds(),
                landed.recordsRead() / landed.durationSeconds(),
                landing.heapUsed() / MB,
                landing.rss() / MB);
        out.printf(
                Locale.ROOT,
                "| nightly: whole run (land 3 feeds, build, test, publish) | %,d | %.1f | %,.0f | %.0f | %.0f | %.0f |%n",
                landed.recordsRead(),
                wall,
                landed.recordsRead() / wall,
                whole.heapUsed() / MB,
                whole.rss() / MB,
                hwm / MB);
        out.printf(
                Locale.ROOT,
                "| DuckDB read_csv of the same files, by itself | %,d | %.1f | %,.0f | - | - | %.0f |%n",
                duckRows,
                duckSeconds,
                duckRows / duckSeconds,
                duckHwm / MB);
        if (!hwmReset) {
            out.println("(VmHWM could not be reset: each is the peak since the JVM started)");
        }
    }

    /** A year of a plain roster: weekdays 08-16, three in four persons weekends too, overtime on Tuesdays (and Fridays for every other person), standby and call-outs on Thursdays. */
    private static long generate(Path inbox, int persons) throws IOException {
        Path employees = TextFeed.EMPLOYEES.folder(inbox);
        try (TextFeed.Rows writer =
                TextFeed.EMPLOYEES.open(employees.resolve(TextFeed.EMPLOYEES.fileName("20260101013000")))) {
            for (int person = 0; person < persons; person++) {
                writer.fields(
                        String.valueOf(6_000_001 + person),
                        UNITS[person % UNITS.length],
                        "FAST",
                        "100",
                        "2020-01-01",
                        "",
                        "N");
            }
        }
        Path folder = TextFeed.SHIFTS.folder(inbox);
        long id = 0;
        for (YearMonth month = YearMonth.of(2025, 1);
                !month.isAfter(YearMonth.of(2025, 12));
                month = month.plusMonths(1)) {
            Path file = folder.resolve(TextFeed.SHIFTS.fileName(
                    month.toString(), month.plusMonths(1).atDay(1).toString().replace("-", "") + "013000"));
            try (TextFeed.Rows writer = TextFeed.SHIFTS.open(file)) {
                for (LocalDate day = month.atDay(1); !day.isAfter(month.atEndOfMonth()); day = day.plusDays(1)) {
                    boolean weekend = day.getDayOfWeek().getValue() >= 6;
                    for (int person = 0; person < persons; person++) {
                        String prefix =
                                ";" + (6_000_001 + person) + ";" + UNITS[person % UNITS.length] + ";" + day + " ";
                        if (!weekend || person % 4 != 3) {
                            writer.row("S-" + id++ + prefix + "08:00;" + day + " 16:00;ORD");
                        }
                        if (day.getDayOfWeek() == DayOfWeek.TUESDAY
                                || day.getDayOfWeek() == DayOfWeek.FRIDAY && person % 2 == 1) {
                            writer.row("S-" + id++ + prefix + "16:00;" + day + " 19:00;OT");
                        }
                        if (day.getDayOfWeek() == DayOfWeek.THURSDAY && person % 2 == 0) {
                            writer.row("S-" + id++ + prefix + "16:00;" + day.plusDays(1) + " 08:00;BV");
                            writer.row("S-" + id++ + prefix + "18:00;" + day + " 20:30;UTR");
                        }
                    }
                }
            }
        }
        return id;
    }

    static long folderSize(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile)
                    .mapToLong(path -> path.toFile().length())
                    .sum();
        }
    }

    static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
