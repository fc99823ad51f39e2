package no.hdo.dw.jobs.video;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import no.hdo.dw.feeds.TextFeed;
import no.hdo.dw.jobs.nightly.RunReport;
import no.hdo.dw.jobs.support.Inboxes;
import no.hdo.dw.jobs.support.SourceInbox;
import no.hdo.dw.jobs.trend.TrendMetric;
import no.hdo.dw.jobs.trend.TrendQuery;

/**
 * A temporary warehouse home and inbox for the video functional tests: writes real feed files as
 * the senders deliver them (Bliksund as UTF-8 JSON Lines, SNLA as Windows-1252 with CRLF), runs the
 * nightly job on them, and reads back what the work and the published warehouse hold, each row as
 * its columns joined by {@code |} with {@code ∅} for null.
 */
final class VideoInbox extends SourceInbox {

    static final Charset WINDOWS_1252 = TextFeed.SNLA.charset();

    VideoInbox(Path temporaryFolder) {
        super(temporaryFolder);
    }

    // ---- delivering files ----

    /** {@code inbox/video/bliksund/bliksund_<stamp>.jsonl}: UTF-8, one JSON line each, LF. */
    Path bliksund(String stamp, String... lines) {
        return TextFeed.BLIKSUND.deliver(inbox, TextFeed.BLIKSUND.fileName(stamp), lines);
    }

    /** {@code inbox/video/snla/snla_<stamp>.csv}: the contract header and the rows, Windows-1252, CRLF. */
    Path snla(String stamp, String... rows) {
        return TextFeed.SNLA.deliver(inbox, TextFeed.SNLA.fileName(stamp), rows);
    }

    static String snlaText(String... rows) {
        return TextFeed.SNLA.text(rows);
    }

    /** Any bytes under any name in a video feed's folder. */
    Path deliver(String feed, String fileName, byte[] bytes) {
        return Inboxes.deliver(inbox, "video", feed, fileName, bytes);
    }

    // ---- running ----

    /** The run report's video feeds (the report lists every source's feeds). */
    static List<RunReport.FeedReport> videoFeeds(RunReport report) {
        return report.feeds().stream()
                .filter(feed -> feed.source().equals("video"))
                .toList();
    }

    static RunReport.FeedReport feed(RunReport report, String feed) {
        return Inboxes.feed(report, "video", feed);
    }

    // ---- reading back ----

    /**
     * The published calls ({@code bi.bi_video_calls}) as
     * {@code id|platform|centre_name|source_status|status_code|is_completed|month_key|start_date|duration_seconds},
     * sorted; a call whose id is not among {@code ids} shows as {@code ?}.
     */
    List<String> publishedCalls(String... ids) {
        String values = ids.length == 0
                ? "select null as id where false"
                : "select * from (values "
                        + Arrays.stream(ids).map(id -> "('" + id + "')").collect(Collectors.joining(", "))
                        + ") as v(id)";
        return published("""
                select coalesce(ids.id, '?'), calls.platform, calls.centre_name, calls.source_status, calls.status_code,
                       calls.is_completed, calls.month_key, calls.start_date, cast(calls.duration_seconds as bigint)
                  from bi.bi_video_calls as calls
                  left join (%s) as ids on calls.video_call_id = ids.id
                 order by 1, 2""".formatted(values));
    }

    /** The monthly series as published: {@code yyyy-MM|bliksund completed|snla completed|total|bliksund all|snla all}. */
    List<String> publishedMonthly() {
        return published("""
                select month_label, bliksund_completed_calls, snla_completed_calls, total_completed_calls, bliksund_calls, snla_calls
                  from reporting.rpt_video_calls_monthly order by month_start_date""");
    }

    /** {@code trend video-calls} as rows {@code month,bliksund,snla,total}. */
    List<String> trend(YearMonth to, int months) {
        return TrendQuery.read(home.publishedWarehouse(), TrendMetric.VIDEO_CALLS, to, months).rows().stream()
                .map(row -> row.stream()
                        .map(cell -> cell instanceof java.math.BigDecimal number
                                ? number.toPlainString()
                                : String.valueOf(cell))
                        .collect(Collectors.joining(",")))
                .toList();
    }

    /** {@code meta.landed_file} of a feed: {@code file_name|records_read|records_accepted|records_quarantined}, by name. */
    List<String> landedFiles(String feed) {
        return work("select file_name, records_read, records_accepted, records_quarantined from meta.landed_file "
                + "where source = 'video' and feed = '" + feed + "' order by file_name");
    }

    /** {@code meta.quarantined_record}: {@code feed|file_name|record_no|field|value|reason}, in file and record order. */
    List<String> quarantine() {
        return work("select feed, file_name, record_no, field, value, reason from meta.quarantined_record "
                + "order by feed, file_name, record_no");
    }
}
