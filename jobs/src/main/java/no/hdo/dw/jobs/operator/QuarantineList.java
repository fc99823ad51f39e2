package no.hdo.dw.jobs.operator;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import no.hdo.dw.jobs.InvalidRequestException;
import no.hdo.dw.jobs.nightly.RunReport;
import no.hdo.dw.jobs.output.Column;
import no.hdo.dw.jobs.output.ColumnKind;
import no.hdo.dw.jobs.output.ResultTable;
import no.hdo.dw.warehouse.DuckDbDatabase;
import no.hdo.dw.warehouse.Home;
import no.hdo.dw.warehouse.HomeLock;
import no.hdo.dw.warehouse.WarehouseException;

/**
 * {@code hdo-dw quarantine}: what a run reported as not landed, for sending back to the source owners:
 * every quarantined record, rejected file and file not taken, with file, record, field, value and
 * reason. Read from the work warehouse ({@code meta}, read-only), whole; while a nightly run holds it,
 * from the run's report ({@code runs/run-<n>.json}), whose quarantine is a sample, and said so.
 */
public final class QuarantineList {

    /** The table, and what the operator should know about where it came from (or null). */
    public record Result(long runId, ResultTable table, String note) {}

    private QuarantineList() {}

    /**
     * Run {@code runId} (null: the newest run with a report), only {@code feed} ({@code source/feed};
     * null: every feed, and the files not taken, which belong to no feed).
     */
    public static Result of(Home home, Long runId, String feed) {
        if (feed != null && !feed.matches("[a-z0-9_]+/[a-z0-9_]+")) {
            throw new InvalidRequestException("--feed must be SOURCE/FEED, such as video/bliksund, not '" + feed + "'");
        }
        if (!Files.isDirectory(home.root())) {
            throw new WarehouseException("no home at " + home.root() + ": no nightly run has used it");
        }
        List<Long> runs = RunReports.runIds(home);
        if (runs.isEmpty()) {
            throw new WarehouseException("no nightly run has reported in " + home.root() + " yet");
        }
        long run = runId == null ? runs.get(0) : runId;
        if (!runs.contains(run)) {
            throw new InvalidRequestException(
                    "--run " + run + ": no run report " + home.root().relativize(RunReports.file(home, run))
                            + " (the runs with a report are " + describe(runs) + ")");
        }
        Optional<String> running = HomeLock.holder(home);
        if (running.isEmpty() && Files.isRegularFile(home.workWarehouse())) {
            return new Result(run, fromWarehouse(home, run, feed), null);
        }
        RunReport report = RunReports.read(home, run).orElseThrow();
        String note = running.isPresent()
                ? "A run is going on (" + running.get() + "): read from the run report "
                        + home.root().relativize(RunReports.file(home, run))
                : "No work warehouse: read from the run report " + home.root().relativize(RunReports.file(home, run));
        if (report.quarantinedTotal() > report.quarantineSample().size()) {
            note += ", which lists " + report.quarantineSample().size() + " of the " + report.quarantinedTotal()
                    + " quarantined records; run the command again when the run is over for all of them";
        }
        return new Result(run, fromReport(report, feed), note + ".");
    }

    private static String describe(List<Long> runs) {
        List<Long> ascending = new ArrayList<>(runs);
        java.util.Collections.reverse(ascending);
        return ascending.size() <= 10
                ? ascending.toString().replaceAll("[\\[\\]]", "")
                : ascending.get(0) + " to " + ascending.get(ascending.size() - 1);
    }

    private static ResultTable.Builder table() {
        return ResultTable.builder(
                Column.of("run", ColumnKind.COUNT),
                Column.text("outcome"),
                Column.text("feed"),
                Column.text("file"),
                Column.of("record", ColumnKind.COUNT),
                Column.text("field"),
                Column.text("value"),
                Column.text("reason"));
    }

    private static ResultTable fromWarehouse(Home home, long run, String feed) {
        ResultTable.Builder table = table();
        try (DuckDbDatabase warehouse = DuckDbDatabase.openReadOnly(home.workWarehouse())) {
            warehouse.jdbi().useHandle(handle -> {
                String feedFilter = feed == null ? "" : " and source || '/' || feed = :feed";
                var files = handle.createQuery(
                                """
                                select case outcome when 'REJECTED' then 'rejected' else 'not taken' end as outcome,
                                       source, feed, file_name, reason
                                  from meta.reported_file_event as event
                                 where reported_run_id = :run and outcome in ('REJECTED', 'NOT_TAKEN')""" + (feed == null ? "" : " and outcome = 'REJECTED'") + feedFilter + """

                                 order by event.outcome = 'NOT_TAKEN', source, feed, file_name""")
                        .bind("run", run);
                if (feed != null) {
                    files.bind("feed", feed);
                }
                files.map((rs, ctx) -> {
                            boolean notTaken = rs.getString("outcome").equals("not taken");
                            table.row(
                                    run,
                                    rs.getString("outcome"),
                                    notTaken ? null : rs.getString("source") + "/" + rs.getString("feed"),
                                    rs.getString("file_name"),
                                    null,
                                    null,
                                    null,
                                    rs.getString("reason"));
                            return 0;
                        })
                        .list();
                var records = handle.createQuery("""
                                select source, feed, file_name, record_no, field, value, reason
                                  from meta.reported_quarantined_record
                                 where reported_run_id = :run""" + feedFilter + """

                                 order by source, feed, file_name, record_no, field""").bind("run", run);
                if (feed != null) {
                    records.bind("feed", feed);
                }
                records.map((rs, ctx) -> {
                            table.row(
                                    run,
                                    "quarantined",
                                    rs.getString("source") + "/" + rs.getString("feed"),
                                    rs.getString("file_name"),
                                    rs.getLong("record_no"),
                                    rs.getString("field"),
                                    rs.getString("value"),
                                    rs.getString("reason"));
                            return 0;
                        })
                        .list();
            });
        }
        return table.build();
    }

    private static ResultTable fromReport(RunReport report, String feed) {
        ResultTable.Builder table = table();
        long run = report.runId();
        for (RunReport.RejectedFile file : report.rejectedFiles()) {
            String name = file.source() + "/" + file.feed();
            if (feed == null || feed.equals(name)) {
                table.row(run, "rejected", name, file.fileName(), null, null, null, file.reason());
            }
        }
        if (feed == null) {
            for (RunReport.NotTaken file : report.notTaken()) {
                table.row(run, "not taken", null, file.path(), null, null, null, file.reason());
            }
        }
        for (RunReport.QuarantinedRecord record : report.quarantineSample()) {
            String name = record.source() + "/" + record.feed();
            if (feed == null || feed.equals(name)) {
                table.row(
                        run,
                        "quarantined",
                        name,
                        record.fileName(),
                        record.recordNo(),
                        record.field(),
                        record.value(),
                        record.reason());
            }
        }
        return table.build();
    }
}
