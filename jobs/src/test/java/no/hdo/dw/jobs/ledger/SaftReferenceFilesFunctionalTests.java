package no.hdo.dw.jobs.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import no.hdo.dw.jobs.nightly.RunReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tax authority's three example files (shared/reference/saf-t) land without a quarantined line, and
 * what the warehouse holds adds up to each file's own control totals. The two 1.20 examples carry
 * opening and closing balances that do not add up to their lines: byte for byte they are refused whole
 * (sources.md); without their balances they land.
 */
class SaftReferenceFilesFunctionalTests {

    private static final String TOY_FACTORY = "ExampleFile_SAF-T_Financial_888888888_20180228235959.xml";
    private static final String SMALL = "ExampleFile_SAF-T_Financial_999999999_20161125213512.xml";
    private static final String GENERATED_130 = "generated_auditfile_formatted_v_1.30.xml";

    @TempDir
    Path temporary;

    @Test
    void theThreeReferenceFilesLandWholeAndMatchTheirControlTotals() {
        // given the three example files as deliveries of two companies, the two 1.20 files without their balances
        // (which do not add up to their lines, see the next test), the 1.30 file byte for byte
        LedgerInbox ledger = new LedgerInbox(temporary);
        ledger.saftReferenceWithoutBalances(TOY_FACTORY, "888888888", "20180228235959");
        ledger.saftReferenceWithoutBalances(SMALL, "999999999", "20161125213512");
        ledger.saftReference(GENERATED_130, "999999999", "20260203120000");

        // when the nightly job runs
        RunReport report = ledger.nightly(LocalDate.of(2026, 3, 1));

        // then every file landed, nothing was quarantined or rejected
        assertThat(report.rejectedFiles()).isEmpty();
        assertThat(ledger.quarantine()).isEmpty();
        assertThat(report.published()).isTrue();
        assertThat(LedgerInbox.feed(report, "saft"))
                .extracting("filesSeen", "filesLanded", "filesRejected", "recordsQuarantined")
                .containsExactly(3L, 3L, 0L, 0L);

        // and each file's header says its version (by structure), its selection and its control totals, as the files
        // do:
        // 888888888: 53 transactions, 9 487 049,35 each way; 999999999: 2 and 25 000; the 1.30 file: 3 and 37 500
        assertThat(ledger.work("""
                select source_file, saft_version, company_id, selection_start_month, selection_end_month, number_of_entries,
                       total_debit_nok, total_credit_nok
                  from staging.stg_ledger__saft_files order by source_file"""))
                .containsExactly(
                        "SAF-T Financial_888888888_20180228235959_1_1.xml|1.20|888888888|2017-01-01|2017-04-01|53|9487049.35|9487049.35",
                        "SAF-T Financial_999999999_20161125213512_1_1.xml|1.20|999999999|2015-01-01|2015-12-01|2|25000.00|25000.00",
                        "SAF-T Financial_999999999_20260203120000_1_1.xml|1.30|999999999|2025-01-01|2025-12-01|3|37500.00|37500.00");

        // and the lines read back from the warehouse add up to those totals, file by file: transactions, lines, debit,
        // credit
        assertThat(ledger.work("""
                select source_file, count(distinct transaction_id), count(*), sum(debit_amount_nok), sum(credit_amount_nok), sum(amount_nok)
                  from staging.stg_ledger__saft_lines group by source_file order by source_file"""))
                .containsExactly(
                        "SAF-T Financial_888888888_20180228235959_1_1.xml|53|170|9487049.35|9487049.35|0.00",
                        "SAF-T Financial_999999999_20161125213512_1_1.xml|2|5|25000.00|25000.00|0.00",
                        "SAF-T Financial_999999999_20260203120000_1_1.xml|3|8|37500.00|37500.00|0.00");

        // and the master data arrived: 22 + 4 + 7 accounts, 6 + 1 + 1 customers
        assertThat(ledger.work("""
                select source_file, count(*) from staging.stg_ledger__saft_accounts group by 1 order by 1"""))
                .containsExactly(
                        "SAF-T Financial_888888888_20180228235959_1_1.xml|22",
                        "SAF-T Financial_999999999_20161125213512_1_1.xml|4",
                        "SAF-T Financial_999999999_20260203120000_1_1.xml|7");
        assertThat(ledger.work("""
                select source_file, count(*) from staging.stg_ledger__saft_customers group by 1 order by 1"""))
                .containsExactly(
                        "SAF-T Financial_888888888_20180228235959_1_1.xml|6",
                        "SAF-T Financial_999999999_20161125213512_1_1.xml|1",
                        "SAF-T Financial_999999999_20260203120000_1_1.xml|1");

        // and the 1.30 file's grouping codes arrive
        assertThat(ledger.work("""
                select account_id, grouping_category, grouping_code, standard_account_id from staging.stg_ledger__saft_accounts
                 where source_file like '%20260203120000%' order by account_id"""))
                .containsExactly(
                        "1500|balanseverdiForOmloepsmiddel|1500|∅",
                        "1920|balanseverdiForOmloepsmiddel|1920|∅",
                        "2400|kortsiktigGjeld|2400|∅",
                        "2700|kortsiktigGjeld|2740|∅",
                        "2710|kortsiktigGjeld|2740|∅",
                        "3000|salgsinntekt|3000|∅",
                        "4000|varekostnad|4005|∅");

        // and a line keeps its department (A), project (P) and other analysis as they are, and its customer
        assertThat(ledger.work("""
                select transaction_id, record_id, account_id, department_id, project_id, other_analysis, amount_nok
                  from staging.stg_ledger__saft_lines where source_file like '%20161125213512%' order by record_no"""))
                .containsExactly(
                        "4567|1|4000|100|2000|B=11|10000.00",
                        "4567|2|2740|∅|∅|B=11|2500.00",
                        "4567|3|2400|∅|∅|B=11|-12500.00",
                        "5678|1|2400|∅|∅|B=4|12500.00",
                        "5678|2|1925|∅|∅|B=4|-12500.00");
        assertThat(ledger.work("""
                select transaction_id, account_id, customer_id, project_id from staging.stg_ledger__saft_lines
                 where source_file like '%20260203120000%' and (customer_id is not null or project_id is not null) order by record_no""")).containsExactly("A1001|4000|∅|2000", "A1002|1500|15000|∅");
    }

    @Test
    void theTwo120ExamplesAreRefusedWholeForBalancesThatDoNotAddUpAndThe130OneLandsWithItsBalances() {
        // given the three example files byte for byte
        LedgerInbox ledger = new LedgerInbox(temporary);
        ledger.saftReference(TOY_FACTORY, "888888888", "20180228235959");
        ledger.saftReference(SMALL, "999999999", "20161125213512");
        ledger.saftReference(GENERATED_130, "999999999", "20260203120000");

        // when the nightly job runs
        RunReport report = ledger.nightly(LocalDate.of(2026, 3, 1));

        // then the toy factory is refused for its bank account: 370 000 + 354 407 is not the closing 670 568,75
        assertThat(ledger.rejectedFiles()).hasSize(2);
        assertThat(ledger.rejectedFiles().get(0))
                .startsWith("saft|SAF-T Financial_888888888_20180228235959_1_1.xml|account 1920 (line ")
                .endsWith(
                        "): opening balance 370000.00 + the file's lines 354407.00 = 724407.00 ≠ closing balance 670568.75 "
                                + "(debit positive); balances that do not add up must not reach the report");
        assertThat(ledger.rejectedFiles().get(1))
                .startsWith("saft|SAF-T Financial_999999999_20161125213512_1_1.xml|account ")
                .contains("≠ closing balance");
        assertThat(report.exitCode()).isEqualTo(3);
        // and the 1.30 file lands with its opening and closing balances, debit positive
        assertThat(ledger.work("""
                select account_id, opening_balance_nok, closing_balance_nok from staging.stg_ledger__saft_balances
                 where account_id in ('1500', '1920') order by account_id""")).containsExactly("1500|0.00|12500.00", "1920|0.00|-12500.00");
    }
}
