package no.hdo.dw.jobs.turnus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Collectors;
import no.hdo.dw.jobs.output.OutputFormat;
import no.hdo.dw.jobs.output.TableRenderer;
import no.hdo.dw.jobs.trend.TrendMetric;
import no.hdo.dw.jobs.trend.TrendQuery;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sick leave exactly as definitions.md defines it, on cases computed by hand. March 2026 has 22
 * weekdays and no public holiday; April 2026 has 22 weekdays of which Maundy Thursday (2 April),
 * Good Friday (3 April) and Easter Monday (6 April) are holidays: 19 agreed days.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TurnusSickLeaveFunctionalTests {

    @TempDir
    static Path temporary;

    private TurnusInbox turnus;

    @BeforeAll
    void landTheCases() {
        turnus = new TurnusInbox(temporary);
        turnus.employees(
                "20260501013000",
                "5000000001;Enhet;FAST;50;2026-03-01;;N", // P1 part-time
                "5000000002;Enhet;FAST;100;2026-03-01;;N",
                "5000000003;Enhet;FAST;100;2026-03-01;;N",
                "5000000004;Enhet;FAST;100;2026-03-01;;N",
                "5000000005;Enhet;FAST;100;2026-03-01;;N",
                "5000000006;Enhet;FAST;100;2026-03-01;;N",
                "5000000007;Enhet;FAST;100;2026-03-01;;N",
                "5000000008;Enhet;FAST;100;2026-03-01;;N");
        // February's file: nobody employed yet, so February's percentage is empty, not 0
        turnus.absences("2026-02", "20260301013000");
        turnus.absences(
                "2026-03",
                "20260401013000",
                "A-1;5000000001;2026-03-03;2026-03-04;EGM;", // P1 50 %: 2 x 0.5 = 1.0, short
                "A-2;5000000002;2026-03-09;2026-03-13;SYK;40", // P2 graded 40 %: 5 x 0.4 = 2.0, short
                "A-3;5000000003;2026-03-02;2026-03-04;EGM;", // P3 EGM chained to SYK: one case 2-18 March,
                "A-4;5000000003;2026-03-05;2026-03-18;SYK;", //    17 days, long: 13 weekdays
                "A-5;5000000004;2026-03-02;2026-03-17;SYK;100", // P4 exactly 16 days, short: 12 weekdays
                "A-6;5000000005;2026-03-23;2026-04-10;SYK;100", // P5 19 days into April, long: March 7
                "A-7;5000000006;2026-03-23;2026-03-24;EGM;", // P6 24 March covered twice:
                "A-8;5000000006;2026-03-24;2026-03-26;SYK;50"); //    1 + 1 + 0.5 + 0.5 = 3.0, short
        turnus.absences(
                "2026-04",
                "20260501013000",
                "A-6;5000000005;2026-03-23;2026-04-10;SYK;100"); // P5 April: 1, 7, 8, 9, 10 (2, 3 and 6 are holidays) =
        // 5
        assertThat(turnus.nightly(LocalDate.of(2026, 5, 1)).exitCode()).isZero();
    }

    private String person(String sql, String employeeNo) {
        return String.join(",", turnus.work(sql.replace("?", "'" + TurnusInbox.pseudonym(employeeNo) + "'")));
    }

    @Test
    void eachPersonsMonthIsWhatTheDefinitionGives() {
        String monthly =
                "select month_key, cast(agreed_days as double), cast(lost_days_short_term as double), cast(lost_days_long_term as double) "
                        + "from marts.fct_turnus_sick_leave_monthly "
                        + "where employee_key = ? order by month_key";
        // part-time: agreed and lost days weigh position_pct / 100
        assertThat(person(monthly, "5000000001")).isEqualTo("202603|11.0|1.0|0.0,202604|9.5|0.0|0.0");
        // graded leave weighs degree_pct / 100
        assertThat(person(monthly, "5000000002")).isEqualTo("202603|22.0|2.0|0.0,202604|19.0|0.0|0.0");
        // EGM chained to SYK is one case of 17 days: long-term, all its days
        assertThat(person(monthly, "5000000003")).isEqualTo("202603|22.0|0.0|13.0,202604|19.0|0.0|0.0");
        // exactly 16 days: short-term
        assertThat(person(monthly, "5000000004")).isEqualTo("202603|22.0|12.0|0.0,202604|19.0|0.0|0.0");
        // a case across the month end is long-term in both months; the Easter holidays are no agreed days
        assertThat(person(monthly, "5000000005")).isEqualTo("202603|22.0|0.0|7.0,202604|19.0|0.0|5.0");
        // a day covered by EGM and a 50 % SYK counts once, at grade 1
        assertThat(person(monthly, "5000000006")).isEqualTo("202603|22.0|3.0|0.0,202604|19.0|0.0|0.0");
        assertThat(person(monthly, "5000000008")).isEqualTo("202603|22.0|0.0|0.0,202604|19.0|0.0|0.0");
    }

    @Test
    void casesAreRunsOfCalendarDaysWithTheirLength() {
        String cases =
                "select distinct case_start_date, case_end_date, case_length_days, is_long_term from intermediate.int_turnus__sick_days "
                        + "where employee_key = ? order by 1";
        assertThat(person(cases, "5000000003")).isEqualTo("2026-03-02|2026-03-18|17|true");
        assertThat(person(cases, "5000000004")).isEqualTo("2026-03-02|2026-03-17|16|false");
        assertThat(person(cases, "5000000005")).isEqualTo("2026-03-23|2026-04-10|19|true");
        assertThat(person(cases, "5000000006")).isEqualTo("2026-03-23|2026-03-26|4|false");
        assertThat(person(
                        "select sick_date, grade from intermediate.int_turnus__sick_days where employee_key = ? order by 1",
                        "5000000006"))
                .isEqualTo("2026-03-23|1.0,2026-03-24|1.0,2026-03-25|0.5,2026-03-26|0.5");
    }

    @Test
    void theMonthlySeriesAddsUpAndIsEmptyWithoutEmployees() {
        // March: agreed 11 + 7 x 22 = 165; short 1 + 2 + 12 + 3 = 18; long 13 + 7 = 20
        // April: agreed 9.5 + 7 x 19 = 142.5; long 5
        List<String> csv = TableRenderer.render(
                        TrendQuery.read(
                                turnus.home.publishedWarehouse(), TrendMetric.SICK_LEAVE, YearMonth.of(2026, 4), 4),
                        OutputFormat.CSV)
                .lines()
                .toList();
        assertThat(csv)
                .containsExactly(
                        "month,short_term_pct,long_term_pct,total_pct",
                        "2026-01,,,",
                        "2026-02,,,",
                        "2026-03,10.91,12.12,23.03",
                        "2026-04,0.00,3.51,3.51");
        assertThat(turnus.published(
                        "select month_label, cast(agreed_days as double), cast(lost_days_short_term as double), cast(lost_days_long_term as double) "
                                + "from reporting.rpt_turnus_sick_leave_monthly order by 1"))
                .containsExactly("2026-02|0.0|0.0|0.0", "2026-03|165.0|18.0|20.0", "2026-04|142.5|0.0|5.0");
    }

    @Test
    void norwegianPublicHolidaysAreComputedForAnyYear(@TempDir Path other) throws Exception {
        // given a warehouse whose calendar runs to 2039
        TurnusInbox empty = new TurnusInbox(other);
        Files.createDirectories(empty.inbox);
        empty.nightly(LocalDate.of(2038, 6, 1));

        // then 2026 has the eleven holidays of definitions.md (Easter Sunday 5 April), by date
        assertThat(
                        empty.work(
                                "select holiday_date, holiday_name_nb from marts.dim_calendar_public_holiday where year(holiday_date) = 2026 order by 1"))
                .containsExactly(
                        "2026-01-01|1. nyttårsdag",
                        "2026-04-02|Skjærtorsdag",
                        "2026-04-03|Langfredag",
                        "2026-04-06|2. påskedag",
                        "2026-05-01|Offentlig høytidsdag",
                        "2026-05-14|Kristi himmelfartsdag",
                        "2026-05-17|Grunnlovsdag",
                        "2026-05-25|2. pinsedag",
                        "2026-12-25|1. juledag",
                        "2026-12-26|2. juledag");
        // and Easter Monday, Ascension Day and Whit Monday follow Easter in every year (Easter Sundays from the
        // almanac)
        String easterBased = empty.work("""
                select year(holiday_date) || ':' || string_agg(strftime(holiday_date, '%m-%d'), ' ' order by holiday_date)
                  from marts.dim_calendar_public_holiday
                 where regexp_matches(holiday_name_nb, 'Skjærtorsdag|Langfredag|påskedag|himmelfart|pinsedag')
                   and year(holiday_date) in (2015, 2019, 2024, 2025, 2027, 2035, 2038)
                 group by year(holiday_date) order by 1""").stream().collect(Collectors.joining(", "));
        assertThat(easterBased)
                .isEqualTo(String.join(
                        ", ",
                        "2015:04-02 04-03 04-06 05-14 05-25", // Easter 5 April
                        "2019:04-18 04-19 04-22 05-30 06-10", // Easter 21 April
                        "2024:03-28 03-29 04-01 05-09 05-20", // Easter 31 March
                        "2025:04-17 04-18 04-21 05-29 06-09", // Easter 20 April
                        "2027:03-25 03-26 03-29 05-06 05-17", // Easter 28 March: Whit Monday on 17 May
                        "2035:03-22 03-23 03-26 05-03 05-14", // Easter 25 March
                        "2038:04-22 04-23 04-26 06-03 06-14")); // Easter 25 April, the latest possible
        // and 17 May 2027 is one holiday with both names
        assertThat(
                        empty.work(
                                "select holiday_name_nb from marts.dim_calendar_public_holiday where holiday_date = date '2027-05-17'"))
                .containsExactly("2. pinsedag / Grunnlovsdag");
    }
}
