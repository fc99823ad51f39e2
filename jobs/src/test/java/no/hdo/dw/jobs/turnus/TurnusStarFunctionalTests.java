package no.hdo.dw.jobs.turnus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import no.hdo.dw.jobs.output.OutputFormat;
import no.hdo.dw.jobs.output.TableRenderer;
import no.hdo.dw.jobs.trend.TrendMetric;
import no.hdo.dw.jobs.trend.TrendQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The staff star: employees as a type 2 dimension, facts joined to the version of their date, headcount as defined. */
class TurnusStarFunctionalTests {

    @TempDir
    Path temporary;

    @Test
    void anEmployeeHasAVersionPerEmploymentRowAndShiftsJoinTheVersionOfTheirDate() {
        // given a person who moved from 80 % in one unit to 100 % in another on 1 February
        TurnusInbox turnus = new TurnusInbox(temporary);
        turnus.employees(
                "20260301013000",
                "4400000001;Kundeservice;FAST;80;2025-01-01;2026-01-31;N",
                "4400000001;Plattform;FAST;100;2026-02-01;;J");
        turnus.shifts("2026-01", "20260201013000", "S-1;4400000001;Kundeservice;2026-01-30 08:00;2026-01-30 16:00;ORD");
        turnus.shifts("2026-02", "20260301013000", "S-2;4400000001;Plattform;2026-02-02 08:00;2026-02-02 16:00;ORD");

        // when
        turnus.nightly(LocalDate.of(2026, 3, 1));

        // then
        assertThat(turnus.work("""
                select org_unit_id, employment_category, position_pct, has_aml_dispensation, valid_from, valid_to, is_latest_version, is_current
                  from marts.dim_turnus_employee order by valid_from"""))
                .containsExactly(
                        "Kundeservice|permanent|80.00|false|2025-01-01|2026-01-31|false|false",
                        "Plattform|permanent|100.00|true|2026-02-01|∅|true|true");
        assertThat(turnus.work("""
                select shift.shift_id, employee.org_unit_id, employee.position_pct
                  from marts.fct_turnus_shift as shift join marts.dim_turnus_employee as employee using (employee_version_key)
                 order by 1""")).containsExactly("S-1|Kundeservice|80.00", "S-2|Plattform|100.00");
        assertThat(turnus.work("select count(distinct employee_key) from marts.dim_turnus_employee"))
                .containsExactly("1");
    }

    @Test
    void headcountCountsPersonsEmployedOnTheMonthsLastDayByCategoryWithFte() {
        // given permanent, temporary, apprentice and trainee employments that start and end in the months
        TurnusInbox turnus = new TurnusInbox(temporary);
        turnus.employees(
                "20260401013000",
                "4500000001;A;FAST;100;2020-01-01;;N",
                "4500000002;A;FAST;62,5;2020-01-01;;N",
                "4500000003;A;MIDLERTIDIG;100;2026-01-15;2026-02-27;N", // not on 28 February
                "4500000004;A;LAERLING;100;2026-02-28;;N", // from the last day of February
                "4500000005;A;TRAINEE;50;2026-01-01;2026-03-31;N",
                "4500000006;A;FAST;100;2020-01-01;2026-01-31;N");
        // (a month with an absences file is a month with known sick leave)
        turnus.absences("2026-01", "20260201013000", "A-1;4500000001;2026-01-05;2026-01-09;FER;");
        turnus.absences("2026-03", "20260401013000", "A-2;4500000001;2026-03-02;2026-03-06;FER;");

        // when
        turnus.nightly(LocalDate.of(2026, 4, 1));

        // then
        List<String> csv = TableRenderer.render(
                        TrendQuery.read(
                                turnus.home.publishedWarehouse(), TrendMetric.HEADCOUNT, YearMonth.of(2026, 3), 4),
                        OutputFormat.CSV)
                .lines()
                .toList();
        assertThat(csv)
                .containsExactly(
                        "month,permanent,temporary,trainees,total,fte",
                        // before the first turnus month the warehouse knows: unknown, not 0 (definitions.md)
                        "2025-12,,,,,",
                        "2026-01,3,1,1,5,4.13",
                        "2026-02,2,0,2,4,3.13",
                        "2026-03,2,0,2,4,3.13");
    }
}
