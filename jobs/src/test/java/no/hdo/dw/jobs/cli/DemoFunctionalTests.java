package no.hdo.dw.jobs.cli;

import static no.hdo.dw.jobs.support.CommandLineRun.hdoDw;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import no.hdo.dw.jobs.support.CommandLineRun.Captured;
import no.hdo.dw.jobs.support.DemoPublication;
import no.hdo.dw.warehouse.DuckDbDatabase;
import no.hdo.dw.warehouse.Home;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The demo, through the command line as a newcomer runs it, and the trend command on its publication. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoFunctionalTests {

    @TempDir
    static Path folder;

    private int demoExitCode;
    private String demoOutput;
    private String demoErrors;
    private Home home;

    @BeforeAll
    void runTheDemo() {
        // given a fresh folder; when the demo runs (once per test JVM: DemoPublication)
        Captured captured = DemoPublication.get().demo();
        demoExitCode = captured.exitCode();
        demoOutput = captured.out();
        demoErrors = captured.err();
        home = DemoPublication.get().home();
    }

    @Test
    void theDemoPublishesAndPrintsTheReportsVideoCallFigure() {
        assertThat(demoExitCode).as(demoOutput + demoErrors).isZero();
        assertThat(demoOutput).contains("Completed video calls, January and February 2026, both platforms: 40 854");
        assertThat(demoOutput
                        .lines()
                        .filter(line -> line.startsWith("2026-01 "))
                        .findFirst()
                        .orElseThrow()
                        .split(" {2,}"))
                .containsExactly("2026-01", "13 085", "7 961", "21 046");
    }

    @Test
    void theDemoPrintsTheWorkingTimeBreachTables() {
        assertThat(demoOutput)
                .contains("Working-time breaches, 13 months to 2026-02 (hdo-dw trend aml-breaches --to 2026-02):");
        assertThat(demoOutput).contains("Working-time breaches per rule, 2026-01 and 2026-02");
        List<List<String>> rows = demoOutput
                .lines()
                .map(line -> List.of(line.strip().split(" {2,}")))
                .toList();
        // seed-report-2026-02.md, "Working-time breaches": 6 in January, 11 in February, by rule
        assertThat(rows)
                .as(demoOutput)
                .contains(List.of("2026-01", "6"), List.of("2026-02", "11"))
                .contains(List.of("DAILY_REST", "2026-01", "3"), List.of("DAILY_REST", "2026-02", "3"))
                .contains(List.of("WEEKLY_REST", "2026-01", "1"), List.of("WEEKLY_REST", "2026-02", "4"))
                .contains(List.of("DAILY_HOURS", "2026-01", "1"), List.of("DAILY_HOURS", "2026-02", "2"))
                .contains(List.of("SUNDAYS_IN_A_ROW", "2026-01", "0"), List.of("SUNDAYS_IN_A_ROW", "2026-02", "2"))
                .contains(List.of("HOURS_4_WEEKS", "2026-01", "1"), List.of("HOURS_4_WEEKS", "2026-02", "0"));
        for (String rule : List.of("OVERTIME_WEEK", "OVERTIME_4_WEEKS", "OVERTIME_52_WEEKS", "HOURS_WEEK")) {
            assertThat(rows).contains(List.of(rule, "2026-01", "0"), List.of(rule, "2026-02", "0"));
        }
    }

    @Test
    void theDemoPrintsTheReportsStaffFigures() {
        List<List<String>> rows = demoOutput
                .lines()
                .map(line -> List.of(line.strip().split(" {2,}")))
                .toList();
        assertThat(rows)
                .as(demoOutput)
                .contains(List.of("2026-02", "95", "4", "4", "103", "102,20")) // headcount
                .contains(List.of("2026-01", "2,15 %", "2,95 %", "5,10 %")) // sick leave
                .contains(List.of("2026-02", "2,07 %", "2,16 %", "4,23 %"))
                .contains(List.of("2026-01", "256,00"), List.of("2026-02", "197,00")) // overtime
                .contains(List.of("2026-01", "86,00"), List.of("2026-02", "104,00")); // call-outs
        assertThat(demoOutput).contains("the demo's own published key");
        assertThat(demoOutput
                        .lines()
                        .filter(line -> line.startsWith("Quarantined turnus/"))
                        .count())
                .isEqualTo(12);
    }

    @Test
    void thePublishedWarehouseHoldsTheReportsFigure() {
        try (DuckDbDatabase published = DuckDbDatabase.openReadOnly(home.publishedWarehouse())) {
            long total = published
                    .jdbi()
                    .withHandle(
                            handle -> handle.createQuery("""
                    select sum(completed_calls) from bi.bi_video_calls_monthly where month_label in ('2026-01', '2026-02')""").mapTo(Long.class).one());
            assertThat(total).isEqualTo(40_854);
        }
    }

    @Test
    void theDemoRunReportNamesEveryPlantedBadRecord() {
        assertThat(demoOutput)
                .contains(
                        "Quarantined video/bliksund/bliksund_20250720020000.jsonl record 1887, field callId: callId is missing");
        assertThat(demoOutput)
                .contains("Quarantined video/snla/snla_20251005020000.csv record 1013, field Status: unknown Status");
        assertThat(demoOutput
                        .lines()
                        .filter(line -> line.startsWith("Quarantined video/"))
                        .count())
                .isEqualTo(8);
        assertThat(demoOutput).contains("exit code 3");
    }

    @Test
    void trendPrintsExactlyTheRequestedMonthsAsCsv() {
        // when
        Captured captured = hdoDw(
                "trend",
                "video-calls",
                "--to",
                "2026-03",
                "--months",
                "3",
                "--format",
                "csv",
                "--home",
                home.root().toString());

        // then: a month with no calls is 0
        assertThat(captured.exitCode()).isZero();
        assertThat(captured.out().lines().toList())
                .containsExactly(
                        "month,bliksund,snla,total",
                        "2026-01,13085,7961,21046",
                        "2026-02,12337,7471,19808",
                        "2026-03,0,0,0");
    }

    @Test
    void trendDefaultsToThirteenMonthsInEveryFormat() {
        for (String format : List.of("table", "markdown", "json", "csv")) {
            Captured captured = hdoDw(
                    "trend",
                    "video-calls",
                    "--to",
                    "2026-02",
                    "--format",
                    format,
                    "--home",
                    home.root().toString());
            assertThat(captured.exitCode()).as(format).isZero();
            assertThat(captured.out())
                    .as(format)
                    .contains("2025-02")
                    .contains("2026-02")
                    .doesNotContain("2025-01");
        }
    }

    @Test
    void badArgumentsExitNonZeroWithOneLine() {
        Captured unknownMetric = hdoDw(
                "trend", "video-cals", "--to", "2026-02", "--home", home.root().toString());
        Captured badMonth = hdoDw(
                "trend", "video-calls", "--to", "2026-13", "--home", home.root().toString());
        Captured badFormat = hdoDw("trend", "video-calls", "--to", "2026-02", "--format", "xml");
        Captured noPublication = hdoDw(
                "trend",
                "video-calls",
                "--to",
                "2026-02",
                "--home",
                folder.resolve("nowhere").toString());

        assertThat(unknownMetric.exitCode()).isEqualTo(2);
        assertThat(unknownMetric.err().strip())
                .startsWith("hdo-dw: unknown metric 'video-cals'")
                .doesNotContain("\n");
        assertThat(badMonth.exitCode()).isEqualTo(2);
        assertThat(badMonth.err()).contains("--to must be a month yyyy-MM");
        assertThat(badFormat.exitCode()).isEqualTo(2);
        assertThat(badFormat.err()).contains("unknown format 'xml'");
        assertThat(noPublication.exitCode()).isEqualTo(1);
        assertThat(noPublication.err().strip()).contains("no warehouse at").doesNotContain("\n");
    }
}
