package no.hdo.dw.jobs.operator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.hdo.dw.jobs.nightly.RunReport;
import no.hdo.dw.jobs.output.Column;
import no.hdo.dw.jobs.output.ColumnKind;
import no.hdo.dw.jobs.output.ResultTable;
import no.hdo.dw.warehouse.DuckDbDatabase;
import no.hdo.dw.warehouse.Home;
import no.hdo.dw.warehouse.HomeLock;
import no.hdo.dw.warehouse.WarehouseException;

/**
 * {@code hdo-dw status}: how a home stands, for the operator. Reads only what a nightly run never
 * holds locked: the run reports ({@code runs/}), the published warehouse (read-only; replaced by a
 * rename), the key's check value and the home's lock, so it answers while a run is going on.
 */
public final class HomeStatus {

    /** How many runs {@code status} lists. */
    public static final int RUNS = 10;

    static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private HomeStatus() {}

    public static Sections of(Home home, Instant now) {
        if (!Files.isDirectory(home.root())) {
            throw new WarehouseException("no home at " + home.root() + ": no nightly run has used it");
        }
        List<String> notes = new ArrayList<>();
        notes.add("Home: " + home.root());
        Optional<String> running = HomeLock.holder(home);
        notes.add(running.map(holder -> "A run is going on: " + holder + ".").orElse("No run is going on."));
        List<RunReport> runs = RunReports.newest(home, RUNS);
        if (runs.isEmpty()) {
            notes.add("No nightly run has reported yet.");
        }
        List<Sections.Section> sections = new ArrayList<>();
        sections.add(new Sections.Section("runs", "Last runs (newest first)", runs(runs)));
        sections.add(new Sections.Section(
                "last_run_files", "Rejected and not taken files of the last run", lastRunFiles(runs)));
        Published published = published(home, now, notes);
        sections.add(new Sections.Section("publication", "Publication", published.publication()));
        sections.add(new Sections.Section(
                "domains",
                "Domains of the publication (which run each domain's tables are from)",
                published.domains()));
        sections.add(new Sections.Section(
                "freshness", "Freshness of the feeds at the publication's run date", published.freshness()));
        sections.add(new Sections.Section(
                "pseudonym_key",
                "Pseudonym key",
                ResultTable.builder(Column.text("check_value"), Column.of("present", ColumnKind.BOOLEAN))
                        .row(
                                home.root().relativize(home.pseudonymKeyCheck()).toString(),
                                Files.isRegularFile(home.pseudonymKeyCheck()))
                        .build()));
        return new Sections(notes, sections);
    }

    private static ResultTable runs(List<RunReport> runs) {
        ResultTable.Builder table = ResultTable.builder(
                Column.of("run", ColumnKind.COUNT),
                Column.text("run_date"),
                Column.text("status"),
                Column.of("exit_code", ColumnKind.COUNT),
                Column.text("started_at"),
                Column.of("duration_s", ColumnKind.DECIMAL_2),
                Column.of("landed", ColumnKind.COUNT),
                Column.of("skipped_known", ColumnKind.COUNT),
                Column.of("rejected", ColumnKind.COUNT),
                Column.of("not_taken", ColumnKind.COUNT),
                Column.of("quarantined", ColumnKind.COUNT),
                Column.text("message"));
        for (RunReport run : runs) {
            table.row(
                    run.runId(),
                    run.runDate().toString(),
                    run.published() ? "published" : "NOT published",
                    run.exitCode(),
                    run.startedAt() == null ? null : TIME.format(run.startedAt().atZone(OSLO)),
                    BigDecimal.valueOf(run.durationSeconds()).setScale(2, RoundingMode.HALF_UP),
                    run.feeds().stream()
                            .mapToLong(RunReport.FeedReport::filesLanded)
                            .sum(),
                    run.feeds().stream()
                            .mapToLong(RunReport.FeedReport::filesSkippedKnown)
                            .sum(),
                    run.feeds().stream()
                            .mapToLong(RunReport.FeedReport::filesRejected)
                            .sum(),
                    (long) run.notTaken().size(),
                    run.quarantinedTotal(),
                    run.message());
        }
        return table.build();
    }

    private static ResultTable lastRunFiles(List<RunReport> runs) {
        ResultTable.Builder table =
                ResultTable.builder(Column.text("outcome"), Column.text("file"), Column.text("reason"));
        if (!runs.isEmpty()) {
            RunReport last = runs.get(0);
            for (RunReport.RejectedFile file : last.rejectedFiles()) {
                table.row("rejected", file.source() + "/" + file.feed() + "/" + file.fileName(), file.reason());
            }
            for (RunReport.NotTaken file : last.notTaken()) {
                table.row("not taken", file.path(), file.reason());
            }
        }
        return table.build();
    }

    private record Published(ResultTable publication, ResultTable domains, ResultTable freshness) {}

    private static Published published(Home home, Instant now, List<String> notes) {
        ResultTable.Builder publication = ResultTable.builder(
                Column.of("run", ColumnKind.COUNT),
                Column.text("run_date"),
                Column.text("published_at"),
                Column.of("age_hours", ColumnKind.DECIMAL_2));
        ResultTable.Builder freshness = ResultTable.builder(
                Column.text("feed"),
                Column.text("cadence"),
                Column.text("newest_delivery"),
                Column.of("age_days", ColumnKind.COUNT),
                Column.of("warn_after_days", ColumnKind.COUNT),
                Column.of("error_after_days", ColumnKind.COUNT),
                Column.text("status"));
        ResultTable.Builder domains = ResultTable.builder(
                Column.text("domain"),
                Column.text("status"),
                Column.of("data_run", ColumnKind.COUNT),
                Column.text("data_run_date"),
                Column.text("reason"));
        if (!Files.isRegularFile(home.publishedWarehouse())) {
            notes.add("Nothing is published yet.");
            return new Published(publication.build(), domains.build(), freshness.build());
        }
        try (DuckDbDatabase published = DuckDbDatabase.openReadOnly(home.publishedWarehouse())) {
            published.jdbi().useHandle(handle -> {
                for (Map<String, Object> row : handle.createQuery(
                                "select run_id, run_date, published_at from bi.bi_publication")
                        .mapToMap()
                        .list()) {
                    // Oslo wall time since the bi views hold no time zones; an instant in older publications
                    Object value = row.get("published_at");
                    Instant at = value instanceof OffsetDateTime time
                            ? time.toInstant()
                            : value instanceof java.sql.Timestamp wall
                                    ? wall.toLocalDateTime().atZone(OSLO).toInstant()
                                    : value instanceof java.time.LocalDateTime wall
                                            ? wall.atZone(OSLO).toInstant()
                                            : null;
                    publication.row(
                            row.get("run_id"),
                            String.valueOf(row.get("run_date")),
                            at == null ? null : TIME.format(at.atZone(OSLO)),
                            at == null
                                    ? null
                                    : BigDecimal.valueOf(
                                                    Duration.between(at, now).toSeconds())
                                            .divide(BigDecimal.valueOf(3600), 2, RoundingMode.HALF_UP));
                }
                boolean hasDomains = DuckDbDatabase.hasTable(handle, "bi", "bi_domain_status");
                if (hasDomains) {
                    for (Map<String, Object> row :
                            handle.createQuery("""
                                    select domain, status, data_run_id, data_run_date, reason from bi.bi_domain_status""").mapToMap().list()) {
                        domains.row(
                                row.get("domain"),
                                row.get("status"),
                                row.get("data_run_id"),
                                row.get("data_run_date") == null ? null : String.valueOf(row.get("data_run_date")),
                                row.get("reason"));
                    }
                }
                boolean hasFreshness = DuckDbDatabase.hasTable(handle, "reporting", "rpt_meta_feed_freshness");
                if (!hasFreshness) {
                    notes.add("The publication has no freshness of the feeds (it was made by an older version).");
                    return;
                }
                for (Map<String, Object> row :
                        handle.createQuery("""
                                select source || '/' || feed as feed, cadence, newest_delivery_stamp, age_days,
                                       warn_after_days, error_after_days, status
                                  from reporting.rpt_meta_feed_freshness order by feed_order""").mapToMap().list()) {
                    Object stamp = row.get("newest_delivery_stamp");
                    freshness.row(
                            row.get("feed"),
                            row.get("cadence"),
                            stamp == null ? null : stamp.toString().replace('T', ' '),
                            row.get("age_days"),
                            row.get("warn_after_days"),
                            row.get("error_after_days"),
                            row.get("status"));
                }
            });
        }
        return new Published(publication.build(), domains.build(), freshness.build());
    }
}
