package no.hdo.dw.jobs.services;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import no.hdo.dw.jobs.nightly.NightlyRun;
import no.hdo.dw.jobs.nightly.RunReport;
import no.hdo.dw.jobs.output.OutputFormat;
import no.hdo.dw.jobs.output.TableRenderer;
import no.hdo.dw.jobs.support.Inboxes;
import no.hdo.dw.jobs.support.WarehouseRows;
import no.hdo.dw.jobs.trend.TrendMetric;
import no.hdo.dw.jobs.trend.TrendQuery;
import no.hdo.dw.warehouse.Home;

/**
 * A temporary warehouse home and inbox for the media-log and LifeX functional tests: writes real
 * feed files (UTF-8 comma-separated text, .xlsx workbooks), runs the nightly job on them, and reads
 * back the work and published warehouses, each row as its columns joined by {@code |}, {@code ∅} for null.
 */
public final class ServicesInbox {

    static final String CALLS_HEADER = "recording_id,site,channel,start_utc,duration_s,logged";
    static final String AVAILABILITY_HEADER = "component,outage_start,outage_end,planned";

    public final Home home;
    public final Path inbox;

    public ServicesInbox(Path temporaryFolder) {
        this.home = new Home(temporaryFolder.resolve("home"));
        this.inbox = temporaryFolder.resolve("inbox");
    }

    /** {@code inbox/medielogg/calls/calls_<stamp>.csv}: the contract header and the rows, UTF-8, LF. */
    public Path calls(String stamp, String... rows) {
        return deliver("medielogg", "calls", "calls_" + stamp + ".csv", text(CALLS_HEADER, rows));
    }

    /** {@code inbox/medielogg/availability/availability_<month>_<stamp>.csv}. */
    public Path availability(String month, String stamp, String... rows) {
        return deliver("medielogg", "availability", "availability_" + month + "_" + stamp + ".csv", text(AVAILABILITY_HEADER, rows));
    }

    /** {@code inbox/lifex/tracker/lifex_tracker_<date>.xlsx}. */
    public Path tracker(String date, Workbooks workbook) {
        return workbook.writeTo(inbox.resolve("lifex").resolve("tracker").resolve("lifex_tracker_" + date + ".xlsx"));
    }

    static byte[] text(String header, String... rows) {
        return Stream.concat(Stream.of(header), Arrays.stream(rows)).map(row -> row + "\n").collect(Collectors.joining())
                .getBytes(StandardCharsets.UTF_8);
    }

    public Path deliver(String source, String feed, String fileName, byte[] bytes) {
        return Inboxes.deliver(inbox, source, feed, fileName, bytes);
    }

    public Path copy(String source, String feed, Path file) {
        try {
            Path folder = Files.createDirectories(inbox.resolve(source).resolve(feed));
            return Files.copy(file, folder.resolve(file.getFileName()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public RunReport nightly(LocalDate runDate) {
        return NightlyRun.run(home, inbox, runDate);
    }

    public static RunReport.FeedReport feed(RunReport report, String source, String feed) {
        return Inboxes.feed(report, source, feed);
    }

    /** {@code trend METRIC --format csv}, without its header line. */
    public List<String> trendCsv(TrendMetric metric, YearMonth to, int months) {
        String csv = TableRenderer.render(TrendQuery.read(home.publishedWarehouse(), metric, to, months), OutputFormat.CSV);
        return csv.lines().skip(1).toList();
    }

    public List<String> published(String sql) {
        return WarehouseRows.published(home, sql);
    }

    public List<String> work(String sql) {
        return WarehouseRows.work(home, sql);
    }

    /** {@code meta.quarantined_record} of a source: {@code feed|file_name|record_no|field|value|reason}. */
    public List<String> quarantine(String source) {
        return WarehouseRows.quarantine(home, source);
    }

    /** {@code meta.rejected_file} of a source: {@code feed|file_name|reason}. */
    public List<String> rejected(String source) {
        return WarehouseRows.rejectedFiles(home, source);
    }
}
