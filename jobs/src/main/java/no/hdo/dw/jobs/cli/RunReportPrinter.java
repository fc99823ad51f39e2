package no.hdo.dw.jobs.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import no.hdo.dw.jobs.nightly.RunReport;
import no.hdo.dw.jobs.output.Column;
import no.hdo.dw.jobs.output.ColumnKind;
import no.hdo.dw.jobs.output.OutputFormat;
import no.hdo.dw.jobs.output.ResultTable;
import no.hdo.dw.jobs.output.TableRenderer;

/** Prints the run report at the end of a nightly run, for the operator's log. */
final class RunReportPrinter {

    private RunReportPrinter() {}

    static void print(RunReport report, PrintWriter out) {
        out.printf(
                "Nightly run %d for %s: %s, exit code %d, %.1f s%n",
                report.runId(),
                report.runDate(),
                report.published() ? "published" : "NOT published",
                report.exitCode(),
                report.durationSeconds());
        if (report.message() != null) {
            out.println("Reason: " + report.message());
        }
        if (!report.adoptedRuns().isEmpty()) {
            out.println("Also counts the files of run(s) "
                    + report.adoptedRuns().stream().map(String::valueOf).collect(Collectors.joining(", "))
                    + ", which died before they could report.");
        }
        List<List<Object>> rows = new ArrayList<>();
        for (RunReport.FeedReport feed : report.feeds()) {
            rows.add(List.of(
                    feed.source() + "/" + feed.feed(),
                    feed.filesSeen(),
                    feed.filesLanded(),
                    feed.filesSkippedKnown(),
                    feed.filesRejected(),
                    feed.recordsRead(),
                    feed.recordsAccepted(),
                    feed.recordsQuarantined(),
                    feed.recordsQuarantinedLater(),
                    feed.durationSeconds(),
                    feed.rowsPerSecond() == null ? 0L : Math.round(feed.rowsPerSecond())));
        }
        ResultTable table = new ResultTable(
                List.of(
                        Column.text("feed"),
                        Column.of("files_seen", ColumnKind.COUNT),
                        Column.of("landed", ColumnKind.COUNT),
                        Column.of("skipped_known", ColumnKind.COUNT),
                        Column.of("rejected", ColumnKind.COUNT),
                        Column.of("records_read", ColumnKind.COUNT),
                        Column.of("accepted", ColumnKind.COUNT),
                        Column.of("quarantined", ColumnKind.COUNT),
                        Column.of("quarantined_later", ColumnKind.COUNT),
                        Column.of("seconds", ColumnKind.DECIMAL_2),
                        Column.of("rows_per_second", ColumnKind.COUNT)),
                rows);
        out.print(TableRenderer.render(table, OutputFormat.TABLE));
        for (RunReport.RejectedFile file : report.rejectedFiles()) {
            out.printf("Rejected file %s/%s/%s: %s%n", file.source(), file.feed(), file.fileName(), file.reason());
        }
        for (RunReport.NotTaken entry : report.notTaken()) {
            out.printf("Not taken %s: %s%n", entry.path(), entry.reason());
        }
        for (RunReport.FeedFreshness feed : report.freshness()) {
            if (feed.status().equals("warn") || feed.status().equals("error")) {
                out.printf(
                        "Stale feed %s/%s: %s, newest delivery %s, %d days old (warn after %d, error after %d)%n",
                        feed.source(),
                        feed.feed(),
                        feed.status(),
                        feed.newestDelivery(),
                        feed.ageDays(),
                        feed.warnAfterDays(),
                        feed.errorAfterDays());
            }
        }
        if (report.build() != null) {
            out.printf("Build: %s%n", report.build());
        }
        if (report.unchangedSinceRun() != null) {
            out.printf(
                    "Nothing new since run %d: its publication stands (no model built, no test run, nothing"
                            + " republished)%n",
                    report.unchangedSinceRun());
        }
        for (RunReport.HeldBackDomain domain : report.heldBackDomains()) {
            out.printf(
                    "Held back domain %s: tonight's tables are not published, the previous publication's stay (if there is one); %s%n",
                    domain.domain(), domain.reason());
        }
        for (String warning : report.warnings()) {
            out.println("Warning: " + warning);
        }
        for (RunReport.QuarantinedRecord record : report.quarantineSample()) {
            out.printf(
                    "Quarantined %s/%s/%s record %d, field %s: %s%n",
                    record.source(),
                    record.feed(),
                    record.fileName(),
                    record.recordNo(),
                    record.field() == null ? "(whole record)" : record.field(),
                    record.reason());
        }
        if (report.quarantinedTotal() > report.quarantineSample().size()) {
            out.printf("... %d quarantined records in all: see meta.quarantined_record%n", report.quarantinedTotal());
        }
    }
}
