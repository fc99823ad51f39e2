package no.hdo.dw.jobs.pack;

import static no.hdo.dw.jobs.support.CommandLineRun.hdoDw;
import static org.assertj.core.api.Assertions.assertThat;

import no.hdo.dw.jobs.support.CommandLineRun.Captured;
import no.hdo.dw.jobs.support.DemoPublication;
import org.junit.jupiter.api.Test;

/** {@code report key-figures} and {@code report aml-breaches --summary} on the demo's publication (seed-report-2026-02.md, "Staff"). */
class KeyFiguresReportFunctionalTests {

    private static String home() {
        return DemoPublication.get().home().root().toString();
    }

    @Test
    void keyFiguresGiveEachMonthAndTheYearToDateWithTargetsAsCsv() {
        // when
        Captured captured = hdoDw("report", "key-figures", "--month", "2026-02", "--format", "csv", "--home", home());

        // then
        assertThat(captured.exitCode()).as(captured.err()).isZero();
        assertThat(captured.outLines())
                .containsExactly(
                        "figure,period,value,target,meets_target",
                        "sick_leave_pct,2026-01,5.10,5.00,false",
                        "sick_leave_pct,2026-02,4.23,5.00,true",
                        "sick_leave_pct,ytd,4.68,5.00,true",
                        "aml_breaches,2026-01,6,8,true",
                        "aml_breaches,2026-02,11,8,false",
                        "aml_breaches,ytd,17,16,false",
                        "overtime_hours,2026-01,256.00,,",
                        "overtime_hours,2026-02,197.00,,",
                        "overtime_hours,ytd,453.00,,",
                        "callout_hours,2026-01,86.00,,",
                        "callout_hours,2026-02,104.00,,",
                        "callout_hours,ytd,190.00,,");
    }

    @Test
    void keyFiguresInJsonHaveNullsAndBooleans() {
        // when
        Captured captured = hdoDw("report", "key-figures", "--month", "2026-01", "--format", "json", "--home", home());

        // then
        assertThat(captured.exitCode()).as(captured.err()).isZero();
        assertThat(captured.outLines())
                .contains(
                        "  {\"figure\":\"sick_leave_pct\",\"period\":\"ytd\",\"value\":5.10,\"target\":5.00,\"meets_target\":false},",
                        "  {\"figure\":\"overtime_hours\",\"period\":\"ytd\",\"value\":256.00,\"target\":null,\"meets_target\":null},");
    }

    @Test
    void keyFiguresInTableAreNorwegian() {
        // when
        Captured captured = hdoDw("report", "key-figures", "--month", "2026-02", "--home", home());

        // then
        assertThat(captured.exitCode()).as(captured.err()).isZero();
        assertThat(captured.outLines())
                .anySatisfy(line -> assertThat(line.split(" {2,}"))
                        .containsExactly("Sykefravær", "hittil i år", "4,68", "5,00", "ja"));
        assertThat(captured.outLines())
                .anySatisfy(line ->
                        assertThat(line.split(" {2,}")).containsExactly("AML-brudd", "hittil i år", "17", "16", "nei"));
    }

    @Test
    void keyFiguresOfAMonthOutsideTheDataAreRefusedInOneLine() {
        // when
        Captured captured = hdoDw("report", "key-figures", "--month", "2024-06", "--home", home());

        // then
        assertThat(captured.exitCode()).isEqualTo(2);
        assertThat(captured.errLines())
                .containsExactly("hdo-dw: no key figures for 2024-06: the published staff data cover 2025-02..2026-02");
    }

    @Test
    void summaryGivesBreachesAndSharePerRuleWithTheTotal() {
        // when
        Captured captured = hdoDw(
                "report",
                "aml-breaches",
                "--from",
                "2026-01",
                "--to",
                "2026-02",
                "--summary",
                "--format",
                "csv",
                "--home",
                home());

        // then
        assertThat(captured.exitCode()).as(captured.err()).isZero();
        assertThat(captured.outLines())
                .containsExactly(
                        "rule,breaches,share_pct",
                        "DAILY_REST,6,35.29",
                        "WEEKLY_REST,5,29.41",
                        "DAILY_HOURS,3,17.65",
                        "OVERTIME_WEEK,0,0.00",
                        "OVERTIME_4_WEEKS,0,0.00",
                        "OVERTIME_52_WEEKS,0,0.00",
                        "HOURS_WEEK,0,0.00",
                        "HOURS_4_WEEKS,1,5.88",
                        "SUNDAYS_IN_A_ROW,2,11.76",
                        "TOTAL,17,100.00");
    }

    @Test
    void summaryInTableHasTheReportTextsAndWholePercents() {
        // when
        Captured captured =
                hdoDw("report", "aml-breaches", "--from", "2026-01", "--to", "2026-02", "--summary", "--home", home());

        // then
        assertThat(captured.exitCode()).as(captured.err()).isZero();
        assertThat(captured.outLines().stream()
                        .map(line -> java.util.List.of(line.split(" {2,}")))
                        .toList())
                .contains(
                        java.util.List.of("Hviletid i løpet av 24 timer", "6", "35 %"),
                        java.util.List.of("Hviletid i løpet av 7 dager", "5", "29 %"),
                        java.util.List.of("Arbeidstimer pr. dag", "3", "18 %"),
                        java.util.List.of("Søndager på rad", "2", "12 %"),
                        java.util.List.of("AML timer pr. 4 uker", "1", "6 %"),
                        java.util.List.of("Totalt", "17", "100 %"));
    }

    @Test
    void summaryOfMonthsBeforeTheDataIsUnknownNotZero() {
        // when
        Captured captured = hdoDw(
                "report",
                "aml-breaches",
                "--from",
                "2024-01",
                "--to",
                "2024-02",
                "--summary",
                "--format",
                "csv",
                "--home",
                home());

        // then
        assertThat(captured.exitCode()).as(captured.err()).isZero();
        assertThat(captured.outLines()).hasSize(11).contains("DAILY_REST,,", "TOTAL,,");
    }
}
