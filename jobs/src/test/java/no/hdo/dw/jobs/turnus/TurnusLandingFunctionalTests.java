package no.hdo.dw.jobs.turnus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import no.hdo.dw.jobs.nightly.RunReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The turnus feeds on real inbox files: delivery rules, local times, the interface models. */
class TurnusLandingFunctionalTests {

    @TempDir
    Path temporary;

    @Test
    void theContractExamplesLandAndReachTheInterfaceModels() {
        // given the example files of the contract
        TurnusInbox turnus = new TurnusInbox(temporary);
        turnus.employees(
                "20260301013000",
                "10234;Drift kontrollrom;FAST;100;2019-08-01;;J",
                "10881;Kundeservice;FAST;80;2021-01-01;2025-12-31;N",
                "10881;Kundeservice;FAST;100;2026-01-01;;N",
                "11502;Plattform;LAERLING;100;2025-08-15;2027-08-14;N");
        turnus.shifts(
                "2026-02",
                "20260301013000",
                "S-889120;10234;Drift kontrollrom;2026-02-02 07:30;2026-02-02 15:30;ORD",
                "S-889121;10234;Drift kontrollrom;2026-02-02 15:30;2026-02-03 07:30;BV",
                "S-889122;10234;Drift kontrollrom;2026-02-03 02:10;2026-02-03 04:40;UTR",
                "S-889123;10881;Kundeservice;2026-02-03 08:00;2026-02-03 16:00;ORD",
                "S-889124;10881;Kundeservice;2026-02-03 16:00;2026-02-03 19:00;OT");
        turnus.absences(
                "2026-02",
                "20260301013000",
                "A-55120;10881;2026-01-28;2026-01-30;EGM;",
                "A-55121;10881;2026-01-31;2026-02-20;SYK;100",
                "A-55188;11502;2026-02-09;2026-03-22;SYK;50",
                "A-55190;10234;2026-02-16;2026-02-20;FER;");

        // when
        RunReport report = turnus.nightly(LocalDate.of(2026, 3, 1));

        // then
        assertThat(report.exitCode()).as(report.toString()).isZero();
        assertThat(turnus.work(
                        "select shift_id, employee_key, org_unit_id, shift_type, strftime(start_local, '%Y-%m-%d %H:%M'), strftime(end_local, '%Y-%m-%d %H:%M'), duration_hours "
                                + "from intermediate.int_turnus__shifts order by shift_id"))
                .containsExactly(
                        "S-889120|" + TurnusInbox.pseudonym("10234")
                                + "|Drift kontrollrom|ORD|2026-02-02 07:30|2026-02-02 15:30|8.0",
                        "S-889121|" + TurnusInbox.pseudonym("10234")
                                + "|Drift kontrollrom|BV|2026-02-02 15:30|2026-02-03 07:30|16.0",
                        "S-889122|" + TurnusInbox.pseudonym("10234")
                                + "|Drift kontrollrom|UTR|2026-02-03 02:10|2026-02-03 04:40|2.5",
                        "S-889123|" + TurnusInbox.pseudonym("10881")
                                + "|Kundeservice|ORD|2026-02-03 08:00|2026-02-03 16:00|8.0",
                        "S-889124|" + TurnusInbox.pseudonym("10881")
                                + "|Kundeservice|OT|2026-02-03 16:00|2026-02-03 19:00|3.0");
        assertThat(turnus.work(
                        "select employee_key, org_unit_id, employment_type, position_pct, valid_from, valid_to, has_aml_dispensation "
                                + "from intermediate.int_turnus__employments order by org_unit_id, valid_from"))
                .containsExactly(
                        TurnusInbox.pseudonym("10234") + "|Drift kontrollrom|FAST|100.00|2019-08-01|∅|true",
                        TurnusInbox.pseudonym("10881") + "|Kundeservice|FAST|80.00|2021-01-01|2025-12-31|false",
                        TurnusInbox.pseudonym("10881") + "|Kundeservice|FAST|100.00|2026-01-01|∅|false",
                        TurnusInbox.pseudonym("11502") + "|Plattform|LAERLING|100.00|2025-08-15|2027-08-14|false");
        assertThat(turnus.work("select * from marts.privacy_settings")).containsExactly("5");
        assertThat(turnus.published(
                        "select month_label, overtime_hours, callout_hours from reporting.rpt_turnus_hours_monthly"))
                .containsExactly("2026-02|3.0|2.5");
    }

    @Test
    void badRecordsOfEveryKindAreQuarantinedWithFileLineFieldAndReasonAndNoEmployeeNumber() {
        // given files with a bad record of every kind sources.md names, between good ones
        TurnusInbox turnus = new TurnusInbox(temporary);
        turnus.employees(
                "20260401013000",
                "4100000001;Drift;FAST;100;2020-01-01;;N",
                "4100000002;Drift;FAST;80;2020-01-01;2026-03-14;N",
                "4100000002;Drift;FAST;100;2026-03-10;;N",
                "4100000003;Drift;KONSULENT;100;2020-01-01;;N",
                "4100000004;Drift;FAST;0;2020-01-01;;N",
                "4100000005;Drift;FAST;80.5;2020-01-01;;N",
                "4100000006;Drift;FAST;62,5;2020-01-01;;X",
                "4100000007;Drift;FAST;62,5;2020-01-01;;N");
        turnus.shifts(
                "2026-03",
                "20260401013000",
                "S-1;4100000001;Drift;2026-03-02 08:00;2026-03-02 16:00;ORD",
                "S-2;4100000001;Drift;2026-03-29 02:30;2026-03-29 06:00;UTR",
                "S-3;4100000001;Drift;2026-03-03 08:00;2026-03-03 08:00;ORD",
                "S-4;4100000001;Drift;2026-03-04 08:00;2026-03-05 08:01;ORD",
                "S-5;4100000001;Drift;2026-03-05 08:00;2026-03-05 16:00;NATT",
                "S-6;4100000001;Drift;2026-03-06 08:00",
                "S-7;;Drift;2026-03-06 08:00;2026-03-06 16:00;ORD",
                "S-8;4100000009;Drift;2026-03-06 08:00;2026-03-06 16:00;ORD",
                "S-9;4100000002;Drift;2026-03-11 08:00;2026-03-11 16:00;ORD",
                "S-10;4100000007;Drift;2026-03-09 8:00;2026-03-09 16:00;ORD");
        turnus.absences(
                "2026-03",
                "20260401013000",
                "A-1;4100000001;2026-03-10;2026-03-09;EGM;",
                "A-2;4100000001;2026-03-10;2026-03-11;KURS;",
                "A-3;4100000001;2026-03-10;2026-03-11;SYK;0",
                "A-4;4100000001;2026-03-10;2026-03-11;SYK;101",
                "A-5;4100000001;2026-03-16;2026-03-17;SYK;50");

        // when
        RunReport report = turnus.nightly(LocalDate.of(2026, 4, 1));

        // then
        assertThat(report.exitCode()).isEqualTo(3);
        assertThat(turnus.quarantine())
                .containsExactly(
                        "absences|absences_2026-03_20260401013000.csv|2|to_date|2026-03-09|to_date is before from_date (2026-03-10)|landing",
                        "absences|absences_2026-03_20260401013000.csv|3|code|KURS|unknown code; expected one of EGM, SYK, SYKB, FER, PERM, ANNET|landing",
                        "absences|absences_2026-03_20260401013000.csv|4|degree_pct|0|degree_pct is outside 1-100|landing",
                        "absences|absences_2026-03_20260401013000.csv|5|degree_pct|101|degree_pct is outside 1-100|landing",
                        "employees|employees_20260401013000.csv|3|valid_from|2020-01-01..2026-03-14|the employment row overlaps line 4 of the same person: both rows are quarantined|build",
                        "employees|employees_20260401013000.csv|4|valid_from|2026-03-10..|the employment row overlaps line 3 of the same person: both rows are quarantined|build",
                        "employees|employees_20260401013000.csv|5|employment_type|KONSULENT|unknown employment_type; expected one of FAST, MIDLERTIDIG, LAERLING, TRAINEE|landing",
                        "employees|employees_20260401013000.csv|6|position_pct|0|position_pct is not a number from 1 to 100 (decimal comma)|landing",
                        "employees|employees_20260401013000.csv|7|position_pct|80.5|position_pct is not a number from 1 to 100 (decimal comma)|landing",
                        "employees|employees_20260401013000.csv|8|aml_dispensation|X|aml_dispensation must be J or N|landing",
                        "shifts|shifts_2026-03_20260401013000.csv|3|start|2026-03-29 02:30|start does not exist in Europe/Oslo (the spring-forward hour)|landing",
                        "shifts|shifts_2026-03_20260401013000.csv|4|end|2026-03-03 08:00|end is not after start (2026-03-03 08:00)|landing",
                        "shifts|shifts_2026-03_20260401013000.csv|5|end|2026-03-05 08:01|the shift is longer than 24 hours (start 2026-03-04 08:00)|landing",
                        "shifts|shifts_2026-03_20260401013000.csv|6|shift_type|NATT|unknown shift_type; expected one of ORD, OT, BV, UTR|landing",
                        "shifts|shifts_2026-03_20260401013000.csv|7|∅|∅|expected 6 fields separated by ';', found 4 (the record is not shown: it holds an employee_no)|landing",
                        "shifts|shifts_2026-03_20260401013000.csv|8|employee_no|∅|employee_no is missing|landing",
                        "shifts|shifts_2026-03_20260401013000.csv|9|employee_no|***|the employee_no (pseudonym "
                                + TurnusInbox.pseudonym("4100000009").substring(0, 12)
                                + "...) has no employment on 2026-03-06|build",
                        "shifts|shifts_2026-03_20260401013000.csv|10|employee_no|***|the employee_no (pseudonym "
                                + TurnusInbox.pseudonym("4100000002").substring(0, 12)
                                + "...) has no employment on 2026-03-11|build",
                        "shifts|shifts_2026-03_20260401013000.csv|11|start|2026-03-09 8:00|start is not a time yyyy-MM-dd HH:mm|landing");
        // and the run report counts them per feed, the build's with the landing's
        assertThat(TurnusInbox.feed(report, "employees").recordsQuarantined()).isEqualTo(6);
        assertThat(TurnusInbox.feed(report, "shifts").recordsQuarantined()).isEqualTo(9);
        assertThat(TurnusInbox.feed(report, "absences").recordsQuarantined()).isEqualTo(4);
        // and read = accepted + quarantined holds where the build quarantined: its records moved from accepted to
        // quarantined
        for (String feed : java.util.List.of("employees", "shifts", "absences")) {
            RunReport.FeedReport counts = TurnusInbox.feed(report, feed);
            assertThat(counts.recordsRead()).as(feed).isEqualTo(counts.recordsAccepted() + counts.recordsQuarantined());
        }
        // and only the good records reach the interface models (62,5 % read with its decimal comma)
        assertThat(turnus.work("select shift_id from intermediate.int_turnus__shifts"))
                .containsExactly("S-1");
        assertThat(turnus.work("select position_pct from intermediate.int_turnus__employments order by 1"))
                .containsExactly("62.50", "100.00");
        // and a second run finds nothing new
        RunReport again = turnus.nightly(LocalDate.of(2026, 4, 1));
        assertThat(again.exitCode()).isZero();
        assertThat(turnus.quarantine()).hasSize(19);
    }

    @Test
    void localTimesAreOsloTimeTheDoubledAutumnHourIsTheFirstAndDurationsAreRealElapsedTime() {
        // given shifts across both daylight-saving changes
        TurnusInbox turnus = new TurnusInbox(temporary);
        turnus.employees("20260401013000", "4200000001;Drift;FAST;100;2020-01-01;;N");
        turnus.shifts(
                "2025-10",
                "20251101013000",
                "S-1;4200000001;Drift;2025-10-25 22:00;2025-10-26 06:00;ORD",
                "S-2;4200000001;Drift;2025-10-26 02:30;2025-10-26 03:30;UTR");
        turnus.shifts(
                "2026-03",
                "20260401013000",
                "S-3;4200000001;Drift;2026-03-28 22:00;2026-03-29 06:00;ORD",
                "S-4;4200000001;Drift;2026-03-02 08:00;2026-03-02 16:00;OT");

        // when
        turnus.nightly(LocalDate.of(2026, 4, 1));

        // then
        assertThat(turnus.work("""
                select shift_id, strftime(timezone('UTC', start_at), '%Y-%m-%dT%H:%MZ'), strftime(timezone('UTC', end_at), '%Y-%m-%dT%H:%MZ'),
                       duration_hours
                  from intermediate.int_turnus__shifts order by shift_id"""))
                .containsExactly(
                        "S-1|2025-10-25T20:00Z|2025-10-26T05:00Z|9.0", // the autumn night has 9 real hours
                        "S-2|2025-10-26T00:30Z|2025-10-26T02:30Z|2.0", // 02:30 is the first 02:30 (summer time): 2
                        // hours to 03:30
                        "S-3|2026-03-28T21:00Z|2026-03-29T04:00Z|7.0", // the spring night has 7
                        "S-4|2026-03-02T07:00Z|2026-03-02T15:00Z|8.0");
        assertThat(turnus.published(
                        "select month_label, overtime_hours, callout_hours from reporting.rpt_turnus_hours_monthly "
                                + "where overtime_hours + callout_hours > 0 order by 1"))
                .containsExactly("2025-10|0.0|2.0", "2026-03|8.0|0.0");
    }

    @Test
    void theNewestDeliveryWinsAsEachFeedSays() {
        // given two employees files: the newest is the whole truth
        TurnusInbox turnus = new TurnusInbox(temporary);
        turnus.employees(
                "20260201013000", "4300000001;Drift;FAST;100;2020-01-01;;N", "4300000002;Drift;FAST;100;2020-01-01;;N");
        turnus.employees("20260301013000", "4300000001;Drift;FAST;100;2020-01-01;;J");
        // and two files of February's shifts: the newest of the month wins whole
        turnus.shifts(
                "2026-02",
                "20260215013000",
                "S-1;4300000001;Drift;2026-02-02 08:00;2026-02-02 16:00;ORD",
                "S-2;4300000001;Drift;2026-02-02 16:00;2026-02-02 20:00;OT");
        turnus.shifts(
                "2026-02",
                "20260301013000",
                "S-1;4300000001;Drift;2026-02-02 08:00;2026-02-02 16:00;ORD",
                "S-3;4300000001;Drift;2026-02-03 16:00;2026-02-03 17:30;OT");
        // and an absence delivered in two monthly files: the newest delivery of the id wins
        turnus.absences("2026-01", "20260201013000", "A-1;4300000001;2026-01-26;2026-01-31;SYK;100");
        turnus.absences("2026-02", "20260301013000", "A-1;4300000001;2026-01-26;2026-02-13;SYK;100");

        // when
        turnus.nightly(LocalDate.of(2026, 3, 1));

        // then
        assertThat(turnus.work("select has_aml_dispensation from intermediate.int_turnus__employments"))
                .containsExactly("true");
        assertThat(turnus.work("select shift_id from intermediate.int_turnus__shifts order by 1"))
                .containsExactly("S-1", "S-3");
        assertThat(turnus.published(
                        "select overtime_hours from reporting.rpt_turnus_hours_monthly where month_label = '2026-02'"))
                .containsExactly("1.5");
        assertThat(turnus.work("select from_date, to_date from intermediate.int_turnus__absences"))
                .containsExactly("2026-01-26|2026-02-13");
        assertThat(turnus.published(
                        "select month_label, total_count from reporting.rpt_turnus_headcount_monthly order by 1"))
                .containsExactly("2026-01|1", "2026-02|1");
    }
}
