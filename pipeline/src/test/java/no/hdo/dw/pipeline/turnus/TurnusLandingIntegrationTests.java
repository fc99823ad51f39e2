package no.hdo.dw.pipeline.turnus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import no.hdo.dw.feeds.TextFeed;
import no.hdo.dw.pipeline.support.Inbox;
import no.hdo.dw.pipeline.support.LandingStepRun;
import no.hdo.dw.pipeline.support.ModelsOnLanded;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;

/**
 * The turnus feeds on real inbox files, through their landing steps alone on a real home, and the
 * turnus models built on what landed ({@link ModelsOnLanded}, in the work warehouse: the
 * {@code reporting} tables are the ones the publication copies): delivery rules, local times, the
 * interface models. Bad records, the build's quarantine and the run report are the jobs module's
 * {@code TurnusLandingFunctionalTests}, on a whole night.
 */
class TurnusLandingIntegrationTests {

    private static final Pseudonymiser PSEUDONYMISER = new Pseudonymiser(LandingStepRun.KEY);

    @TempDir
    Path temporary;

    private static String pseudonym(String employeeNo) {
        return PSEUDONYMISER.pseudonym(employeeNo);
    }

    private static Path employees(Inbox turnus, String stamp, String... rows) {
        return TextFeed.EMPLOYEES.deliver(turnus.inbox, TextFeed.EMPLOYEES.fileName(stamp), rows);
    }

    private static Path shifts(Inbox turnus, String month, String stamp, String... rows) {
        return TextFeed.SHIFTS.deliver(turnus.inbox, TextFeed.SHIFTS.fileName(month, stamp), rows);
    }

    private static Path absences(Inbox turnus, String month, String stamp, String... rows) {
        return TextFeed.ABSENCES.deliver(turnus.inbox, TextFeed.ABSENCES.fileName(month, stamp), rows);
    }

    /** The three turnus landing steps in the nightly job's order, then the turnus models and the calendar. */
    private static void landAndBuild(Inbox turnus, LocalDate runDate) {
        for (var feed : List.of(EmployeesFeed.ID, ShiftsFeed.ID, AbsencesFeed.ID)) {
            assertThat(turnus.land(feed).status()).as(feed.toString()).isEqualTo(BatchStatus.COMPLETED);
        }
        ModelsOnLanded.build(
                turnus.home,
                List.of(
                        new EmployeesFeed(PSEUDONYMISER),
                        new ShiftsFeed(PSEUDONYMISER),
                        new AbsencesFeed(PSEUDONYMISER)),
                runDate,
                model -> model.name().contains("_turnus_")
                        || model.name().startsWith("dim_calendar_")
                        || model.name().equals("privacy_settings"));
    }

    private static List<String> built(Inbox turnus, String sql) {
        return turnus.work(sql);
    }

    @Test
    void theContractExamplesLandAndReachTheInterfaceModels() {
        // given the example files of the contract
        Inbox turnus = new Inbox(temporary);
        employees(
                turnus,
                "20260301013000",
                "10234;Drift kontrollrom;FAST;100;2019-08-01;;J",
                "10881;Kundeservice;FAST;80;2021-01-01;2025-12-31;N",
                "10881;Kundeservice;FAST;100;2026-01-01;;N",
                "11502;Plattform;LAERLING;100;2025-08-15;2027-08-14;N");
        shifts(
                turnus,
                "2026-02",
                "20260301013000",
                "S-889120;10234;Drift kontrollrom;2026-02-02 07:30;2026-02-02 15:30;ORD",
                "S-889121;10234;Drift kontrollrom;2026-02-02 15:30;2026-02-03 07:30;BV",
                "S-889122;10234;Drift kontrollrom;2026-02-03 02:10;2026-02-03 04:40;UTR",
                "S-889123;10881;Kundeservice;2026-02-03 08:00;2026-02-03 16:00;ORD",
                "S-889124;10881;Kundeservice;2026-02-03 16:00;2026-02-03 19:00;OT");
        absences(
                turnus,
                "2026-02",
                "20260301013000",
                "A-55120;10881;2026-01-28;2026-01-30;EGM;",
                "A-55121;10881;2026-01-31;2026-02-20;SYK;100",
                "A-55188;11502;2026-02-09;2026-03-22;SYK;50",
                "A-55190;10234;2026-02-16;2026-02-20;FER;");

        // when the landing steps run and the models are built, as on the night of 1 March 2026
        landAndBuild(turnus, LocalDate.of(2026, 3, 1));

        // then every record landed, and the interface models and the report's hours have them
        assertThat(turnus.quarantine("turnus")).isEmpty();
        assertThat(turnus.rejected("turnus")).isEmpty();
        assertThat(built(
                        turnus,
                        "select shift_id, employee_key, org_unit_id, shift_type, strftime(start_local, '%Y-%m-%d %H:%M'), strftime(end_local, '%Y-%m-%d %H:%M'), duration_hours "
                                + "from intermediate.int_turnus__shifts order by shift_id"))
                .containsExactly(
                        "S-889120|" + pseudonym("10234")
                                + "|Drift kontrollrom|ORD|2026-02-02 07:30|2026-02-02 15:30|8.0",
                        "S-889121|" + pseudonym("10234")
                                + "|Drift kontrollrom|BV|2026-02-02 15:30|2026-02-03 07:30|16.0",
                        "S-889122|" + pseudonym("10234")
                                + "|Drift kontrollrom|UTR|2026-02-03 02:10|2026-02-03 04:40|2.5",
                        "S-889123|" + pseudonym("10881") + "|Kundeservice|ORD|2026-02-03 08:00|2026-02-03 16:00|8.0",
                        "S-889124|" + pseudonym("10881") + "|Kundeservice|OT|2026-02-03 16:00|2026-02-03 19:00|3.0");
        assertThat(built(
                        turnus,
                        "select employee_key, org_unit_id, employment_type, position_pct, valid_from, valid_to, has_aml_dispensation "
                                + "from intermediate.int_turnus__employments order by org_unit_id, valid_from"))
                .containsExactly(
                        pseudonym("10234") + "|Drift kontrollrom|FAST|100.00|2019-08-01|∅|true",
                        pseudonym("10881") + "|Kundeservice|FAST|80.00|2021-01-01|2025-12-31|false",
                        pseudonym("10881") + "|Kundeservice|FAST|100.00|2026-01-01|∅|false",
                        pseudonym("11502") + "|Plattform|LAERLING|100.00|2025-08-15|2027-08-14|false");
        assertThat(built(turnus, "select * from marts.privacy_settings")).containsExactly("5");
        assertThat(built(
                        turnus,
                        "select month_label, overtime_hours, callout_hours from reporting.rpt_turnus_hours_monthly"))
                .containsExactly("2026-02|3.0|2.5");
    }

    @Test
    void localTimesAreOsloTimeTheDoubledAutumnHourIsTheFirstAndDurationsAreRealElapsedTime() {
        // given shifts across both daylight-saving changes
        Inbox turnus = new Inbox(temporary);
        employees(turnus, "20260401013000", "4200000001;Drift;FAST;100;2020-01-01;;N");
        shifts(
                turnus,
                "2025-10",
                "20251101013000",
                "S-1;4200000001;Drift;2025-10-25 22:00;2025-10-26 06:00;ORD",
                "S-2;4200000001;Drift;2025-10-26 02:30;2025-10-26 03:30;UTR");
        shifts(
                turnus,
                "2026-03",
                "20260401013000",
                "S-3;4200000001;Drift;2026-03-28 22:00;2026-03-29 06:00;ORD",
                "S-4;4200000001;Drift;2026-03-02 08:00;2026-03-02 16:00;OT");

        // when the landing steps run and the models are built, as on the night of 1 April 2026
        landAndBuild(turnus, LocalDate.of(2026, 4, 1));

        // then
        assertThat(built(turnus, """
                select shift_id, strftime(timezone('UTC', start_at), '%Y-%m-%dT%H:%MZ'), strftime(timezone('UTC', end_at), '%Y-%m-%dT%H:%MZ'),
                       duration_hours
                  from intermediate.int_turnus__shifts order by shift_id"""))
                .containsExactly(
                        "S-1|2025-10-25T20:00Z|2025-10-26T05:00Z|9.0", // the autumn night has 9 real hours
                        "S-2|2025-10-26T00:30Z|2025-10-26T02:30Z|2.0", // 02:30 is the first 02:30 (summer time): 2
                        // hours to 03:30
                        "S-3|2026-03-28T21:00Z|2026-03-29T04:00Z|7.0", // the spring night has 7
                        "S-4|2026-03-02T07:00Z|2026-03-02T15:00Z|8.0");
        assertThat(built(
                        turnus,
                        "select month_label, overtime_hours, callout_hours from reporting.rpt_turnus_hours_monthly "
                                + "where overtime_hours + callout_hours > 0 order by 1"))
                .containsExactly("2025-10|0.0|2.0", "2026-03|8.0|0.0");
    }

    @Test
    void theNewestDeliveryWinsAsEachFeedSays() {
        // given two employees files: the newest is the whole truth
        Inbox turnus = new Inbox(temporary);
        employees(
                turnus,
                "20260201013000",
                "4300000001;Drift;FAST;100;2020-01-01;;N",
                "4300000002;Drift;FAST;100;2020-01-01;;N");
        employees(turnus, "20260301013000", "4300000001;Drift;FAST;100;2020-01-01;;J");
        // and two files of February's shifts: the newest of the month wins whole
        shifts(
                turnus,
                "2026-02",
                "20260215013000",
                "S-1;4300000001;Drift;2026-02-02 08:00;2026-02-02 16:00;ORD",
                "S-2;4300000001;Drift;2026-02-02 16:00;2026-02-02 20:00;OT");
        shifts(
                turnus,
                "2026-02",
                "20260301013000",
                "S-1;4300000001;Drift;2026-02-02 08:00;2026-02-02 16:00;ORD",
                "S-3;4300000001;Drift;2026-02-03 16:00;2026-02-03 17:30;OT");
        // and an absence delivered in two monthly files: the newest delivery of the id wins
        absences(turnus, "2026-01", "20260201013000", "A-1;4300000001;2026-01-26;2026-01-31;SYK;100");
        absences(turnus, "2026-02", "20260301013000", "A-1;4300000001;2026-01-26;2026-02-13;SYK;100");

        // when the landing steps run and the models are built, as on the night of 1 March 2026
        landAndBuild(turnus, LocalDate.of(2026, 3, 1));

        // then
        assertThat(built(turnus, "select has_aml_dispensation from intermediate.int_turnus__employments"))
                .containsExactly("true");
        assertThat(built(turnus, "select shift_id from intermediate.int_turnus__shifts order by 1"))
                .containsExactly("S-1", "S-3");
        assertThat(built(
                        turnus,
                        "select overtime_hours from reporting.rpt_turnus_hours_monthly where month_label = '2026-02'"))
                .containsExactly("1.5");
        assertThat(built(turnus, "select from_date, to_date from intermediate.int_turnus__absences"))
                .containsExactly("2026-01-26|2026-02-13");
        assertThat(built(
                        turnus,
                        "select month_label, total_count from reporting.rpt_turnus_headcount_monthly order by 1"))
                .containsExactly("2026-01|1", "2026-02|1");
    }

    @Test
    void anEmployeesFileWithoutOneGoodRowIsRefusedAndTheEmploymentsInEffectStay() {
        // given an employees file, a newer one that holds its header and nothing else (an export that wrote
        // nothing), a newer still whose two rows are both bad (no position percentage, a date that is none),
        // and a shift of February
        Inbox turnus = new Inbox(temporary);
        employees(turnus, "20260201013000", "4300000001;Drift;FAST;100;2020-01-01;;N");
        employees(turnus, "20260301013000");
        employees(
                turnus,
                "20260301023000",
                "4300000001;Drift;FAST;;2020-01-01;;N",
                "4300000002;Drift;FAST;100;2020-13-01;;N");
        shifts(turnus, "2026-02", "20260301013000", "S-1;4300000001;Drift;2026-02-02 08:00;2026-02-02 16:00;ORD");

        // when the landing steps run and the models are built, as on the night of 1 March 2026
        landAndBuild(turnus, LocalDate.of(2026, 3, 1));

        // then both are refused whole, saying why (the bad one naming its first bad row), and neither is the
        // whole truth
        String why = ": as the newest employees file it would be the whole truth and end every employment (an"
                + " export that wrote nothing?); the employments in effect stay";
        assertThat(turnus.rejected("turnus"))
                .containsExactlyInAnyOrder(
                        "employees|employees_20260301013000.csv|the file has its header and no row" + why,
                        "employees|employees_20260301023000.csv|none of the file's 2 rows was accepted (the first,"
                                + " record 2, field position_pct: position_pct is not a number from 1 to 100"
                                + " (decimal comma))" + why);
        assertThat(turnus.landedFiles("turnus", "employees")).containsExactly("employees_20260201013000.csv|1|1|0");
        // and the person stays employed: the headcount is kept, and the shift has its employment
        assertThat(
                        built(
                                turnus,
                                "select month_label, total_count from reporting.rpt_turnus_headcount_monthly where month_label = '2026-02'"))
                .containsExactly("2026-02|1");
        assertThat(built(turnus, "select shift_id from intermediate.int_turnus__shifts"))
                .containsExactly("S-1");
    }

    @Test
    void aShiftFiledInAnotherMonthThanItStartsInIsQuarantinedAndCountsNowhere() {
        // given February's shift file, which holds a shift of February and one that starts on 2 March, and March's
        // file, the newest of its month, which no longer holds that shift (a correction took it away)
        Inbox turnus = new Inbox(temporary);
        employees(turnus, "20260301013000", "4300000001;Drift;FAST;100;2020-01-01;;N");
        shifts(
                turnus,
                "2026-02",
                "20260301013000",
                "S-1;4300000001;Drift;2026-02-02 08:00;2026-02-02 16:00;ORD",
                "S-2;4300000001;Drift;2026-03-02 16:00;2026-03-02 20:00;OT");
        shifts(turnus, "2026-03", "20260401013000", "S-3;4300000001;Drift;2026-03-03 08:00;2026-03-03 16:00;ORD");

        // when the landing steps run and the models are built, as on the night of 1 April 2026
        landAndBuild(turnus, LocalDate.of(2026, 4, 1));

        // then the misfiled shift is quarantined by the build, naming its start and both months
        assertThat(built(
                        turnus,
                        "select file_name, record_no, field, value, reason from intermediate.int_turnus__quarantined"))
                .containsExactly(
                        "shifts_2026-02_20260301013000.csv|3|start|2026-03-02 16:00|the shift starts in 2026-03,"
                                + " not in 2026-02, the month of its file (the file for a month holds the shifts that start in it)");
        // and it counts nowhere: March has the newest March file's shift only, and no overtime
        assertThat(built(turnus, "select shift_id from intermediate.int_turnus__shifts order by 1"))
                .containsExactly("S-1", "S-3");
        assertThat(built(
                        turnus,
                        "select month_label, overtime_hours from reporting.rpt_turnus_hours_monthly"
                                + " where month_label in ('2026-02', '2026-03') order by 1"))
                .containsExactly("2026-02|0.0", "2026-03|0.0");
    }
}
