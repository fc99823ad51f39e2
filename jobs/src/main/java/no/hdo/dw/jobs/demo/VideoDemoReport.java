package no.hdo.dw.jobs.demo;

import java.nio.file.Path;
import java.time.YearMonth;
import no.hdo.dw.warehouse.DuckDbDatabase;

/** The video part of the demo's report beyond the trend: the period's total, as {@code reporting.rpt_video_calls_year_to_date} computes it. */
public final class VideoDemoReport {

    private VideoDemoReport() {}

    /** Completed calls on both platforms from January to {@code month}; 0 when the warehouse has no calls by then. */
    public static long yearToDateCompletedCalls(Path publishedWarehouse, YearMonth month) {
        try (DuckDbDatabase published = DuckDbDatabase.openReadOnly(publishedWarehouse)) {
            return published
                    .jdbi()
                    .withHandle(handle -> handle.createQuery("""
                    select total_completed_calls from reporting.rpt_video_calls_year_to_date where month_start_date = :month""")
                            .bind("month", month.atDay(1))
                            .mapTo(Long.class)
                            .findOne()
                            .orElse(0L));
        }
    }
}
