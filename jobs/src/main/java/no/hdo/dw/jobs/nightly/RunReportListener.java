package no.hdo.dw.jobs.nightly;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import no.hdo.dw.pipeline.landing.FeedId;
import no.hdo.dw.warehouse.Errors;
import no.hdo.dw.warehouse.Home;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/**
 * Writes the run report when the nightly job ends, however it ends: made from the views over the file
 * events ({@code meta.run_feed_report}, {@code meta.reported_file_event}), written as JSON in
 * {@code runs/run-<run id>.json}, and the run's outcome as a row of {@code meta.run_report}.
 */
public final class RunReportListener implements JobExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(RunReportListener.class);
    private static final int QUARANTINE_SAMPLE = 50;

    private final Jdbi jdbi;
    private final Home home;
    private final List<FeedId> feeds;
    private final ObjectMapper json = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT);
    private volatile RunReport lastReport;
    private final List<Long> pendingAdoptions = new java.util.concurrent.CopyOnWriteArrayList<>();

    public RunReportListener(Jdbi jdbi, Home home, List<FeedId> feeds) {
        this.jdbi = jdbi;
        this.home = home;
        this.feeds = List.copyOf(feeds);
    }

    public RunReport lastReport() {
        return lastReport;
    }

    @Override
    public void afterJob(JobExecution jobExecution) {
        RunReport report = build(jobExecution);
        save(report);
        lastReport = report;
    }

    /** Runs that died (left running by a dead process): this run reports them, whatever they wrote before they died. */
    public void adopt(List<Long> deadRuns) {
        pendingAdoptions.addAll(deadRuns);
    }

    RunReport build(JobExecution jobExecution) {
        long runId = runId(jobExecution);
        List<Long> adopted = jdbi.withHandle(handle -> handle.createQuery(
                        "select run_id from meta.run_reported_by where reported_run_id = :runId order by run_id")
                .bind("runId", runId)
                .mapTo(Long.class)
                .list());
        boolean published = jobExecution.getStepExecutions().stream()
                .anyMatch(
                        step -> step.getStepName().equals("publishStep") && step.getStatus() == BatchStatus.COMPLETED);
        java.util.Map<FeedId, RunReport.FeedReport> byFeed = new java.util.HashMap<>();
        jdbi.useHandle(handle -> handle.createQuery("select * from meta.run_feed_report where run_id = :runId")
                .bind("runId", runId)
                .map((rs, ctx) -> new RunReport.FeedReport(
                        rs.getString("source"),
                        rs.getString("feed"),
                        rs.getLong("files_seen"),
                        rs.getLong("files_landed"),
                        rs.getLong("files_skipped_known"),
                        rs.getLong("files_rejected"),
                        rs.getLong("files_failed"),
                        rs.getLong("records_read"),
                        rs.getLong("records_accepted"),
                        rs.getLong("records_quarantined"),
                        rs.getLong("records_quarantined_later"),
                        rs.getDouble("duration_seconds"),
                        rs.getObject("rows_per_second") == null ? null : rs.getDouble("rows_per_second")))
                .forEach(feed -> byFeed.put(new FeedId(feed.source(), feed.feed()), feed)));
        List<RunReport.FeedReport> feedReports = feeds.stream()
                .map(feed -> byFeed.getOrDefault(
                        feed, new RunReport.FeedReport(feed.source(), feed.feed(), 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, null)))
                .toList();
        List<RunReport.RejectedFile> rejected = jdbi.withHandle(handle -> handle.createQuery("""
                        select source, feed, file_name, reason from meta.reported_file_event
                         where reported_run_id = :runId and outcome = 'REJECTED' order by source, feed, file_name""")
                .bind("runId", runId)
                .map((rs, ctx) ->
                        new RunReport.RejectedFile(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list());
        List<RunReport.NotTaken> notTaken = jdbi.withHandle(handle -> handle.createQuery("""
                        select file_name, reason from meta.reported_file_event
                         where reported_run_id = :runId and outcome = 'NOT_TAKEN' order by file_name""")
                .bind("runId", runId)
                .map((rs, ctx) -> new RunReport.NotTaken(rs.getString(1), rs.getString(2)))
                .list());
        List<RunReport.QuarantinedRecord> quarantine = jdbi.withHandle(handle -> handle.createQuery("""
                        select source, feed, file_name, record_no, field, value, reason from meta.reported_quarantined_record
                         where reported_run_id = :runId order by source, feed, file_name, record_no limit :limit""")
                .bind("runId", runId)
                .bind("limit", QUARANTINE_SAMPLE)
                .map((rs, ctx) -> new RunReport.QuarantinedRecord(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getLong(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7)))
                .list());
        long quarantinedTotal = feedReports.stream()
                .mapToLong(feed -> feed.recordsQuarantined() + feed.recordsQuarantinedLater())
                .sum();
        long filesRejected = feedReports.stream()
                .mapToLong(RunReport.FeedReport::filesRejected)
                .sum();
        List<String> warnings = new ArrayList<>();
        long filesSeen =
                feedReports.stream().mapToLong(RunReport.FeedReport::filesSeen).sum();
        long landedEver = jdbi.withHandle(handle -> handle.createQuery("select count(*) from meta.landed_file")
                .mapTo(Long.class)
                .one());
        if (filesSeen == 0 && landedEver == 0) {
            warnings.add("the inbox " + jobExecution.getJobParameters().getString(NightlyParameters.INBOX)
                    + " held no delivery and nothing was landed before: the warehouse is empty");
        }
        List<RunReport.StageReport> stages = jobExecution.getStepExecutions().stream()
                .sorted(java.util.Comparator.comparing(StepExecution::getId))
                .map(step -> new RunReport.StageReport(
                        step.getStepName(), step.getStatus().name(), seconds(step.getStartTime(), step.getEndTime())))
                .toList();
        Instant started = instant(jobExecution.getStartTime());
        Instant finished = Instant.now();
        String message = jobExecution.getAllFailureExceptions().stream()
                .map(RunReportListener::failureMessage)
                .distinct()
                .collect(Collectors.joining("; "));
        String status = published ? "COMPLETED" : "FAILED";
        List<RunReport.FeedFreshness> freshness = published ? freshness() : List.of();
        List<RunReport.HeldBackDomain> heldBack = published
                ? NightlyJobConfiguration.heldBackDomains(jobExecution).entrySet().stream()
                        .map(domain -> new RunReport.HeldBackDomain(domain.getKey(), domain.getValue()))
                        .toList()
                : List.of();
        return new RunReport(
                runId,
                jobExecution.getJobParameters().getLocalDate(NightlyParameters.RUN_DATE),
                status,
                RunReport.exitCode(
                        published,
                        filesRejected + notTaken.size(),
                        quarantinedTotal,
                        RunReport.feedsInError(freshness).size() + heldBack.size()),
                published,
                started,
                finished,
                Duration.between(started, finished).toMillis() / 1000.0,
                message.isEmpty() ? null : message,
                feedReports,
                freshness,
                heldBack,
                published ? NightlyJobConfiguration.unchangedSinceRun(jobExecution) : null,
                NightlyJobConfiguration.buildSummary(jobExecution),
                rejected,
                notTaken,
                warnings,
                quarantine,
                quarantinedTotal,
                stages,
                adopted);
    }

    /** Each feed's freshness as this run built it (the model the publication carries), in the report's feed order. */
    private List<RunReport.FeedFreshness> freshness() {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        select source, feed, status, cast(newest_delivery_stamp as date), age_days, warn_after_days,
                               error_after_days
                          from reporting.rpt_meta_feed_freshness order by feed_order""")
                .map((rs, ctx) -> new RunReport.FeedFreshness(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getObject(4, LocalDate.class),
                        rs.getObject(5) == null ? null : rs.getInt(5),
                        rs.getInt(6),
                        rs.getInt(7)))
                .list());
    }

    /**
     * A run that died never showed the operator its outcome, and what it landed the next run skips
     * as known: so that no landed file, rejection or quarantined record goes unreported, this run
     * reports for every earlier run that died (left running) or wrote no report, and for the runs
     * those reported. One row per adopted run in {@code meta.run_adoption}; no run id is rewritten.
     */
    @Override
    public void beforeJob(JobExecution jobExecution) {
        long runId = runId(jobExecution);
        List<Long> dead = new ArrayList<>(pendingAdoptions);
        pendingAdoptions.clear();
        // A run whose report never reached its operator (killed after writing it, before it exited) left its mark.
        List<Path> unseen = unseenReports();
        for (Path mark : unseen) {
            dead.add(Long.parseLong(mark.getFileName().toString().replaceAll("\\D", "")));
        }
        List<Long> adopted = jdbi.inTransaction(handle -> {
            List<Long> runs = new ArrayList<>(handle.createQuery("""
                            select distinct run_id from meta.file_event
                             where run_id <> :runId and run_id not in (select run_id from meta.run_report)
                               and run_id not in (select run_id from meta.run_reported_by)""")
                    .bind("runId", runId)
                    .mapTo(Long.class)
                    .list());
            dead.stream().filter(run -> run != runId && !runs.contains(run)).forEach(runs::add);
            for (Long run : runs) {
                handle.createUpdate("""
                                insert into meta.run_adoption (run_id, adopted_run_id)
                                select :runId, :run union select :runId, adopted_run_id from meta.run_adoption where run_id = :run
                                on conflict do nothing""").bind("runId", runId).bind("run", run).execute();
            }
            return runs.stream().sorted().toList();
        });
        for (Path mark : unseen) {
            // Adopted: from now on this run's report is theirs (meta.run_adoption), whether or not this run lives to
            // show it.
            deleteQuietly(mark);
        }
        if (!adopted.isEmpty()) {
            log.warn("Run {} reports what run(s) {} did before they died", runId, adopted);
        }
    }

    private void save(RunReport report) {
        try {
            Files.createDirectories(home.runReports());
            Path file = home.runReports().resolve("run-" + report.runId() + ".json");
            Path temporary = home.runReports().resolve(".run-" + report.runId() + ".json.tmp");
            String text = json.writeValueAsString(report);
            // Until NightlyRun has handed the report over (seen), a rerun reports this run again.
            Files.writeString(unseenMark(home, report.runId()), "");
            Files.writeString(temporary, text);
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            // The run's outcome; its figures stay in the views the report was made from.
            jdbi.useTransaction(handle -> {
                handle.execute("delete from meta.run_report where run_id = ?", report.runId());
                handle.createUpdate("""
                                insert into meta.run_report (run_id, run_date, status, exit_code, started_at, finished_at, duration_seconds,
                                                             published, message)
                                values (:runId, :runDate, :status, :exitCode, :startedAt, :finishedAt, :duration, :published, :message)""")
                        .bind("runId", report.runId())
                        .bind("runDate", report.runDate())
                        .bind("status", report.status())
                        .bind("exitCode", report.exitCode())
                        .bind("startedAt", report.startedAt())
                        .bind("finishedAt", report.finishedAt())
                        .bind("duration", report.durationSeconds())
                        .bind("published", report.published())
                        .bind("message", report.message())
                        .execute();
            });
            log.info("Run report written to {}", file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the run report", e);
        }
    }

    private static double seconds(LocalDateTime start, LocalDateTime end) {
        if (start == null) {
            return 0;
        }
        return Duration.between(start, end == null ? LocalDateTime.now() : end).toMillis() / 1000.0;
    }

    private static Instant instant(LocalDateTime time) {
        return time == null
                ? Instant.now()
                : time.atZone(ZoneId.systemDefault()).toInstant();
    }

    /**
     * {@code runs/run-<id>.unseen}: written with the run's report, deleted once {@link NightlyRun} has
     * handed the report over to its caller; left behind, it names a run that died in its last moment.
     */
    static Path unseenMark(Home home, long runId) {
        return home.runReports().resolve("run-" + runId + ".unseen");
    }

    /** The report of run {@code runId} has reached the operator: no later run reports it again. */
    static void reportSeen(Home home, long runId) {
        deleteQuietly(unseenMark(home, runId));
    }

    private List<Path> unseenReports() {
        if (!Files.isDirectory(home.runReports())) {
            return List.of();
        }
        try (java.util.stream.Stream<Path> files = Files.list(home.runReports())) {
            return files.filter(path -> path.getFileName().toString().matches("run-[0-9]+\\.unseen"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + home.runReports(), e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Cannot delete {}: {}", file, e.getMessage());
        }
    }

    /** The run's id: its job parameter, the same in the job repository, {@code meta} and {@code runs/}. */
    static long runId(JobExecution jobExecution) {
        return jobExecution.getJobParameters().getLong(NightlyParameters.RUN_ID);
    }

    /** A data-test failure says which tests failed; any other failure, its innermost cause. */
    static String failureMessage(Throwable e) {
        return e instanceof DataTestsFailedException ? e.getMessage() : Errors.rootMessage(e);
    }
}
