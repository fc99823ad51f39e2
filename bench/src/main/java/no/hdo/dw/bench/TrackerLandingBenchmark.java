package no.hdo.dw.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import no.hdo.dw.feeds.LifexTracker;
import no.hdo.dw.feeds.Workbooks;
import no.hdo.dw.jobs.nightly.NightlyRun;
import no.hdo.dw.jobs.nightly.RunReport;
import no.hdo.dw.warehouse.Home;

/**
 * How the LifeX tracker's streaming workbook reader copes with a workbook far larger than any real
 * tracker: generates {@code lifex_tracker_2026-02-27.xlsx} with {@code bench.lines} control rooms
 * (fastexcel writer, flushed every 10 000 rows) and lands it with the real nightly job, printing the
 * landing rate and the peak heap. Run it with a small heap ({@code BENCH_XMX=256m}) to see that the
 * sheet is never held whole. Not a test: it prints figures (bench/README.md).
 */
public final class TrackerLandingBenchmark {

    private static final String[] TYPES = {"AMK", "Legevaktsentral", "Akuttmottak", "Annet"};
    private static final String[] REGIONS = {"Nord", "Midt", "Vest", "Sør-Øst"};
    private static final String[] STATUSES = {"Planlagt", "Pågår", "Omlagt", "Utsatt"};

    public static void main(String[] args) throws Exception {
        long lines = Long.getLong("bench.lines", 200_000L);
        Path dir = Path.of(System.getProperty("bench.dir", "target/bench"))
                .toAbsolutePath()
                .normalize()
                .resolve("tracker");
        PrintStream out = System.out;
        Path inbox = dir.resolve("inbox");
        Path file = LifexTracker.folder(inbox).resolve(LifexTracker.fileName("2026-02-27"));
        long started = System.nanoTime();
        write(file, lines);
        out.printf(
                Locale.ROOT,
                "Wrote %s: %,d rows, %.1f MB in %.1f s%n",
                file,
                lines,
                Files.size(file) / 1e6,
                (System.nanoTime() - started) / 1e9);

        Path home = dir.resolve("home");
        deleteTree(home);
        System.gc();
        try (MemorySampler sampler = new MemorySampler()) {
            long from = System.currentTimeMillis();
            RunReport report = NightlyRun.run(new Home(home), inbox, LocalDate.of(2026, 3, 1));
            sampler.sampleNow();
            long to = System.currentTimeMillis();
            RunReport.FeedReport tracker = report.feeds().stream()
                    .filter(feed -> feed.feed().equals("tracker"))
                    .findFirst()
                    .orElseThrow();
            MemorySampler.Peaks peaks = sampler.peaks(from, to);
            out.printf(
                    Locale.ROOT,
                    "Landed %,d rows (%,d accepted, %,d quarantined) in %.1f s: %,.0f rows/s; whole nightly run %.1f s%n",
                    tracker.recordsRead(),
                    tracker.recordsAccepted(),
                    tracker.recordsQuarantined(),
                    tracker.durationSeconds(),
                    tracker.recordsRead() / tracker.durationSeconds(),
                    (to - from) / 1e3);
            out.printf(
                    Locale.ROOT,
                    "Peak heap in use %.0f MB (max heap %.0f MB), peak RSS %.0f MB%n",
                    peaks.heapUsed() / 1048576.0,
                    Runtime.getRuntime().maxMemory() / 1048576.0,
                    peaks.rss() / 1048576.0);
        }
        System.exit(0);
    }

    /**
     * A tracker with one row per control room; every fifth date is typed as text, as people do. The
     * rows are made as the writer asks for them and flushed in blocks, so the file is never held.
     */
    static void write(Path file, long lines) {
        Iterable<Object[]> rows = () -> Stream.concat(
                        Stream.<Object[]>of(LifexTracker.header()),
                        LongStream.rangeClosed(1, lines).mapToObj(row -> row((int) row)))
                .iterator();
        new Workbooks("hdo-dw-bench").sheet(LifexTracker.SHEET, rows).writeTo(file);
    }

    private static Object[] row(int row) {
        LocalDate planned = LocalDate.of(2025, 4, 7).plusDays(row % 700);
        String status = STATUSES[row % STATUSES.length];
        return Workbooks.row(
                "Kontrollrom " + row,
                TYPES[row % TYPES.length],
                REGIONS[(row / 7) % REGIONS.length],
                "Helseforetak " + (row % 23),
                row % 5 == 0
                        ? String.format(
                                "%02d.%02d.%d", planned.getDayOfMonth(), planned.getMonthValue(), planned.getYear())
                        : planned,
                status.equals("Omlagt") ? planned.plusDays(row % 3) : null,
                status,
                row % 10 == 0 ? "Utsatt én uke" : null);
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
