package no.hdo.dw.jobs.services;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import no.hdo.dw.feeds.LifexTracker;
import no.hdo.dw.feeds.TextFeed;
import no.hdo.dw.feeds.Workbooks;
import no.hdo.dw.jobs.nightly.RunReport;
import no.hdo.dw.jobs.output.OutputFormat;
import no.hdo.dw.jobs.output.TableRenderer;
import no.hdo.dw.jobs.support.Inboxes;
import no.hdo.dw.jobs.support.SourceInbox;
import no.hdo.dw.jobs.trend.TrendMetric;
import no.hdo.dw.jobs.trend.TrendQuery;

/**
 * A temporary warehouse home and inbox for the media-log and LifeX functional tests: writes real
 * feed files (UTF-8 comma-separated text, .xlsx workbooks), runs the nightly job on them, and reads
 * back the work and published warehouses, each row as its columns joined by {@code |}, {@code ∅} for null.
 */
public final class ServicesInbox extends SourceInbox {

    public ServicesInbox(Path temporaryFolder) {
        super(temporaryFolder);
    }

    /** {@code inbox/medielogg/calls/calls_<stamp>.csv}: the contract header and the rows, UTF-8, LF. */
    public Path calls(String stamp, String... rows) {
        return TextFeed.MEDIELOGG_CALLS.deliver(inbox, TextFeed.MEDIELOGG_CALLS.fileName(stamp), rows);
    }

    /** {@code inbox/medielogg/availability/availability_<month>_<stamp>.csv}. */
    public Path availability(String month, String stamp, String... rows) {
        return TextFeed.MEDIELOGG_AVAILABILITY.deliver(
                inbox, TextFeed.MEDIELOGG_AVAILABILITY.fileName(month, stamp), rows);
    }

    /** {@code inbox/lifex/tracker/lifex_tracker_<date>.xlsx}. */
    public Path tracker(String date, Workbooks workbook) {
        return LifexTracker.deliver(inbox, date, workbook);
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

    public static RunReport.FeedReport feed(RunReport report, String source, String feed) {
        return Inboxes.feed(report, source, feed);
    }

    /** {@code trend METRIC --format csv}, without its header line. */
    public List<String> trendCsv(TrendMetric metric, YearMonth to, int months) {
        String csv =
                TableRenderer.render(TrendQuery.read(home.publishedWarehouse(), metric, to, months), OutputFormat.CSV);
        return csv.lines().skip(1).toList();
    }
}
