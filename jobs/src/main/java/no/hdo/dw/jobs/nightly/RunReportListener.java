package no.hdo.dw.jobs.nightly;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.step.StepExecution;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import no.hdo.dw.pipeline.landing.FeedId;
import no.hdo.dw.warehouse.Errors;
import no.hdo.dw.warehouse.Home;

/**
 * Writes the run report when the nightly job ends, however it ends: as JSON in
 * {@code runs/<run id>.json} and as rows of {@code meta.run_report} and {@code meta.run_feed_report}.
 */
public final class RunReportListener implements JobExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(RunReportListener.class);
    private static final int QUARANTINE_SAMPLE = 50;

    private final Jdbi jdbi;
    private final Home home;
    private final List<FeedId> feeds;
    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).enable(SerializationFeature.INDENT_OUTPUT);
    private volatile RunReport lastReport;
    private final java.util.Map<Long, List<Long>> adoptedRuns = new java.util.concurrent.ConcurrentHashMap<>();

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

    RunReport build(JobExecution jobExecution) {
        long runId = runId(jobExecution);
        List<Long> adopted = adoptedRuns.getOrDefault(runId, List.of());
        boolean published = jobExecution.getStepExecutions().stream()
                .anyMatch(step -> step.getStepName().equals("publishStep") && step.getStatus() == BatchStatus.COMPLETED);
        List<RunReport.FeedReport> feedReports = new ArrayList<>();
        for (FeedId feed : feeds) {
            feedReports.add(jdbi.withHandle(handle -> handle.createQuery("""
                            select count(*) as files_seen,
                                   count(*) filter (where outcome = 'LANDED') as files_landed,
                                   count(*) filter (where outcome = 'SKIPPED_KNOWN') as files_skipped_known,
                                   count(*) filter (where outcome = 'REJECTED') as files_rejected,
                                   coalesce(sum(records_read), 0) as records_read,
                                   coalesce(sum(records_accepted), 0) as records_accepted,
                                   coalesce(sum(records_quarantined), 0)
                                       -- and the records the build's checks across records found first in this run
                                       + (select count(*) from meta.quarantined_record as found
                                           where found.run_id = :runId and found.source = :source and found.feed = :feed
                                             and found.found_by = 'build') as records_quarantined,
                                   coalesce(sum(duration_seconds), 0) as duration_seconds
                              from meta.file_event where run_id = :runId and source = :source and feed = :feed""")
                    .bind("runId", runId).bind("source", feed.source()).bind("feed", feed.feed())
                    .map((rs, ctx) -> {
                        double seconds = rs.getDouble("duration_seconds");
                        long read = rs.getLong("records_read");
                        return new RunReport.FeedReport(feed.source(), feed.feed(), rs.getLong("files_seen"), rs.getLong("files_landed"),
                                rs.getLong("files_skipped_known"), rs.getLong("files_rejected"), read, rs.getLong("records_accepted"),
                                rs.getLong("records_quarantined"), seconds, seconds > 0 ? read / seconds : null);
                    }).one()));
        }
        List<RunReport.RejectedFile> rejected = jdbi.withHandle(handle -> handle.createQuery("""
                        select source, feed, file_name, reason from meta.file_event
                         where run_id = :runId and outcome = 'REJECTED' order by source, feed, file_name""")
                .bind("runId", runId)
                .map((rs, ctx) -> new RunReport.RejectedFile(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4))).list());
        List<RunReport.QuarantinedRecord> quarantine = jdbi.withHandle(handle -> handle.createQuery("""
                        select source, feed, file_name, record_no, field, value, reason from meta.quarantined_record
                         where run_id = :runId order by source, feed, file_name, record_no limit :limit""")
                .bind("runId", runId).bind("limit", QUARANTINE_SAMPLE)
                .map((rs, ctx) -> new RunReport.QuarantinedRecord(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                        rs.getString(5), rs.getString(6), rs.getString(7))).list());
        long quarantinedTotal = feedReports.stream().mapToLong(RunReport.FeedReport::recordsQuarantined).sum();
        long filesRejected = feedReports.stream().mapToLong(RunReport.FeedReport::filesRejected).sum();
        List<RunReport.StageReport> stages = jobExecution.getStepExecutions().stream()
                .sorted(java.util.Comparator.comparing(StepExecution::getId))
                .map(step -> new RunReport.StageReport(step.getStepName(), step.getStatus().name(), seconds(step.getStartTime(), step.getEndTime())))
                .toList();
        Instant started = instant(jobExecution.getStartTime());
        Instant finished = Instant.now();
        String message = jobExecution.getAllFailureExceptions().stream().map(RunReportListener::failureMessage)
                .distinct().collect(Collectors.joining("; "));
        String status = published ? "COMPLETED" : "FAILED";
        return new RunReport(runId, jobExecution.getJobParameters().getLocalDate(NightlyParameters.RUN_DATE), status,
                RunReport.exitCode(published, filesRejected, quarantinedTotal), published, started, finished,
                Duration.between(started, finished).toMillis() / 1000.0, message.isEmpty() ? null : message,
                feedReports, rejected, quarantine, quarantinedTotal, stages, adopted);
    }

    /**
     * A run that was killed wrote no run report, and what it landed the next run skips as known: so
     * that no landed file, rejection or quarantined record goes unreported, this run takes over the
     * registry entries of every earlier run without a report, and reports them as its own.
     */
    @Override
    public void beforeJob(JobExecution jobExecution) {
        long runId = runId(jobExecution);
        List<Long> unreported = jdbi.withHandle(handle -> handle.createQuery("""
                        select distinct run_id from meta.file_event
                         where run_id <> :runId and run_id not in (select run_id from meta.run_report)
                         order by run_id""")
                .bind("runId", runId).mapTo(Long.class).list());
        if (unreported.isEmpty()) {
            return;
        }
        jdbi.useTransaction(handle -> {
            // Several dead runs may have seen one file: keep what the first that landed or rejected it said.
            handle.createUpdate("""
                            delete from meta.file_event where rowid in (
                                select rowid from (
                                    select rowid, row_number() over (
                                        partition by source, feed, file_name
                                        order by outcome = 'SKIPPED_KNOWN', run_id) as event_rank
                                    from meta.file_event where run_id in (<unreported>))
                                where event_rank > 1)""")
                    .bindList("unreported", unreported).execute();
            for (String table : List.of("meta.file_event", "meta.quarantined_record", "meta.landed_file", "meta.rejected_file")) {
                handle.createUpdate("update " + table + " set run_id = :runId where run_id in (<unreported>)")
                        .bind("runId", runId).bindList("unreported", unreported).execute();
            }
        });
        adoptedRuns.put(runId, List.copyOf(unreported));
        log.warn("Run {} reports what run(s) {} did before they died", runId, unreported);
    }

    private void save(RunReport report) {
        try {
            Files.createDirectories(home.runReports());
            Path file = home.runReports().resolve("run-" + report.runId() + ".json");
            Path temporary = home.runReports().resolve(".run-" + report.runId() + ".json.tmp");
            String text = json.writeValueAsString(report);
            Files.writeString(temporary, text);
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            jdbi.useTransaction(handle -> {
                handle.execute("delete from meta.run_feed_report where run_id = ?", report.runId());
                handle.execute("delete from meta.run_report where run_id = ?", report.runId());
                handle.createUpdate("""
                                insert into meta.run_report (run_id, run_date, status, exit_code, started_at, finished_at, duration_seconds,
                                                             published, message, report_json)
                                values (:runId, :runDate, :status, :exitCode, :startedAt, :finishedAt, :duration, :published, :message, :json)""")
                        .bind("runId", report.runId()).bind("runDate", report.runDate()).bind("status", report.status())
                        .bind("exitCode", report.exitCode()).bind("startedAt", report.startedAt()).bind("finishedAt", report.finishedAt())
                        .bind("duration", report.durationSeconds()).bind("published", report.published())
                        .bind("message", report.message()).bind("json", text)
                        .execute();
                for (RunReport.FeedReport feed : report.feeds()) {
                    handle.createUpdate("""
                                    insert into meta.run_feed_report values (:runId, :source, :feed, :filesSeen, :filesLanded, :filesSkipped,
                                        :filesRejected, :read, :accepted, :quarantined, :duration, :rowsPerSecond)""")
                            .bind("runId", report.runId()).bind("source", feed.source()).bind("feed", feed.feed())
                            .bind("filesSeen", feed.filesSeen()).bind("filesLanded", feed.filesLanded())
                            .bind("filesSkipped", feed.filesSkippedKnown()).bind("filesRejected", feed.filesRejected())
                            .bind("read", feed.recordsRead()).bind("accepted", feed.recordsAccepted())
                            .bind("quarantined", feed.recordsQuarantined()).bind("duration", feed.durationSeconds())
                            .bind("rowsPerSecond", feed.rowsPerSecond())
                            .execute();
                }
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
        return time == null ? Instant.now() : time.atZone(ZoneId.systemDefault()).toInstant();
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
