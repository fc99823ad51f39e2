package no.hdo.dw.jobs.nightly;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import no.hdo.dw.jobs.ExitCode;

/**
 * What one nightly run did: per feed the files seen, landed, skipped as known and rejected, the
 * records read, accepted and quarantined with the time it took; the files rejected and a sample
 * of the quarantine, each with its reason; the stages; and how it ended. A run after a crash also
 * counts the files of the runs that died before they could report ({@code adoptedRuns}).
 */
public record RunReport(long runId, LocalDate runDate, String status, int exitCode, boolean published, Instant startedAt,
        Instant finishedAt, double durationSeconds, String message, List<FeedReport> feeds, List<RejectedFile> rejectedFiles,
        List<QuarantinedRecord> quarantineSample, long quarantinedTotal, List<StageReport> stages, List<Long> adoptedRuns) {

    public record FeedReport(String source, String feed, long filesSeen, long filesLanded, long filesSkippedKnown, long filesRejected,
            long recordsRead, long recordsAccepted, long recordsQuarantined, double durationSeconds, Double rowsPerSecond) {
    }

    public record RejectedFile(String source, String feed, String fileName, String reason) {
    }

    public record QuarantinedRecord(String source, String feed, String fileName, long recordNo, String field, String value, String reason) {
    }

    public record StageReport(String step, String status, double durationSeconds) {
    }

    /** {@code 0} all landed and published, {@code 1} nothing published, {@code 3} published with rejections (cli.md). */
    public static int exitCode(boolean published, long filesRejected, long recordsQuarantined) {
        if (!published) {
            return ExitCode.FAILED.code();
        }
        return (filesRejected > 0 || recordsQuarantined > 0 ? ExitCode.PUBLISHED_WITH_REJECTIONS : ExitCode.OK).code();
    }
}
