package no.hdo.dw.pipeline.video;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import no.hdo.dw.feeds.TextFeed;
import no.hdo.dw.pipeline.support.Inbox;
import no.hdo.dw.pipeline.support.LandingStepRun;
import no.hdo.dw.pipeline.support.ModelsOnLanded;

/**
 * The video landing tests' inbox and home: delivers Bliksund and SNLA files as the platforms write
 * them, lands both feeds with their landing steps as one night does (Bliksund, then SNLA), builds the
 * video models on what landed ({@link ModelsOnLanded}) and reads back the calls and the monthly series
 * as the publication's copies of {@code bi.bi_video_calls} and {@code reporting.rpt_video_calls_monthly}
 * hold them (the same SQL, in the work warehouse).
 */
final class VideoInbox {

    final Inbox files;

    VideoInbox(Path temporaryFolder) {
        this.files = new Inbox(temporaryFolder);
    }

    /** {@code inbox/video/bliksund/bliksund_<stamp>.jsonl}: UTF-8, one JSON line each, LF. */
    Path bliksund(String stamp, String... lines) {
        return TextFeed.BLIKSUND.deliver(files.inbox, TextFeed.BLIKSUND.fileName(stamp), lines);
    }

    /** {@code inbox/video/snla/snla_<stamp>.csv}: the contract header and the rows, Windows-1252, CRLF. */
    Path snla(String stamp, String... rows) {
        return TextFeed.SNLA.deliver(files.inbox, TextFeed.SNLA.fileName(stamp), rows);
    }

    /** Both video feeds' landing steps, as one night runs them: Bliksund, then SNLA (one run id each). */
    List<LandingStepRun.Ended> landBoth() {
        return List.of(files.land(BliksundFeed.ID), files.land(SnlaFeed.ID));
    }

    /** The video models and the calendar, on what landed, as the night of {@code runDate} builds them. */
    void build(LocalDate runDate) {
        ModelsOnLanded.build(
                files.home,
                List.of(new BliksundFeed(), new SnlaFeed()),
                runDate,
                model -> model.name().contains("_video_") || model.name().startsWith("dim_calendar_"));
    }

    /**
     * The calls of {@code bi.bi_video_calls} (built by {@link #build}) as
     * {@code id|platform|centre_name|source_status|status_code|is_completed|month_key|start_date|duration_seconds},
     * sorted; a call whose id is not among {@code ids} shows as {@code ?}.
     */
    List<String> calls(String... ids) {
        String values = Arrays.stream(ids).map(id -> "('" + id + "')").collect(Collectors.joining(", "));
        return files.work("""
                select coalesce(ids.id, '?'), calls.platform, calls.centre_name, calls.source_status, calls.status_code,
                       calls.is_completed, calls.month_key, calls.start_date, cast(calls.duration_seconds as bigint)
                  from bi.bi_video_calls as calls
                  left join (select * from (values %s) as v(id)) as ids
                    on calls.video_call_id = ids.id
                 order by 1, 2""".formatted(values));
    }

    /** {@code reporting.rpt_video_calls_monthly}: {@code yyyy-MM|bliksund completed|snla completed|total|bliksund all|snla all}. */
    List<String> monthly() {
        return files.work("""
                select month_label, bliksund_completed_calls, snla_completed_calls, total_completed_calls, bliksund_calls, snla_calls
                  from reporting.rpt_video_calls_monthly order by month_start_date""");
    }
}
