package no.hdo.dw.jobs.turnus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import no.hdo.dw.demo.DemoInbox;
import no.hdo.dw.demo.TurnusDemoFeeds;
import no.hdo.dw.jobs.nightly.RunReport;
import no.hdo.dw.jobs.output.OutputFormat;
import no.hdo.dw.jobs.output.TableRenderer;
import no.hdo.dw.jobs.support.DemoPublication;
import no.hdo.dw.jobs.support.DifferencingAttack;
import no.hdo.dw.jobs.support.WarehouseRows;
import no.hdo.dw.jobs.trend.TrendMetric;
import no.hdo.dw.jobs.trend.TrendQuery;
import no.hdo.dw.pipeline.turnus.PseudonymKey;
import no.hdo.dw.warehouse.DuckDbDatabase;
import no.hdo.dw.warehouse.Home;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The demo's staff data, run through the nightly job: the report's staff figures from the published warehouse. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TurnusDemoFunctionalTests {

    private static final YearMonth FEBRUARY = YearMonth.of(2026, 2);

    private DemoInbox.Summary summary;
    private Home home;
    private RunReport report;

    @BeforeAll
    void runTheDemoInbox() throws IOException {
        // the demo inbox, run once per test JVM under the demo's pseudonym key (DemoPublication)
        DemoPublication demo = DemoPublication.get();
        summary = demo.summary();
        home = demo.home();
        report = demo.report();
    }

    private List<String> trend(TrendMetric metric, int months) {
        return TableRenderer.render(
                        TrendQuery.read(home.publishedWarehouse(), metric, FEBRUARY, months), OutputFormat.CSV)
                .lines()
                .toList();
    }

    @Test
    void headcountAtTheEndOfFebruaryIs95Permanent4Temporary4TraineesOf103() {
        assertThat(trend(TrendMetric.HEADCOUNT, 1))
                .containsExactly("month,permanent,temporary,trainees,total,fte", "2026-02,95,4,4,103,102.20");
        assertThat(summary.feed("turnus/employees").expectedByMonth().get(FEBRUARY))
                .isEqualTo(103);
    }

    @Test
    void sickLeaveIs510PercentInJanuaryAnd423InFebruaryWithTheReportsSplit() {
        assertThat(trend(TrendMetric.SICK_LEAVE, 2))
                .containsExactly(
                        "month,short_term_pct,long_term_pct,total_pct",
                        "2026-01,2.15,2.95,5.10",
                        "2026-02,2.07,2.16,4.23");
        // and the lost and agreed days are those computed case by case in TurnusDemoFeeds
        assertThat(
                        published(
                                "select month_label, cast(agreed_days as double), cast(lost_days_short_term as double), cast(lost_days_long_term as double) "
                                        + "from reporting.rpt_turnus_sick_leave_monthly where month_label >= '2026-01' order by 1"))
                .containsExactly("2026-01|2146.2|46.2|63.3", "2026-02|2044.0|42.3|44.2");
    }

    @Test
    void overtimeAndCallOutHoursAreTheReportsToTheMinute() {
        assertThat(trend(TrendMetric.OVERTIME, 2))
                .containsExactly("month,overtime_hours", "2026-01,256.00", "2026-02,197.00");
        assertThat(trend(TrendMetric.CALLOUT_HOURS, 2))
                .containsExactly("month,callout_hours", "2026-01,86.00", "2026-02,104.00");
        assertThat(published(
                        "select month_label, overtime_hours, callout_hours from reporting.rpt_turnus_hours_monthly "
                                + "where month_label >= '2026-01' order by 1"))
                .containsExactly("2026-01|256.0|86.0", "2026-02|197.0|104.0");
        assertThat(trend(TrendMetric.OVERTIME, 13)).hasSize(14);
    }

    @Test
    void everyPlantedBadTurnusRecordIsQuarantinedAndNothingElse() {
        Set<String> planted = summary.badRecords().stream()
                .filter(bad -> bad.file().startsWith("turnus/"))
                .map(bad ->
                        bad.file().substring(bad.file().lastIndexOf('/') + 1) + ":" + bad.line() + ":" + bad.field())
                .collect(Collectors.toSet());
        assertThat(planted).hasSize(12);
        try (DuckDbDatabase work = DuckDbDatabase.openReadOnly(home.workWarehouse())) {
            List<String> quarantined = work.jdbi()
                    .withHandle(handle -> handle.createQuery(
                                    "select file_name || ':' || record_no || ':' || field from meta.quarantined_record where source = 'turnus'")
                            .mapTo(String.class)
                            .list());
            assertThat(quarantined).containsExactlyInAnyOrderElementsOf(planted);
        }
        assertThat(report.exitCode()).isEqualTo(3);
    }

    @Test
    void noDemoEmployeeNumberAndNotTheDemoKeyIsInAnyFileOfTheHome() throws IOException {
        List<byte[]> secrets = new ArrayList<>();
        TurnusDemoFeeds.employeeNumbers().forEach(no -> secrets.add(no.getBytes(StandardCharsets.UTF_8)));
        secrets.add(PseudonymKey.DEMO_KEY_TEXT.getBytes(StandardCharsets.UTF_8));
        for (Path file : TurnusPrivacyFunctionalTests.filesUnder(home.root())) {
            byte[] bytes = Files.readAllBytes(file);
            for (byte[] secret : secrets) {
                int at = TurnusPrivacyFunctionalTests.indexOf(bytes, secret);
                assertThat(at)
                        .as(
                                "%s in %s: %s",
                                new String(secret, StandardCharsets.UTF_8),
                                file,
                                TurnusPrivacyFunctionalTests.around(bytes, at))
                        .isEqualTo(-1);
            }
        }
    }

    @Test
    void theManagementUnitOfFourIsSuppressedInTheBiViews() {
        assertThat(published("select distinct persons, fte, is_suppressed from bi.bi_turnus_headcount_monthly "
                        + "where org_unit_name = 'Ledelse' and month_label = '2026-02'"))
                .containsExactly("∅|∅|true");
        // management (4), the next smallest permanent cell (Fag og stab, 14) with it, and the temporary (4) and
        // trainees (4) of small units
        assertThat(
                        published(
                                "select sum(persons) from bi.bi_turnus_headcount_monthly where month_label = '2026-02' and not is_suppressed"))
                .containsExactly(String.valueOf(103 - 4 - 14 - 4 - 4));
    }

    @Test
    void theDifferencingAttackRecoversNothingFromTheDemosPublication() {
        // given the demo's publication, whose staff views have hidden cells: among them the sick leave of
        // management (4 persons, 14,77 % in 2025-09), hidden with the next smallest unit's
        assertThat(published("""
                select org_unit_name from bi.bi_turnus_sick_leave_monthly where month_label = '2025-09' and is_suppressed order by 1""")).containsExactly("Fag og stab", "Ledelse");
        for (String view :
                List.of("bi_turnus_headcount_monthly", "bi_turnus_sick_leave_monthly", "bi_turnus_hours_monthly")) {
            assertThat(published("select count(*) filter (where is_suppressed) >= 13 from bi." + view))
                    .as(view)
                    .containsExactly("true");
        }

        // when the attack runs on the published file, then it recovers nothing
        assertThat(DifferencingAttack.recoveredCells(home.publishedWarehouse())).isEmpty();
        // while the organisation's figures stay as the report prints them
        assertThat(
                        published(
                                "select round(total_pct, 2) from reporting.rpt_turnus_sick_leave_monthly where month_label = '2026-02'"))
                .containsExactly("4.23");
    }

    private List<String> published(String sql) {
        return WarehouseRows.published(home, sql);
    }

    @Test
    void anIndependentReadingOfTheWorkingTimeRulesFindsExactlyThePlantedBreaches() {
        // given the shifts and employments the breach engine reads (the interface models)
        List<WorkingTimeRulesCheck.Shift> shifts;
        List<WorkingTimeRulesCheck.Employment> employments;
        try (DuckDbDatabase work = DuckDbDatabase.openReadOnly(home.workWarehouse())) {
            shifts = work.jdbi()
                    .withHandle(handle -> handle.createQuery(
                                    "select employee_key, shift_type, epoch_ms(start_at), epoch_ms(end_at) from intermediate.int_turnus__shifts")
                            .map((rs, ctx) -> new WorkingTimeRulesCheck.Shift(
                                    rs.getString(1),
                                    rs.getString(2),
                                    java.time.Instant.ofEpochMilli(rs.getLong(3)),
                                    java.time.Instant.ofEpochMilli(rs.getLong(4))))
                            .list());
            employments = work.jdbi()
                    .withHandle(handle -> handle.createQuery(
                                    "select employee_key, valid_from, valid_to, has_aml_dispensation from intermediate.int_turnus__employments")
                            .map((rs, ctx) -> new WorkingTimeRulesCheck.Employment(
                                    rs.getString(1),
                                    rs.getObject(2, LocalDate.class),
                                    rs.getObject(3, LocalDate.class),
                                    rs.getBoolean(4)))
                            .list());
        }

        // when every rule of definitions.md is checked over the 13 months
        Set<String> found = WorkingTimeRulesCheck.breaches(shifts, employments);

        // then the breaches are exactly the planted ones: the base roster breaks no rule
        Set<String> planted = TurnusDemoFeeds.plantedBreaches().stream()
                .map(breach -> breach.rule() + "|" + breach.date() + "|" + breach.employeeKey())
                .collect(Collectors.toSet());
        assertThat(found).containsExactlyInAnyOrderElementsOf(planted);
        // and they are the report's, January 6 and February 11 by rule, after a year of quick returns
        assertThat(byRuleAndMonth(found))
                .containsExactly(
                        "DAILY_HOURS 2026-01: 1",
                        "DAILY_HOURS 2026-02: 2",
                        "DAILY_REST 2025-02: 3",
                        "DAILY_REST 2025-03: 5",
                        "DAILY_REST 2025-04: 2",
                        "DAILY_REST 2025-05: 4",
                        "DAILY_REST 2025-06: 6",
                        "DAILY_REST 2025-07: 1",
                        "DAILY_REST 2025-08: 3",
                        "DAILY_REST 2025-09: 9",
                        "DAILY_REST 2025-10: 4",
                        "DAILY_REST 2025-11: 5",
                        "DAILY_REST 2025-12: 2",
                        "DAILY_REST 2026-01: 3",
                        "DAILY_REST 2026-02: 3",
                        "HOURS_4_WEEKS 2026-01: 1",
                        "SUNDAYS_IN_A_ROW 2026-02: 2",
                        "WEEKLY_REST 2026-01: 1",
                        "WEEKLY_REST 2026-02: 4");
    }

    private static List<String> byRuleAndMonth(Set<String> breaches) {
        return breaches.stream()
                .map(breach -> breach.split("\\|"))
                .collect(Collectors.groupingBy(
                        parts -> parts[0] + " " + parts[1].substring(0, 7),
                        java.util.TreeMap::new,
                        Collectors.counting()))
                .entrySet()
                .stream()
                .map(entry -> entry.getKey() + ": " + entry.getValue())
                .toList();
    }
}
