package no.hdo.dw.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

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
        Path dir = Path.of(System.getProperty("bench.dir", "target/bench")).toAbsolutePath().normalize().resolve("tracker");
        PrintStream out = System.out;
        Path inbox = dir.resolve("inbox");
        Path file = inbox.resolve("lifex/tracker/lifex_tracker_2026-02-27.xlsx");
        long started = System.nanoTime();
        write(file, lines);
        out.printf(Locale.ROOT, "Wrote %s: %,d rows, %.1f MB in %.1f s%n", file, lines, Files.size(file) / 1e6, (System.nanoTime() - started) / 1e9);

        Path home = dir.resolve("home");
        deleteTree(home);
        System.gc();
        try (MemorySampler sampler = new MemorySampler()) {
            long from = System.currentTimeMillis();
            RunReport report = NightlyRun.run(new Home(home), inbox, LocalDate.of(2026, 3, 1));
            sampler.sampleNow();
            long to = System.currentTimeMillis();
            RunReport.FeedReport tracker = report.feeds().stream().filter(feed -> feed.feed().equals("tracker")).findFirst().orElseThrow();
            MemorySampler.Peaks peaks = sampler.peaks(from, to);
            out.printf(Locale.ROOT, "Landed %,d rows (%,d accepted, %,d quarantined) in %.1f s: %,.0f rows/s; whole nightly run %.1f s%n",
                    tracker.recordsRead(), tracker.recordsAccepted(), tracker.recordsQuarantined(), tracker.durationSeconds(),
                    tracker.recordsRead() / tracker.durationSeconds(), (to - from) / 1e3);
            out.printf(Locale.ROOT, "Peak heap in use %.0f MB (max heap %.0f MB), peak RSS %.0f MB%n",
                    peaks.heapUsed() / 1048576.0, Runtime.getRuntime().maxMemory() / 1048576.0, peaks.rss() / 1048576.0);
        }
        System.exit(0);
    }

    /** A tracker with one row per control room; every fifth date is typed as text, as people do. */
    static void write(Path file, long lines) throws IOException {
        Files.createDirectories(file.getParent());
        try (OutputStream stream = Files.newOutputStream(file)) {
            Workbook workbook = new Workbook(stream, "hdo-dw-bench", "1.0");
            Worksheet sheet = workbook.newWorksheet("Kontrollrom");
            String[] header = {"Kontrollrom", "Type", "Helseregion", "Helseforetak", "Planlagt omlegging", "Omlagt dato", "Status", "Kommentar"};
            for (int column = 0; column < header.length; column++) {
                sheet.value(0, column, header[column]);
            }
            LocalDate first = LocalDate.of(2025, 4, 7);
            for (int row = 1; row <= lines; row++) {
                LocalDate planned = first.plusDays(row % 700);
                String status = STATUSES[row % STATUSES.length];
                sheet.value(row, 0, "Kontrollrom " + row);
                sheet.value(row, 1, TYPES[row % TYPES.length]);
                sheet.value(row, 2, REGIONS[(row / 7) % REGIONS.length]);
                sheet.value(row, 3, "Helseforetak " + (row % 23));
                if (row % 5 == 0) {
                    sheet.value(row, 4, String.format("%02d.%02d.%d", planned.getDayOfMonth(), planned.getMonthValue(), planned.getYear()));
                } else {
                    sheet.value(row, 4, planned);
                }
                if (status.equals("Omlagt")) {
                    sheet.value(row, 5, planned.plusDays(row % 3));
                }
                sheet.value(row, 6, status);
                if (row % 10 == 0) {
                    sheet.value(row, 7, "Utsatt én uke");
                }
                if (row % 10_000 == 0) {
                    sheet.flush();
                }
            }
            workbook.finish();
        }
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
