package no.hdo.dw.jobs.nightly;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import no.hdo.dw.jobs.ExitCode;

/**
 * What one nightly run did: per feed the files seen, landed, skipped as known and rejected, the
 * records read, accepted and quarantined with the time it took; the files rejected and a sample
 * of the quarantine, each with its reason; what the inbox held outside the feeds (not taken); warnings;
 * the stages; and how it ended. A run after a crash also reports for the runs that died before the
 * operator could see their outcome ({@code adoptedRuns}). Made from the views {@code meta.run_feed_report},
 * {@code meta.reported_file_event} and {@code meta.reported_quarantined_record}; the JSON file and the
 * printed table are this record. {@code unchangedSinceRun}: on a night with nothing new, the run whose
 * build and publication stand (no model built, nothing republished); else null. {@code build}: what
 * the night's build did ("incremental build of 142 models in 3.3 s: 13 tables built, 4 merged, 37
 * kept"); null when it built nothing.
 */
public record RunReport(
        long runId,
        LocalDate runDate,
        String status,
        int exitCode,
        boolean published,
        Instant startedAt,
        Instant finishedAt,
        double durationSeconds,
        String message,
        List<FeedReport> feeds,
        List<FeedFreshness> freshness,
        List<HeldBackDomain> heldBackDomains,
        Long unchangedSinceRun,
        String build,
        List<RejectedFile> rejectedFiles,
        List<NotTaken> notTaken,
        List<String> warnings,
        List<QuarantinedRecord> quarantineSample,
        long quarantinedTotal,
        List<StageReport> stages,
        List<Long> adoptedRuns) {

    public RunReport {
        // a run report written before domains were held back has none
        heldBackDomains = heldBackDomains == null ? List.of() : List.copyOf(heldBackDomains);
    }

    /**
     * A domain whose tables the publication keeps as the previous one had them, because a data test
     * of it (or of a domain it reads) failed; {@code reason} names the tests and their offending rows.
     */
    public record HeldBackDomain(String domain, String reason) {}

    /**
     * {@code recordsRead = recordsAccepted + recordsQuarantined} (a record the build quarantined moved
     * from accepted to quarantined); {@code recordsQuarantinedLater}: records of files landed by earlier
     * runs that this run's checks across records quarantined.
     */
    public record FeedReport(
            String source,
            String feed,
            long filesSeen,
            long filesLanded,
            long filesSkippedKnown,
            long filesRejected,
            long filesFailed,
            long recordsRead,
            long recordsAccepted,
            long recordsQuarantined,
            long recordsQuarantinedLater,
            double durationSeconds,
            Double rowsPerSecond) {}

    /**
     * A feed's freshness at the run date (definitions.md, "Freshness of the sources"): {@code status}
     * pass, warn, error or none; {@code newestDelivery} and {@code ageDays} null when never delivered.
     */
    public record FeedFreshness(
            String source,
            String feed,
            String status,
            LocalDate newestDelivery,
            Integer ageDays,
            int warnAfterDays,
            int errorAfterDays) {

        public boolean inError() {
            return status.equals("error");
        }
    }

    /** The feeds past their freshness error threshold, as {@code source/feed}: why a published run exits 4. */
    public List<String> feedsInError() {
        return feedsInError(freshness);
    }

    static List<String> feedsInError(List<FeedFreshness> freshness) {
        return freshness.stream()
                .filter(FeedFreshness::inError)
                .map(feed -> feed.source() + "/" + feed.feed())
                .toList();
    }

    /** Something in the inbox that no feed takes: its path under the inbox and why. */
    public record NotTaken(String path, String reason) {}

    public record RejectedFile(String source, String feed, String fileName, String reason) {}

    public record QuarantinedRecord(
            String source, String feed, String fileName, long recordNo, String field, String value, String reason) {}

    public record StageReport(String step, String status, double durationSeconds) {}

    /**
     * {@code 0} all landed and published, {@code 1} nothing published, {@code 3} published with
     * rejections: a file rejected or not taken, or a record quarantined; {@code 4} published, but not
     * all of it up to date: a feed past its freshness error threshold or a domain held back by a failed
     * data test, which outranks 3 (cli.md).
     */
    public static int exitCode(
            boolean published, long filesRejectedOrNotTaken, long recordsQuarantined, long feedsInErrorOrDomainsHeld) {
        if (!published) {
            return ExitCode.FAILED.code();
        }
        if (feedsInErrorOrDomainsHeld > 0) {
            return ExitCode.PUBLISHED_NOT_ALL_UP_TO_DATE.code();
        }
        return (filesRejectedOrNotTaken > 0 || recordsQuarantined > 0
                        ? ExitCode.PUBLISHED_WITH_REJECTIONS
                        : ExitCode.OK)
                .code();
    }
}
