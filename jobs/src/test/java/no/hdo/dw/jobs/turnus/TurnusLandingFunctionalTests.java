package no.hdo.dw.jobs.turnus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import no.hdo.dw.jobs.nightly.RunReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad turnus records on real inbox files through a whole night: the landing's quarantine and the
 * build's (rows of one person that overlap, a shift without an employment), both in the run report.
 * Delivery rules, local times and the interface models are {@code pipeline}'s
 * {@code TurnusLandingIntegrationTests}, on the landing steps alone.
 */
class TurnusLandingFunctionalTests {

    @TempDir
    Path temporary;

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
}
