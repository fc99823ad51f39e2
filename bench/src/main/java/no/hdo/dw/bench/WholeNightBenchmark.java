package no.hdo.dw.bench;

import static java.lang.System.out;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import no.hdo.dw.demo.LedgerDemoFeeds;
import no.hdo.dw.demo.LifexDemoFeeds;
import no.hdo.dw.demo.MedieloggDemoFeeds;
import no.hdo.dw.feeds.TextFeed;
import no.hdo.dw.feeds.VideoLines;
import no.hdo.dw.jobs.nightly.NightlyParameters;
import no.hdo.dw.jobs.nightly.NightlyRun;
import no.hdo.dw.jobs.nightly.RunReport;
import no.hdo.dw.pipeline.turnus.PseudonymKey;
import no.hdo.dw.warehouse.Home;

/**
 * The whole night (issue 13, item 6): an inbox of all five sources for 13 months (February 2025 to
 * February 2026) at {@code bench.scale} times HDO's volume (1: about 250 000 video calls, 2 M media-log
 * calls, 200 staff with their shifts a year), video and media-log calls delivered daily with the day
 * before repeated, the ledger and LifeX as the demo delivers them; then, in one go, the first night,
 * a night with one more day, a night with nothing new, and DuckDB loading the same raw text files by
 * itself. Prints wall, CPU and peak RSS per night, the stages and the feeds, and the ratios.
 */
public final class WholeNightBenchmark {

    private static final double MB = 1024.0 * 1024.0;
    private static final YearMonth FIRST = YearMonth.of(2025, 2);
    private static final YearMonth LAST = YearMonth.of(2026, 2);
    private static final String[] CENTRES = {"AMK Oslo", "AMK Bergen", "AMK Trondheim", "AMK Stavanger"};
    private static final String[] SITES = {"AMK Oslo", "AMK Bergen", "AMK Trondheim", "AMK Stavanger"};
    private static final String[] UNITS = {"Drift kontrollrom", "Kundeservice", "Plattform", "Fag og stab"};

    public static void main(String[] args) throws Exception {
        double scale = Double.parseDouble(System.getProperty("bench.scale", "1"));
        Path dir = Path.of(System.getProperty("bench.dir", "target/bench-night"))
                .toAbsolutePath()
                .normalize();
        new WholeNightBenchmark().run(scale, dir);
        System.exit(0);
    }

    private record Night(String name, RunReport report, double wallSeconds, double cpuSeconds, long peakRssBytes) {}

    void run(double scale, Path dir) throws Exception {
        TurnusLandingBenchmark.deleteRecursively(dir);
        Path inbox = dir.resolve("inbox");
        long generateStarted = System.nanoTime();
        Map<String, Long> rows = generate(inbox, scale, LAST.atEndOfMonth());
        out.printf(
                Locale.ROOT,
                "Generated the inbox at scale %.1f in %.0f s: %s, %.0f MB%n",
                scale,
                (System.nanoTime() - generateStarted) / 1e9,
                rows,
                TurnusLandingBenchmark.folderSize(inbox) / MB);
        Path keyFile = Files.writeString(dir.resolve("bench.key"), "bench-key-not-for-real-data-0123456789\n");
        Home home = new Home(dir.resolve("home"));

        List<Night> nights = new ArrayList<>();
        // The first night on 2 March, so that the next one (3 March) is an ordinary day: a night on the 1st or 2nd
        // of a month moves the reporting month, and with it every monthly report.
        nights.add(night("first night, 13 months", home, inbox, keyFile, LocalDate.of(2026, 3, 2)));
        Map<String, Long> day = daily(inbox, scale, LocalDate.of(2026, 3, 1));
        out.printf(Locale.ROOT, "Delivered one more day: %s%n", day);
        nights.add(night("the next night, one more day", home, inbox, keyFile, LocalDate.of(2026, 3, 3)));
        nights.add(night("a night with nothing new", home, inbox, keyFile, LocalDate.of(2026, 3, 4)));
        correctFebruary(inbox);
        nights.add(night(
                "corrections of January-February (SAF-T, shifts, absences)",
                home,
                inbox,
                keyFile,
                LocalDate.of(2026, 3, 5)));
        double[] duck = duckdbAlone(inbox, dir.resolve("duckdb-alone.duckdb"));

        out.println();
        out.println("| night | exit | wall s | CPU s | peak RSS MB | landing s | build s | tests s | publish s |");
        out.println("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        for (Night night : nights) {
            out.printf(
                    Locale.ROOT,
                    "| %s | %d | %.1f | %.1f | %.0f | %.1f | %.1f | %.1f | %.1f |%n",
                    night.name(),
                    night.report().exitCode(),
                    night.wallSeconds(),
                    night.cpuSeconds(),
                    night.peakRssBytes() / MB,
                    stage(night.report(), "LandingStep"),
                    stage(night.report(), "buildStep"),
                    stage(night.report(), "testStep"),
                    stage(night.report(), "publishStep"));
        }
        out.printf(
                Locale.ROOT,
                "| DuckDB by itself loading the same text files into tables | - | %.1f | %.1f | %.0f | | | | |%n",
                duck[0],
                duck[1],
                duck[2] / MB);
        out.printf(
                Locale.ROOT,
                "%nFirst night / DuckDB alone: %.1f x wall (DuckDB reads neither the SAF-T XML nor the .xlsx tracker)%n",
                nights.get(0).wallSeconds() / duck[0]);
        out.println();
        out.println("| feed (first night) | records read | seconds | rows/s |");
        out.println("| --- | ---: | ---: | ---: |");
        for (RunReport.FeedReport feed : nights.get(0).report().feeds()) {
            out.printf(
                    Locale.ROOT,
                    "| %s/%s | %,d | %.1f | %,.0f |%n",
                    feed.source(),
                    feed.feed(),
                    feed.recordsRead(),
                    feed.durationSeconds(),
                    feed.rowsPerSecond() == null ? 0.0 : feed.rowsPerSecond());
        }
    }

    private static Night night(String name, Home home, Path inbox, Path keyFile, LocalDate date) {
        MemorySampler sampler = new MemorySampler();
        MemorySampler.resetVmHwm();
        long cpuBefore = processCpuNanos();
        long started = System.nanoTime();
        RunReport report = NightlyRun.run(
                home, NightlyParameters.of(inbox, date).withPseudonymKeySource(PseudonymKey.fileSource(keyFile)));
        double wall = (System.nanoTime() - started) / 1e9;
        double cpu = (processCpuNanos() - cpuBefore) / 1e9;
        sampler.sampleNow();
        long hwm = MemorySampler.vmHwm();
        sampler.close();
        out.printf(
                Locale.ROOT,
                "%s: run %d, exit %d, %.1f s wall, %.1f s CPU, VmHWM %.0f MB%s%n",
                name,
                report.runId(),
                report.exitCode(),
                wall,
                cpu,
                hwm / MB,
                report.message() == null ? "" : " (" + report.message() + ")");
        report.stages()
                .forEach(stage -> out.printf(Locale.ROOT, "  %-32s %8.1f s%n", stage.step(), stage.durationSeconds()));
        return new Night(name, report, wall, cpu, hwm);
    }

    private static double stage(RunReport report, String suffix) {
        return report.stages().stream()
                .filter(stage -> stage.step().endsWith(suffix))
                .mapToDouble(RunReport.StageReport::durationSeconds)
                .sum();
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    // --- the inbox -----------------------------------------------------------------------------------

    private static Map<String, Long> generate(Path inbox, double scale, LocalDate lastDay) throws IOException {
        // about 2 M SAF-T lines at ten times the volume: the demo's ledger, with postings taken back at once
        LedgerDemoFeeds.write(inbox, (int) Math.round(200_000 * scale / 2 / 14));
        LifexDemoFeeds.write(inbox);
        MedieloggDemoFeeds.write(inbox);
        // the demo's media-log calls give way to the scaled ones; its availability files stay
        TurnusLandingBenchmark.deleteRecursively(TextFeed.MEDIELOGG_CALLS.folder(inbox));
        Map<String, Long> rows = new LinkedHashMap<>();
        for (LocalDate day = FIRST.atDay(1); !day.isAfter(lastDay); day = day.plusDays(1)) {
            daily(inbox, scale, day).forEach((feed, count) -> rows.merge(feed, count, Long::sum));
        }
        int persons = (int) Math.max(8, Math.round(200 * scale));
        rows.put("shifts", turnus(inbox, persons));
        rows.put("absences", absences(inbox, persons));
        return rows;
    }

    /** The daily deliveries of {@code day}: each file holds the day before again and the day itself. */
    private static Map<String, Long> daily(Path inbox, double scale, LocalDate day) throws IOException {
        String stamp = day.plusDays(1).toString().replace("-", "") + "020000";
        long videoPerDay = Math.round(685 * scale);
        long medieloggPerDay = Math.round(5_480 * scale);
        Map<String, Long> rows = new LinkedHashMap<>();
        List<String> bliksund = new ArrayList<>();
        List<String> snla = new ArrayList<>();
        List<String> calls = new ArrayList<>();
        for (LocalDate of : List.of(day.minusDays(1), day)) {
            SplittableRandom random = new SplittableRandom(of.toEpochDay());
            long dayStart = of.atStartOfDay(VideoLines.OSLO).toEpochSecond();
            for (long index = 0; index < videoPerDay; index++) {
                long start = dayStart + random.nextLong(86_000);
                long end = start + 30 + random.nextInt(900);
                String centre = CENTRES[random.nextInt(CENTRES.length)];
                boolean completed = random.nextInt(10) != 0;
                if (index % 5 < 3) {
                    bliksund.add(VideoLines.bliksund(
                            "b-" + of.toEpochDay() + "-" + index,
                            start,
                            completed ? end : -1,
                            centre,
                            completed ? "COMPLETED" : "FAILED",
                            1 + random.nextInt(3),
                            null));
                } else {
                    snla.add(VideoLines.snla(
                            "S-" + of.toEpochDay() + "-" + index,
                            start,
                            completed ? end : -1,
                            centre,
                            completed ? "Gjennomført" : "Avbrutt"));
                }
            }
            for (long index = 0; index < medieloggPerDay; index++) {
                long start = dayStart + random.nextLong(86_000);
                String channel = random.nextInt(4) == 0 ? "NODNETT" : "TELEFON";
                calls.add(TextFeed.MEDIELOGG_CALLS.row(
                        "R-" + of.toEpochDay() + "-" + index,
                        SITES[random.nextInt(SITES.length)],
                        channel,
                        java.time.Instant.ofEpochSecond(start).toString(),
                        Long.toString(5 + random.nextInt(600)),
                        random.nextInt(200) == 0 ? "0" : "1"));
            }
        }
        TextFeed.BLIKSUND.deliver(inbox, TextFeed.BLIKSUND.fileName(stamp), bliksund);
        TextFeed.SNLA.deliver(inbox, TextFeed.SNLA.fileName(stamp), snla);
        TextFeed.MEDIELOGG_CALLS.deliver(inbox, TextFeed.MEDIELOGG_CALLS.fileName(stamp), calls);
        rows.put("bliksund", (long) bliksund.size());
        rows.put("snla", (long) snla.size());
        rows.put("medielogg calls", (long) calls.size());
        return rows;
    }

    /**
     * Late corrections, as the month-close brings them: the SAF-T file of January and February and
     * February's absences delivered again under the stamp of 4 March, and February's shifts with one shift
     * in fifty made two hours longer, so that the turnus facts have months to rewrite.
     */
    private static void correctFebruary(Path inbox) throws IOException {
        for (String[] file : List.of(
                new String[] {
                    "ledger/saft/SAF-T Financial_986352325_20260301020000_1_1.xml",
                    "ledger/saft/SAF-T Financial_986352325_20260304020000_1_1.xml"
                },
                new String[] {
                    "turnus/absences/absences_2026-02_20260301013000.csv",
                    "turnus/absences/absences_2026-02_20260304013000.csv"
                })) {
            Files.copy(inbox.resolve(file[0]), inbox.resolve(file[1]));
        }
        List<String> shifts = Files.readAllLines(inbox.resolve("turnus/shifts/shifts_2026-02_20260301013000.csv"));
        for (int line = 1; line < shifts.size(); line += 50) {
            shifts.set(line, shifts.get(line).replaceFirst(" 16:00;", " 18:00;"));
        }
        Files.write(inbox.resolve("turnus/shifts/shifts_2026-02_20260304013000.csv"), shifts);
    }

    /** A roster of {@code persons} for the 13 months: weekdays, overtime on Tuesdays, call-outs on Thursdays. */
    private static long turnus(Path inbox, int persons) throws IOException {
        List<String> employees = new ArrayList<>();
        for (int person = 0; person < persons; person++) {
            employees.add(TextFeed.EMPLOYEES.row(
                    String.valueOf(6_000_001 + person),
                    UNITS[person % UNITS.length],
                    "FAST",
                    "100",
                    "2020-01-01",
                    "",
                    "N"));
        }
        long id = 0;
        for (YearMonth month = FIRST; !month.isAfter(LAST); month = month.plusMonths(1)) {
            // the staff list comes each month with the shifts, so that it is fresh
            TextFeed.EMPLOYEES.deliver(
                    inbox,
                    TextFeed.EMPLOYEES.fileName(
                            month.plusMonths(1).atDay(1).toString().replace("-", "") + "013000"),
                    employees);
            Path file = monthFile(inbox, TextFeed.SHIFTS, month);
            try (TextFeed.Rows writer = TextFeed.SHIFTS.open(file)) {
                for (LocalDate day = month.atDay(1); !day.isAfter(month.atEndOfMonth()); day = day.plusDays(1)) {
                    if (day.getDayOfWeek().getValue() >= 6) {
                        continue;
                    }
                    for (int person = 0; person < persons; person++) {
                        String prefix =
                                ";" + (6_000_001 + person) + ";" + UNITS[person % UNITS.length] + ";" + day + " ";
                        writer.row("S-" + id++ + prefix + "08:00;" + day + " 16:00;ORD");
                        if (day.getDayOfWeek() == DayOfWeek.TUESDAY) {
                            writer.row("S-" + id++ + prefix + "16:00;" + day + " 19:00;OT");
                        }
                        if (day.getDayOfWeek() == DayOfWeek.THURSDAY && person % 2 == 0) {
                            writer.row("S-" + id++ + prefix + "18:00;" + day + " 20:30;UTR");
                        }
                    }
                }
            }
        }
        return id;
    }

    /**
     * The staff's absences for the 13 months, each month's file with every absence that overlaps it:
     * self-certified sick days, doctor-certified sick leave (some graded, some running weeks into the
     * next months), sick children and holidays, about 6 % of the working days.
     */
    private static long absences(Path inbox, int persons) throws IOException {
        record Absence(String id, int person, LocalDate from, LocalDate to, String code, String degree) {}
        SplittableRandom random = new SplittableRandom(20250201L);
        List<Absence> absences = new ArrayList<>();
        LocalDate first = FIRST.atDay(1);
        LocalDate last = LAST.atEndOfMonth();
        for (int person = 0; person < persons; person++) {
            LocalDate free = first;
            while (true) {
                LocalDate from = free.plusDays(5 + random.nextInt(60));
                if (from.isAfter(last)) {
                    break;
                }
                int kind = random.nextInt(10);
                String code = kind < 5 ? "EGM" : kind < 7 ? "SYK" : kind < 8 ? "SYKB" : "FER";
                int days = switch (code) {
                    case "EGM" -> 1 + random.nextInt(3);
                    case "SYK" -> 5 + random.nextInt(random.nextInt(8) == 0 ? 90 : 20);
                    case "SYKB" -> 1 + random.nextInt(2);
                    default -> 5 + random.nextInt(10);
                };
                String degree = code.equals("SYK") && random.nextInt(4) == 0 ? "50" : "";
                LocalDate to = from.plusDays(days - 1);
                absences.add(new Absence("A-" + absences.size(), person, from, to, code, degree));
                free = to.plusDays(1);
            }
        }
        long rows = 0;
        for (YearMonth month = FIRST; !month.isAfter(LAST); month = month.plusMonths(1)) {
            LocalDate monthStart = month.atDay(1);
            LocalDate monthEnd = month.atEndOfMonth();
            Path file = monthFile(inbox, TextFeed.ABSENCES, month);
            try (TextFeed.Rows writer = TextFeed.ABSENCES.open(file)) {
                for (Absence absence : absences) {
                    if (!absence.from().isAfter(monthEnd) && !absence.to().isBefore(monthStart)) {
                        writer.row(absence.id() + ";" + (6_000_001 + absence.person()) + ";" + absence.from() + ";"
                                + absence.to() + ";" + absence.code() + ";" + absence.degree());
                        rows++;
                    }
                }
            }
        }
        return rows;
    }

    /** The file of a monthly turnus feed for {@code month}, as the rostering system names it on the 1st after it. */
    private static Path monthFile(Path inbox, TextFeed feed, YearMonth month) {
        return feed.folder(inbox)
                .resolve(feed.fileName(
                        month.toString(),
                        month.plusMonths(1).atDay(1).toString().replace("-", "") + "013000"));
    }

    // --- DuckDB by itself --------------------------------------------------------------------------

    /** Wall seconds, CPU seconds and peak RSS of DuckDB loading the text feeds into tables by itself. */
    private static double[] duckdbAlone(Path inbox, Path database) throws Exception {
        MemorySampler.resetVmHwm();
        long cpuBefore = processCpuNanos();
        long started = System.nanoTime();
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + database);
                Statement statement = connection.createStatement()) {
            statement.execute("create table bliksund as select * from read_json('" + inbox
                    + "/video/bliksund/*.jsonl', format = 'newline_delimited')");
            statement.execute("create table snla as select * from read_csv('" + inbox
                    + "/video/snla/*.csv', delim = ';', header = true, encoding = 'latin-1')");
            statement.execute("create table calls as select * from read_csv('" + inbox
                    + "/medielogg/calls/*.csv', delim = ',', header = true)");
            statement.execute("create table availability as select * from read_csv('" + inbox
                    + "/medielogg/availability/*.csv', delim = ',', header = true)");
            for (String feed : List.of("employees", "shifts", "absences")) {
                statement.execute("create table " + feed + " as select * from read_csv('" + inbox + "/turnus/" + feed
                        + "/*.csv', delim = ';', header = true)");
            }
            try (ResultSet count =
                    statement.executeQuery("select (select count(*) from calls) + (select count(*) from shifts)")) {
                count.next();
                out.printf(Locale.ROOT, "DuckDB alone loaded %,d calls and shifts (and the rest)%n", count.getLong(1));
            }
        }
        return new double[] {
            (System.nanoTime() - started) / 1e9, (processCpuNanos() - cpuBefore) / 1e9, MemorySampler.vmHwm()
        };
    }
}
