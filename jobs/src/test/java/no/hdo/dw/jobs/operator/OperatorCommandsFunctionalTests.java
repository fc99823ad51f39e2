package no.hdo.dw.jobs.operator;

import static no.hdo.dw.jobs.support.CommandLineRun.hdoDw;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import no.hdo.dw.feeds.TextFeed;
import no.hdo.dw.jobs.support.CommandLineRun.Captured;
import no.hdo.dw.jobs.support.DemoPublication;
import no.hdo.dw.warehouse.Home;
import no.hdo.dw.warehouse.HomeLock;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code hdo-dw status} and {@code hdo-dw quarantine} on a home in every state: fresh, one run (the
 * demo's, read-only), a failed run (one night whose data test fails, run as the operator runs it, in a
 * JVM of its own with the program's logging), and a run going on (the home's lock held).
 */
class OperatorCommandsFunctionalTests {

    @TempDir
    static Path temporary;

    /** The failed night: a mapping naming a line the report does not have (a data test fails), and a bad row. */
    private static Home failedHome;

    private static Captured failedNight;

    @BeforeAll
    static void aNightWhoseDataTestFails() {
        // a run date with no reporting month fails the calendar's test, which every domain reads: nothing is
        // published (a failed test of one source only holds back that source, exit 4)
        Path inbox = temporary.resolve("failed-inbox");
        TextFeed.REPORT_LINE_MAPPING.deliver(
                inbox,
                TextFeed.REPORT_LINE_MAPPING.fileName("20260301120000"),
                "Driftsinntekter;3000;3199;2015-01-01;",
                "Lønn;=1+2;5999;2015-01-01;");
        failedHome = new Home(temporary.resolve("failed-home"));
        failedNight = ChildCommand.hdoDw(
                temporary.resolve("child"),
                Map.of(),
                "nightly",
                "--inbox",
                inbox.toString(),
                "--date",
                "2015-01-01",
                "--home",
                failedHome.root().toString());
    }

    @Test
    void aFreshHomeHasNoRunsNothingPublishedAndNoKey() throws IOException {
        // given a home folder no run has used, and a path where there is none
        Path fresh = Files.createDirectories(temporary.resolve("fresh"));

        // when
        Captured status = hdoDw("status", "--home", fresh.toString());
        Captured quarantine = hdoDw("quarantine", "--home", fresh.toString());
        Captured nowhere =
                hdoDw("status", "--home", temporary.resolve("nowhere").toString());

        // then status says so, with every section empty: "none" under its title, not a header over nothing
        assertThat(status.exitCode()).as(status.err()).isZero();
        assertThat(status.outLines())
                .contains(
                        "No run is going on.",
                        "No nightly run has reported yet.",
                        "Nothing is published yet.",
                        "Last runs (newest first)",
                        "Freshness of the feeds at the publication's run date");
        assertThat(String.join("\n", status.outLines()))
                .contains("Last runs (newest first)\nnone\n", "Rejected and not taken files of the last run\nnone\n");
        assertThat(status.out()).containsPattern("state/pseudonym-key-check +nei");
        // and quarantine and a home that is not there are one line each
        assertThat(quarantine.exitCode()).isEqualTo(1);
        assertThat(quarantine.errLines()).containsExactly("hdo-dw: no nightly run has reported in " + fresh + " yet");
        assertThat(nowhere.exitCode()).isEqualTo(1);
        assertThat(nowhere.errLines())
                .containsExactly("hdo-dw: no home at " + temporary.resolve("nowhere") + ": no nightly run has used it");
    }

    @Test
    void afterOneRunStatusShowsTheRunThePublicationTheFreshnessAndTheKey() {
        // given the demo's home: one run (exit 3: its planted bad records), published
        Home home = DemoPublication.get().home();

        // when
        Captured table = hdoDw("status", "--home", home.root().toString());
        Captured csv = hdoDw("status", "--format", "csv", "--home", home.root().toString());
        Captured json =
                hdoDw("status", "--format", "json", "--home", home.root().toString());

        // then the run, its files, the publication, every feed's freshness and the key's check value
        assertThat(table.exitCode()).as(table.err()).isZero();
        assertThat(table.outLines()).contains("No run is going on.");
        assertThat(csv.outLines())
                .contains(
                        "run,run_date,status,exit_code,started_at,duration_s,landed,skipped_known,rejected,not_taken,"
                                + "quarantined,message",
                        "run,run_date,published_at,age_hours",
                        "feed,cadence,newest_delivery,age_days,warn_after_days,error_after_days,status",
                        "check_value,present",
                        "state/pseudonym-key-check,true");
        assertThat(csv.outLines())
                .anyMatch(line -> line.matches("1,2026-03-01,published,3,[-0-9 :]+,[0-9.]+,\\d+,0,0,0,20,"));
        assertThat(csv.outLines()).anyMatch(line -> line.matches("1,2026-03-01,[-0-9 :]+,[0-9.]+"));
        // and every domain published by that run
        assertThat(csv.outLines())
                .contains("domain,status,data_run,data_run_date,reason", "ledger,published,1,2026-03-01,");
        // the demo's newest video files are from the run's night, its ledger of February: all feeds delivered
        assertThat(csv.outLines())
                .filteredOn(line -> line.matches("[a-z]+/[a-z]+,(daily|monthly|yearly),.*"))
                .hasSize(11)
                .allMatch(line -> line.matches(".*,(pass|warn|error)"))
                .anyMatch(line -> line.startsWith("video/bliksund,daily,"));
        assertThat(json.out()).contains("\"runs\" : [", "\"freshness\" : [", "\"present\" : true");
    }

    @Test
    void afterOneRunQuarantineListsEveryQuarantinedRecordWithFileRecordFieldAndReason() {
        // given the demo's home, whose run quarantined 8 video and 12 staff records
        Home home = DemoPublication.get().home();

        // when
        Captured all =
                hdoDw("quarantine", "--format", "csv", "--home", home.root().toString());
        Captured bliksund = hdoDw(
                "quarantine",
                "--run",
                "1",
                "--feed",
                "video/bliksund",
                "--format",
                "csv",
                "--home",
                home.root().toString());
        Captured noSuchRun =
                hdoDw("quarantine", "--run", "7", "--home", home.root().toString());

        // then all twenty, from the work warehouse (no note), each with its file, record, field and reason
        assertThat(all.exitCode()).as(all.err()).isZero();
        assertThat(all.err()).isEmpty();
        assertThat(all.outLines().get(0)).isEqualTo("run,outcome,feed,file,record,field,value,reason");
        assertThat(all.outLines().subList(1, all.outLines().size()))
                .hasSize(20)
                .allMatch(line -> line.matches("1,quarantined,[a-z]+/[a-z]+,[^,]+,\\d+,.*"));
        assertThat(bliksund.outLines().subList(1, bliksund.outLines().size()))
                .isNotEmpty()
                .allMatch(line -> line.startsWith("1,quarantined,video/bliksund,bliksund_"));
        assertThat(noSuchRun.exitCode()).isEqualTo(2);
        assertThat(noSuchRun.errLines())
                .containsExactly("hdo-dw: --run 7: no run report runs/run-7.json (the runs with a report are 1)");
    }

    @Test
    void aFailedRunIsOneLineOnTheTerminalAndItsTraceAndProgressAreInItsLogFile() throws IOException {
        // given the night whose data test failed (run in a JVM of its own, as the operator runs it)

        // then it exits 1 and says why, where its report and log are, and the terminal shows no stack trace
        assertThat(failedNight.exitCode())
                .as(failedNight.out() + failedNight.err())
                .isEqualTo(1);
        assertThat(failedNight.out())
                .contains("NOT published, exit code 1")
                .contains("assert_dim_calendar_month__one_reporting_month")
                .contains("assert_int_ledger__account_report_line__known_lines")
                .contains("Run report: " + failedHome.runReports().resolve("run-1.json"));
        assertThat(failedNight.errLines()).noneMatch(line -> line.startsWith("\tat ") || line.startsWith("Caused by"));
        List<Path> logs;
        try (Stream<Path> files = Files.list(failedHome.logs())) {
            logs = files.toList();
        }
        assertThat(logs).singleElement().asString().matches(".*/nightly-\\d{8}-\\d{6}\\.log");
        assertThat(failedNight.outLines()).contains("Log: " + logs.get(0));
        // and the log file has the progress of every stage and the stack trace
        String log = Files.readString(logs.get(0));
        assertThat(log)
                .contains("Stage 1/16 inboxStep: started")
                .containsPattern("Stage 15/16 testStep: FAILED in [0-9.]+ s")
                .contains("\tat ");

        // when the operator asks
        Captured status =
                hdoDw("status", "--format", "csv", "--home", failedHome.root().toString());
        Captured quarantine = hdoDw(
                "quarantine", "--format", "csv", "--home", failedHome.root().toString());

        // then status shows the failed run and no publication
        assertThat(status.exitCode()).as(status.err()).isZero();
        assertThat(status.outLines())
                .anyMatch(line -> line.startsWith("1,2015-01-01,NOT published,1,")
                        && line.contains("assert_int_ledger__account_report_line__known_lines"));
        assertThat(status.outLines()).noneMatch(line -> line.matches("1,2015-01-01,[-0-9 :]+,[0-9.]+"));
        // and quarantine the bad row, its formula-like value made text for a spreadsheet
        assertThat(quarantine.outLines())
                .anyMatch(line -> line.equals(
                        "1,quarantined,ledger/mapping,report_line_mapping_20260301120000.csv,3,account_from,"
                                + "'=1+2,account_from is not a whole account number"));
    }

    @Test
    void whileARunIsGoingOnStatusAndQuarantineAnswerFromTheReportsAndASecondRunIsRefusedAtOnce() throws IOException {
        // given a copy of the demo's run reports, publication and state, and its home's lock held as a run holds it
        Home home = new Home(temporary.resolve("running"));
        Home demo = DemoPublication.get().home();
        for (Path folder : List.of(demo.runReports(), demo.publications(), demo.stateFolder())) {
            copy(folder, home.root().resolve(demo.root().relativize(folder)));
        }
        Files.createSymbolicLink(home.published(), Files.readSymbolicLink(demo.published()));
        Path inbox = Files.createDirectories(temporary.resolve("empty-inbox"));
        try (HomeLock lock = HomeLock.acquire(home, "nightly run for 2026-03-02")) {
            // when
            Captured status = hdoDw("status", "--home", home.root().toString());
            Captured quarantine =
                    hdoDw("quarantine", "--format", "csv", "--home", home.root().toString());
            long started = System.nanoTime();
            Captured second = hdoDw(
                    "nightly",
                    "--inbox",
                    inbox.toString(),
                    "--home",
                    home.root().toString());
            long millis = (System.nanoTime() - started) / 1_000_000;

            // then status says a run is going on and still shows the last run and the publication
            assertThat(status.exitCode()).as(status.err()).isZero();
            assertThat(status.out())
                    .containsPattern("A run is going on: nightly run for 2026-03-02, process \\d+, since ")
                    .containsPattern("(?m)^ *1 +2026-03-01 +published +3 ");
            // and quarantine reads the run report, whose sample holds all twenty, and says so
            assertThat(quarantine.exitCode()).as(quarantine.err()).isZero();
            assertThat(quarantine.errLines())
                    .singleElement()
                    .asString()
                    .startsWith("hdo-dw: A run is going on (nightly run for 2026-03-02")
                    .contains("read from the run report runs/run-1.json");
            assertThat(quarantine.outLines())
                    .filteredOn(line -> line.startsWith("1,quarantined,"))
                    .hasSize(20);
            // and a second nightly is refused in one line, within a second
            assertThat(second.exitCode()).isEqualTo(1);
            assertThat(second.errLines())
                    .singleElement()
                    .asString()
                    .startsWith("hdo-dw: the home " + home.root()
                            + " is in use by another nightly run (nightly run for 2026-03-02, process ");
            assertThat(millis).isLessThan(1000);
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        }
    }
}
