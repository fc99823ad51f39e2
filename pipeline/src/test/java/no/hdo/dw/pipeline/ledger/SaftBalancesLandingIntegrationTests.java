package no.hdo.dw.pipeline.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import no.hdo.dw.pipeline.landing.LandingRegistry;
import no.hdo.dw.pipeline.landing.RawViews;
import no.hdo.dw.pipeline.support.Inbox;
import no.hdo.dw.pipeline.support.LandedRows;
import no.hdo.dw.warehouse.DataTests;
import no.hdo.dw.warehouse.DuckDbDatabase;
import no.hdo.dw.warehouse.ModelBuild;
import no.hdo.dw.warehouse.internal.SqlResources.SqlFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;

/**
 * The SAF-T balances (sources.md, ledger/saft) on real files through the ledger/saft landing step and the
 * staging models: a whole delivery whose opening balance plus its lines is not its closing balance is refused
 * whole, naming the account; the parts of a split delivery land as they are, and the data test
 * {@code assert_ledger_saft__balances_add_up} checks them together.
 */
class SaftBalancesLandingIntegrationTests {

    @TempDir
    Path temporary;

    /** A file for January 2026 with the bank 1920 (its balances given) and the lines, each against 3000. */
    private static String file(String opening, String closing, String... bankAmounts) {
        StringBuilder transactions = new StringBuilder();
        int number = 0;
        for (String amount : bankAmounts) {
            number++;
            transactions.append("""
                          <Transaction><TransactionID>T%d</TransactionID><Period>1</Period><PeriodYear>2026</PeriodYear>
                            <TransactionDate>2026-01-15</TransactionDate>
                            <Line><RecordID>1</RecordID><AccountID>1920</AccountID><DebitAmount><Amount>%s</Amount></DebitAmount></Line>
                            <Line><RecordID>2</RecordID><AccountID>3000</AccountID><CreditAmount><Amount>%s</Amount></CreditAmount></Line>
                          </Transaction>
                    """.formatted(number, amount, amount));
        }
        String total = bankAmounts.length == 0
                ? "0.00"
                : List.of(bankAmounts).stream()
                        .map(java.math.BigDecimal::new)
                        .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add)
                        .setScale(2)
                        .toPlainString();
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <AuditFile xmlns="urn:StandardAuditFile-Taxation-Financial:NO">
                  <Header>
                    <Company><RegistrationNumber>999999999</RegistrationNumber></Company>
                    <SelectionCriteria><PeriodStart>1</PeriodStart><PeriodStartYear>2026</PeriodStartYear>
                      <PeriodEnd>1</PeriodEnd><PeriodEndYear>2026</PeriodEndYear></SelectionCriteria>
                  </Header>
                  <MasterFiles>
                    <GeneralLedgerAccounts>
                      <Account><AccountID>1920</AccountID><AccountDescription>Bank</AccountDescription>
                        <GroupingCategory>balanseverdiForOmloepsmiddel</GroupingCategory><GroupingCode>1920</GroupingCode>
                        <AccountType>GL</AccountType>
                        <OpeningDebitBalance>%s</OpeningDebitBalance><ClosingDebitBalance>%s</ClosingDebitBalance></Account>
                      <Account><AccountID>3000</AccountID><AccountDescription>Salg</AccountDescription>
                        <GroupingCategory>salgsinntekt</GroupingCategory><GroupingCode>3000</GroupingCode>
                        <AccountType>GL</AccountType></Account>
                    </GeneralLedgerAccounts>
                  </MasterFiles>
                  <GeneralLedgerEntries>
                    <NumberOfEntries>%d</NumberOfEntries><TotalDebit>%s</TotalDebit><TotalCredit>%s</TotalCredit>
                    <Journal><JournalID>GL</JournalID>
                %s    </Journal>
                  </GeneralLedgerEntries>
                </AuditFile>
                """.formatted(opening, closing, bankAmounts.length, total, total, transactions);
    }

    private static void deliver(Inbox inbox, String stampAndParts, String xml) {
        inbox.deliver(
                "ledger",
                "saft",
                "SAF-T Financial_999999999_" + stampAndParts + ".xml",
                xml.getBytes(StandardCharsets.UTF_8));
    }

    /** The raw view and the SAF-T staging models on the work warehouse, then the data test's offending rows. */
    private static List<String> balanceTest(Inbox inbox) {
        try (DuckDbDatabase work = DuckDbDatabase.openReadWrite(inbox.home.workWarehouse())) {
            work.jdbi().useHandle(handle -> {
                handle.execute("create schema if not exists raw");
                for (String statement : RawViews.statements(
                        List.of(new SaftFeed()), new LandingRegistry(work.jdbi(), inbox.home.landing()))) {
                    handle.execute(statement);
                }
            });
            ModelBuild.runOnly(
                    work.jdbi(), LocalDate.of(2026, 2, 1), model -> model.name().startsWith("stg_ledger__saft_"));
        }
        SqlFile test = DataTests.tests().stream()
                .filter(file -> file.path().equals("tests/assert_ledger_saft__balances_add_up.sql"))
                .findFirst()
                .orElseThrow();
        return LandedRows.work(inbox.home, test.text().strip().replaceFirst(";$", ""));
    }

    @Test
    void aWholeDeliveryWhoseBalancesDoNotAddUpIsRefusedWholeAndAGoodOneLandsWithItsBalances() {
        // given a good file (1 000 + 250 + 50 = 1 300) and a later one whose closing balance is 1 200 where 1 000 + 250
        // make 1 250
        Inbox inbox = new Inbox(temporary);
        deliver(inbox, "20260201020000_1_1", file("1000.00", "1300.00", "250.00", "50.00"));
        deliver(inbox, "20260202020000_1_1", file("1000.00", "1200.00", "250.00"));

        // when the landing step runs
        var landing = inbox.land(SaftFeed.ID);

        // then the bad file is refused whole, naming the account, its line in the file and the amounts
        assertThat(landing.status()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(inbox.rejected("ledger"))
                .containsExactly("saft|SAF-T Financial_999999999_20260202020000_1_1.xml|account 1920 "
                        + "(line 10): opening balance 1000.00 + the file's lines 250.00 = 1250.00 ≠ closing balance 1200.00 (debit positive); "
                        + "balances that do not add up must not reach the report");
        assertThat(inbox.archived("ledger"))
                .containsExactly("SAF-T Financial_999999999_20260201020000_1_1.xml.parquet");
        // and the good file's balances land as the file gives them; the account without balances has none
        assertThat(inbox
                        .landed(
                                "ledger",
                                "saft",
                                "record_kind, account_id, opening_debit_balance, opening_credit_balance, "
                                        + "closing_debit_balance, closing_credit_balance",
                                "record_no")
                        .stream()
                        .filter(row -> row.startsWith("account|"))
                        .toList())
                .containsExactly("account|1920|1000.00|∅|1300.00|∅", "account|3000|∅|∅|∅|∅");
        // and the staging model gives them debit positive, and the data test finds nothing
        assertThat(balanceTest(inbox)).isEmpty();
        assertThat(
                        LandedRows.work(
                                inbox.home,
                                "select account_id, opening_balance_nok, closing_balance_nok from staging.stg_ledger__saft_balances"))
                .containsExactly("1920|1000.00|1300.00");
    }

    @Test
    void thePartsOfASplitDeliveryLandAndTheDataTestChecksThemTogether() {
        // given a delivery in two parts, each with the master data (1 000 → 1 300) and half of the lines: 250 + 50 adds
        // up;
        // and a later one in two parts whose lines (260 + 100) do not make its closing balance 1 300
        Inbox inbox = new Inbox(temporary);
        deliver(inbox, "20260201020000_1_2", file("1000.00", "1300.00", "250.00"));
        deliver(inbox, "20260201020000_2_2", file("1000.00", "1300.00", "50.00"));
        deliver(inbox, "20260202020000_1_2", file("1000.00", "1300.00", "260.00"));
        deliver(inbox, "20260202020000_2_2", file("1000.00", "1300.00", "100.00"));

        // when the landing step runs
        inbox.land(SaftFeed.ID);

        // then every part lands: a part alone is not refused for its balances
        assertThat(inbox.rejected("ledger")).isEmpty();
        assertThat(inbox.archived("ledger")).hasSize(4);
        // and the data test names the account of the delivery that does not add up, with its amounts
        assertThat(balanceTest(inbox)).containsExactly("999999999|2026-02-02 02:00:00.0|1920|1000.00|360.00|1300.00");
    }
}
