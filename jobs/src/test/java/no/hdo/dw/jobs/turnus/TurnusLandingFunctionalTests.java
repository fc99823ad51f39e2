package no.hdo.dw.jobs.turnus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.hdo.dw.jobs.nightly.RunReport;

/** The turnus feeds on real inbox files: delivery rules, local times, the interface models. */
class TurnusLandingFunctionalTests {

    @TempDir
    Path temporary;

    @Test
    void theContractExamplesLandAndReachTheInterfaceModels() {
        // given the example files of the contract
        TurnusInbox turnus = new TurnusInbox(temporary);
        turnus.employees("20260301013000",
                "10234;Drift kontrollrom;FAST;100;2019-08-01;;J",
                "10881;Kundeservice;FAST;80;2021-01-01;2025-12-31;N",
                "10881;Kundeservice;FAST;100;2026-01-01;;N",
                "11502;Plattform;LAERLING;100;2025-08-15;2027-08-14;N");
        turnus.shifts("2026-02", "20260301013000",
                "S-889120;10234;Drift kontrollrom;2026-02-02 07:30;2026-02-02 15:30;ORD",
                "S-889121;10234;Drift kontrollrom;2026-02-02 15:30;2026-02-03 07:30;BV",
                "S-889122;10234;Drift kontrollrom;2026-02-03 02:10;2026-02-03 04:40;UTR",
                "S-889123;10881;Kundeservice;2026-02-03 08:00;2026-02-03 16:00;ORD",
                "S-889124;10881;Kundeservice;2026-02-03 16:00;2026-02-03 19:00;OT");
        turnus.absences("2026-02", "20260301013000",
                "A-55120;10881;2026-01-28;2026-01-30;EGM;",
                "A-55121;10881;2026-01-31;2026-02-20;SYK;100",
                "A-55188;11502;2026-02-09;2026-03-22;SYK;50",
                "A-55190;10234;2026-02-16;2026-02-20;FER;");

        // when
        RunReport report = turnus.nightly(LocalDate.of(2026, 3, 1));

        // then
        assertThat(report.exitCode()).as(report.toString()).isZero();
        assertThat(turnus.work("select shift_id, employee_key, org_unit_id, shift_type, strftime(start_local, '%Y-%m-%d %H:%M'), strftime(end_local, '%Y-%m-%d %H:%M'), duration_hours "
                + "from intermediate.int_turnus__shifts order by shift_id")).containsExactly(
                "S-889120|" + TurnusInbox.pseudonym("10234") + "|Drift kontrollrom|ORD|2026-02-02 07:30|2026-02-02 15:30|8.0",
                "S-889121|" + TurnusInbox.pseudonym("10234") + "|Drift kontrollrom|BV|2026-02-02 15:30|2026-02-03 07:30|16.0",
                "S-889122|" + TurnusInbox.pseudonym("10234") + "|Drift kontrollrom|UTR|2026-02-03 02:10|2026-02-03 04:40|2.5",
                "S-889123|" + TurnusInbox.pseudonym("10881") + "|Kundeservice|ORD|2026-02-03 08:00|2026-02-03 16:00|8.0",
                "S-889124|" + TurnusInbox.pseudonym("10881") + "|Kundeservice|OT|2026-02-03 16:00|2026-02-03 19:00|3.0");
        assertThat(turnus.work("select employee_key, org_unit_id, employment_type, position_pct, valid_from, valid_to, has_aml_dispensation "
                + "from intermediate.int_turnus__employments order by org_unit_id, valid_from")).containsExactly(
                TurnusInbox.pseudonym("10234") + "|Drift kontrollrom|FAST|100.00|2019-08-01|∅|true",
                TurnusInbox.pseudonym("10881") + "|Kundeservice|FAST|80.00|2021-01-01|2025-12-31|false",
                TurnusInbox.pseudonym("10881") + "|Kundeservice|FAST|100.00|2026-01-01|∅|false",
                TurnusInbox.pseudonym("11502") + "|Plattform|LAERLING|100.00|2025-08-15|2027-08-14|false");
        assertThat(turnus.work("select * from marts.privacy_settings")).containsExactly("5");
        assertThat(turnus.published("select month_label, overtime_hours, callout_hours from reporting.rpt_turnus_hours_monthly"))
                .containsExactly("2026-02|3.0|2.5");
    }
}
