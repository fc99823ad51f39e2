package no.hdo.dw.jobs.ledger;

import static no.hdo.dw.jobs.support.CommandLineRun.hdoDw;
import static org.assertj.core.api.Assertions.assertThat;

import no.hdo.dw.jobs.support.CommandLineRun.Captured;
import no.hdo.dw.jobs.support.DemoPublication;
import no.hdo.dw.jobs.support.WarehouseRows;
import org.junit.jupiter.api.Test;

/**
 * {@code report finance} on the demo's publication (seed-report-2026-02.md, "Liquidity and investments"): liquidity
 * 13,1 MNOK at the end of February 2026 against the wanted 30, activated investments 9,3 MNOK; the demo's SAF-T
 * balances run on from the 2025 file to the 2026 files.
 */
class FinanceReportFunctionalTests {

    private static String home() {
        return DemoPublication.get().home().root().toString();
    }

    @Test
    void financeOfFebruaryGivesTheReportsFiguresAsCsv() {
        // when
        Captured captured = hdoDw("report", "finance", "--month", "2026-02", "--format", "csv", "--home", home());

        // then
        assertThat(captured.exitCode()).as(captured.err()).isZero();
        assertThat(captured.outLines())
                .containsExactly(
                        "figure,value",
                        "liquidity_nok,13112904.37",
                        "liquidity_minimum_nok,30000000.00",
                        "investments_ytd_nok,9287500.00");
    }

    @Test
    void financeInTableIsNorwegianInMnok() {
        // when
        Captured captured = hdoDw("report", "finance", "--month", "2026-02", "--home", home());

        // then
        assertThat(captured.exitCode()).as(captured.err()).isZero();
        assertThat(captured.outLines())
                .anySatisfy(line ->
                        assertThat(line.split(" {2,}")).containsExactly("Likviditet ved utgangen av måneden", "13,1"));
        assertThat(captured.outLines())
                .anySatisfy(
                        line -> assertThat(line.split(" {2,}")).containsExactly("Ønsket minimum likviditet", "30,0"));
        assertThat(captured.outLines())
                .anySatisfy(line ->
                        assertThat(line.split(" {2,}")).containsExactly("Aktiverte investeringer hittil i år", "9,3"));
    }

    @Test
    void aMonthTheLedgerDoesNotCoverYetIsUnknownNeverZero() {
        // when March 2026, which no SAF-T file supplies, is asked for in json
        Captured captured = hdoDw("report", "finance", "--month", "2026-03", "--format", "json", "--home", home());

        // then liquidity and investments are null, the wanted minimum is the seed's
        assertThat(captured.exitCode()).as(captured.err()).isZero();
        assertThat(String.join("\n", captured.outLines()))
                .contains(
                        "{\"figure\":\"liquidity_nok\",\"value\":null}",
                        "{\"figure\":\"liquidity_minimum_nok\",\"value\":30000000.00}",
                        "{\"figure\":\"investments_ytd_nok\",\"value\":null}");
    }

    @Test
    void aMonthOutsideTheLedgersYearsIsRefusedInOneLine() {
        // when
        Captured captured = hdoDw("report", "finance", "--month", "2024-06", "--home", home());

        // then
        assertThat(captured.exitCode()).isEqualTo(2);
        assertThat(captured.errLines()).hasSize(1);
        assertThat(captured.errLines().get(0))
                .startsWith("hdo-dw: no ledger figures for 2024-06: the published SAF-T files cover 2025-01..");
    }

    @Test
    void theDemosBalancesRunOnFrom2025To2026AndAddUpInEveryFile() {
        // given the demo's work warehouse
        var home = DemoPublication.get().home();

        // then every balance-sheet account opens 2026 (both 2026 files) with its 2025 closing balance
        assertThat(WarehouseRows.work(home, """
                select count(*), count(*) filter (where opening.opening_balance_nok = closing.closing_balance_nok)
                  from staging.stg_ledger__saft_balances as opening
                  join staging.stg_ledger__saft_balances as closing
                    on closing.account_id = opening.account_id and closing.source_file like '%20260115020000%'
                 where opening.source_file not like '%20260115020000%' and opening.account_number < 3000""")).containsExactly("12|12");
        // and the data test finds no file whose opening balance plus its lines is not its closing balance
        assertThat(WarehouseRows.work(home, """
                select count(*) from staging.stg_ledger__saft_balances as balances
                 where balances.closing_balance_nok <> balances.opening_balance_nok + coalesce((
                       select sum(lines.amount_nok) from staging.stg_ledger__saft_lines as lines
                        where lines.source_file = balances.source_file and lines.account_id = balances.account_id), 0)""")).containsExactly("0");
    }
}
