package no.hdo.dw.jobs.turnus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import no.hdo.dw.jobs.nightly.RunReport;
import no.hdo.dw.jobs.support.DifferencingAttack;
import no.hdo.dw.jobs.support.WarehouseRows;
import no.hdo.dw.warehouse.DuckDbDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Secondary suppression (sources.md, "Personal data"): a unit of 4 persons next to units of 5 and 6,
 * delivered as real turnus files and run through the nightly job. The published totals of the
 * organisation less the shown units must not give the unit of 4 away.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TurnusSecondarySuppressionFunctionalTests {

    @TempDir
    static Path temporary;

    private TurnusInbox turnus;
    private RunReport report;

    /**
     * Enhet A: 4 permanent, each 2 days' sick leave and 2 h overtime. Enhet B: 5 permanent, one of
     * them 1 day sick, each 2 h overtime. Enhet C: 5 permanent and 1 temporary, each 2 h overtime,
     * two of them a call-out. So in January the one temporary and the two with call-outs are cells of
     * fewer than 5 too, each the only cell of its kind with persons in it.
     */
    @BeforeAll
    void runTheInbox() {
        turnus = new TurnusInbox(temporary);
        List<String> employments = new ArrayList<>();
        List<String> shifts = new ArrayList<>();
        List<String> absences = new ArrayList<>();
        person(employments, shifts, absences, 0, 4, "Enhet A", "FAST", 2);
        person(employments, shifts, absences, 10, 5, "Enhet B", "FAST", 0);
        absences.add("A-9010;830018010;2026-01-14;2026-01-14;EGM;");
        person(employments, shifts, absences, 20, 5, "Enhet C", "FAST", 0);
        person(employments, shifts, absences, 25, 1, "Enhet C", "MIDLERTIDIG", 0);
        shifts.add("S-9020;830018020;Enhet C;2026-01-20 22:00;2026-01-21 01:00;UTR");
        shifts.add("S-9021;830018021;Enhet C;2026-01-20 22:00;2026-01-21 00:00;UTR");
        turnus.employees("20260201013000", employments.toArray(String[]::new));
        turnus.shifts("2026-01", "20260201013000", shifts.toArray(String[]::new));
        turnus.absences("2026-01", "20260201013000", absences.toArray(String[]::new));
        report = turnus.nightly(LocalDate.of(2026, 2, 1));
    }

    private static void person(
            List<String> employments,
            List<String> shifts,
            List<String> absences,
            int first,
            int count,
            String unit,
            String type,
            int sickDays) {
        for (int i = first; i < first + count; i++) {
            String no = "8300180" + String.format("%02d", i);
            employments.add(no + ";" + unit + ";" + type + ";100;2024-01-01;;N");
            shifts.add("S-" + (100 + i) + ";" + no + ";" + unit + ";2026-01-06 08:00;2026-01-06 16:00;ORD");
            shifts.add("S-" + (200 + i) + ";" + no + ";" + unit + ";2026-01-06 16:00;2026-01-06 18:00;OT");
            if (sickDays > 0) {
                absences.add("A-" + (100 + i) + ";" + no + ";2026-01-12;2026-01-" + (11 + sickDays) + ";EGM;");
            }
        }
    }

    @Test
    void theUnitOfFourIsHiddenAndSoIsTheNextSmallestTheUnitOfFive() {
        assertThat(report.published()).isTrue();
        assertThat(turnus.published("""
                select org_unit_name, persons, cast(agreed_days as double), round(total_pct, 4), is_suppressed from bi.bi_turnus_sick_leave_monthly
                 where month_label = '2026-01' order by org_unit_name"""))
                .containsExactly(
                        "Enhet A|∅|∅|∅|true",
                        "Enhet B|∅|∅|∅|true",
                        // 6 people x 21 agreed days (1 January is a holiday), nobody sick
                        "Enhet C|6|126.0|0.0|false");
        assertThat(turnus.published("""
                select org_unit_name, hour_kind, persons, hours, is_suppressed from bi.bi_turnus_hours_monthly
                 where month_label = '2026-01' and hour_kind = 'Overtid' order by org_unit_name"""))
                .containsExactly(
                        "Enhet A|Overtid|∅|∅|true", "Enhet B|Overtid|∅|∅|true", "Enhet C|Overtid|6|12.0|false");
    }

    @Test
    void aSmallCellThatIsTheOnlyOneWithPersonsIsHiddenWithACellAboutNobody() {
        // the one temporary employee (Enhet C) and the two call-outs (Enhet C): the month's totals
        // are the organisation's (1 temporary, 5 call-out hours), so a unit without any is hidden too,
        // and a reader cannot tell which of the two holds them
        assertThat(turnus.published("""
                select org_unit_name, employment_category, persons, fte, is_suppressed from bi.bi_turnus_headcount_monthly
                 where month_label = '2026-01' order by employment_category, org_unit_name"""))
                .containsExactly(
                        "Enhet A|permanent|∅|∅|true",
                        "Enhet B|permanent|∅|∅|true",
                        "Enhet C|permanent|5|5.0|false",
                        "Enhet A|temporary|∅|∅|true",
                        "Enhet C|temporary|∅|∅|true");
        assertThat(turnus.published("""
                select org_unit_name, persons, hours, is_suppressed from bi.bi_turnus_hours_monthly
                 where month_label = '2026-01' and hour_kind = 'Uttrykning' order by org_unit_name""")).containsExactly("Enhet A|∅|∅|true", "Enhet C|∅|∅|true");
        // and the work warehouse knows which was hidden for what
        assertThat(turnus.work("""
                select staff_table, cell_group, org_unit_id, person_count, is_primary, is_secondary
                  from intermediate.int_turnus__suppressed_cells join marts.dim_turnus_org_unit using (org_unit_key)
                 where is_suppressed order by staff_table, cell_group, org_unit_id"""))
                .containsExactly(
                        "headcount|permanent|Enhet A|4|true|false",
                        "headcount|permanent|Enhet B|5|false|true",
                        "headcount|temporary|Enhet A|0|false|true",
                        "headcount|temporary|Enhet C|1|true|false",
                        "hours|Overtid|Enhet A|4|true|false",
                        "hours|Overtid|Enhet B|5|false|true",
                        "hours|Uttrykning|Enhet A|0|false|true",
                        "hours|Uttrykning|Enhet C|2|true|false",
                        "sick_leave|all|Enhet A|4|true|false",
                        "sick_leave|all|Enhet B|5|false|true");
    }

    @Test
    void theOrganisationWideTotalsArePublishedAsTheyAre() {
        assertThat(turnus.published("""
                select month_label, permanent_count, temporary_count, trainee_count, total_count, fte from reporting.rpt_turnus_headcount_monthly
                 where month_label = '2026-01'""")).containsExactly("2026-01|14|1|0|15|15.0");
        assertThat(turnus.published("""
                select month_label, overtime_hours, callout_hours from reporting.rpt_turnus_hours_monthly where month_label = '2026-01'""")).containsExactly("2026-01|30.0|5.0");
        // 15 x 21 agreed days; 4 x 2 + 1 lost days
        assertThat(turnus.published("""
                select month_label, employee_count, cast(agreed_days as double), cast(lost_days_short_term as double)
                  from reporting.rpt_turnus_sick_leave_monthly where month_label = '2026-01'""")).containsExactly("2026-01|15|315.0|9.0");
    }

    @Test
    void theDifferencingAttackRecoversNothingFromThePublishedFileNorTheParquetFiles() {
        // when the attack runs on the published file as an analyst opens it
        List<String> recovered = DifferencingAttack.recoveredCells(turnus.home.publishedWarehouse());

        // then nothing is recovered, and the file it ran on has hidden cells to attack
        assertThat(recovered).isEmpty();
        assertThat(turnus.published("select count(*) from bi.bi_turnus_sick_leave_monthly where is_suppressed"))
                .containsExactly("2");
        // and the Parquet files hold the same cells, hidden alike
        for (String view :
                List.of("bi_turnus_headcount_monthly", "bi_turnus_sick_leave_monthly", "bi_turnus_hours_monthly")) {
            Path parquet = turnus.home.publishedParquet().resolve(view + ".parquet");
            String cells = "select * from %s order by all";
            assertThat(turnus.published(cells.formatted("read_parquet('" + parquet + "')")))
                    .as(view)
                    .isNotEmpty()
                    .isEqualTo(turnus.published(cells.formatted("bi." + view)));
        }
    }

    @Test
    void theAttackRecoversTheUnitOfFourWhenTheUnitOfFiveIsShown() throws IOException {
        // given a copy of the publication in which the unit of five is shown, as it was with primary suppression only
        Path copy = temporary.resolve("weakened.duckdb");
        Files.copy(turnus.home.publishedWarehouse(), copy);
        try (DuckDbDatabase weakened = DuckDbDatabase.openReadWrite(copy)) {
            weakened.jdbi().useHandle(handle -> {
                handle.execute("""
                        update bi.bi_turnus_sick_leave_monthly set persons = 5, agreed_days = 105, short_term_pct = 100 * 1 / 105.0,
                            long_term_pct = 0, total_pct = 100 * 1 / 105.0, is_suppressed = false where org_unit_name = 'Enhet B'""");
                handle.execute("""
                        update bi.bi_turnus_headcount_monthly set persons = 5, fte = 5, is_suppressed = false
                         where org_unit_name = 'Enhet B' and employment_category = 'permanent'""");
                handle.execute("""
                        update bi.bi_turnus_hours_monthly set persons = 5, hours = 10, is_suppressed = false
                         where org_unit_name = 'Enhet B' and hour_kind = 'Overtid'""");
            });
        }

        // when the attack runs on it
        List<String> recovered = DifferencingAttack.recoveredCells(copy);

        // then it gives the unit of four away: its 4 persons, 84 agreed days, 8 lost days, 8 h of overtime
        String month = WarehouseRows.query(
                        copy,
                        "select month_key from reporting.rpt_turnus_sick_leave_monthly where month_label = '2026-01'")
                .get(0);
        assertThat(recovered)
                .containsExactlyInAnyOrder(
                        "bi_turnus_headcount_monthly|persons per category|" + month + "|permanent|Enhet A|4.0",
                        "bi_turnus_hours_monthly|hours per kind|" + month + "|Overtid|Enhet A|8.0",
                        "bi_turnus_sick_leave_monthly|agreed days|" + month + "|all|Enhet A|84.0",
                        "bi_turnus_sick_leave_monthly|long-term lost days|" + month + "|all|Enhet A|0.0",
                        "bi_turnus_sick_leave_monthly|persons|" + month + "|all|Enhet A|4.0",
                        "bi_turnus_sick_leave_monthly|short-term lost days|" + month + "|all|Enhet A|8.0");
    }
}
