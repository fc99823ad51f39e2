package no.hdo.dw.pipeline.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import no.hdo.dw.pipeline.landing.RejectedFileException;
import no.hdo.dw.pipeline.landing.SourceRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The SAF-T reader on small real files: version by structure, what it reads and what it refuses. */
class SaftReaderTests {

    @TempDir
    Path folder;

    private static String file(String auditFileVersion, String accountGrouping, String lineExtras) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <n1:AuditFile xmlns:n1="urn:StandardAuditFile-Taxation-Financial:NO">
                  <n1:Header>
                    <n1:AuditFileVersion>%s</n1:AuditFileVersion>
                    <n1:Company><n1:RegistrationNumber>999999999</n1:RegistrationNumber></n1:Company>
                    <n1:SelectionCriteria><n1:PeriodStart>1</n1:PeriodStart><n1:PeriodStartYear>2026</n1:PeriodStartYear>
                      <n1:PeriodEnd>2</n1:PeriodEnd><n1:PeriodEndYear>2026</n1:PeriodEndYear></n1:SelectionCriteria>
                  </n1:Header>
                  <n1:MasterFiles>
                    <n1:GeneralLedgerAccounts>
                      <n1:Account><n1:AccountID>3000</n1:AccountID><n1:AccountDescription>Salg</n1:AccountDescription>%s
                        <n1:AccountType>GL</n1:AccountType></n1:Account>
                      <n1:Account><n1:AccountID>1500</n1:AccountID><n1:AccountDescription>Kunder</n1:AccountDescription>%s
                        <n1:AccountType>GL</n1:AccountType></n1:Account>
                    </n1:GeneralLedgerAccounts>
                  </n1:MasterFiles>
                  <n1:GeneralLedgerEntries>
                    <n1:NumberOfEntries>1</n1:NumberOfEntries><n1:TotalDebit>125.50</n1:TotalDebit><n1:TotalCredit>125.50</n1:TotalCredit>
                    <n1:Journal><n1:JournalID>S</n1:JournalID>
                      <n1:Transaction><n1:TransactionID>T1</n1:TransactionID><n1:Period>2</n1:Period><n1:PeriodYear>2026</n1:PeriodYear>
                        <n1:TransactionDate>2026-02-03</n1:TransactionDate>
                        <n1:Line><n1:RecordID>1</n1:RecordID><n1:AccountID>3000</n1:AccountID>%s
                          <n1:CreditAmount><n1:Amount>125.5</n1:Amount></n1:CreditAmount></n1:Line>
                        <n1:Line><n1:RecordID>2</n1:RecordID><n1:AccountID>1500</n1:AccountID><n1:CustomerID>K1</n1:CustomerID>
                          <n1:DebitAmount><n1:Amount>125.50</n1:Amount></n1:DebitAmount></n1:Line>
                      </n1:Transaction>
                    </n1:Journal>
                  </n1:GeneralLedgerEntries>
                </n1:AuditFile>
                """.formatted(auditFileVersion, accountGrouping, accountGrouping, lineExtras);
    }

    private static final String GROUPING_130 =
            "<n1:GroupingCategory>salgsinntekt</n1:GroupingCategory><n1:GroupingCode>3000</n1:GroupingCode>";
    private static final String STANDARD_120 = "<n1:StandardAccountID>30</n1:StandardAccountID>";

    private List<SaftRecord> read(String xml) throws IOException, RejectedFileException {
        Path path = folder.resolve("file.xml");
        Files.writeString(path, xml, StandardCharsets.UTF_8);
        List<SaftRecord> records = new ArrayList<>();
        try (SaftReader reader = SaftReader.open(path)) {
            for (SourceRecord<SaftElement> record = reader.next(); record != null; record = reader.next()) {
                records.add(record.raw().record());
            }
        }
        return records;
    }

    @Test
    void theVersionComesFromTheStructureNotFromAuditFileVersion() throws Exception {
        // given files whose AuditFileVersion says the opposite of their structure
        List<SaftRecord> grouped = read(file("1.0", GROUPING_130, ""));
        List<SaftRecord> standard = read(file("1.30", STANDARD_120, ""));

        // then GroupingCategory/GroupingCode make 1.30 and StandardAccountID 1.20
        assertThat(grouped)
                .filteredOn(r -> r.kind().equals(SaftRecord.HEADER))
                .extracting(SaftRecord::saftVersion)
                .containsExactly("1.30");
        assertThat(standard)
                .filteredOn(r -> r.kind().equals(SaftRecord.HEADER))
                .extracting(SaftRecord::saftVersion)
                .containsExactly("1.20");
        assertThat(grouped)
                .filteredOn(r -> r.kind().equals(SaftRecord.ACCOUNT))
                .extracting(SaftRecord::accountId, SaftRecord::groupingCategory, SaftRecord::groupingCode)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("3000", "salgsinntekt", "3000"),
                        org.assertj.core.groups.Tuple.tuple("1500", "salgsinntekt", "3000"));
    }

    @Test
    void onlyTheLinesOwnAmountsCountNotAnalysisOrTaxAmounts() throws Exception {
        // given a line with a 1.30 analysis amount and a tax amount inside it, and a department
        List<SaftRecord> records = read(file("1.30", GROUPING_130, """
                <n1:Analysis><n1:AnalysisType>A</n1:AnalysisType><n1:AnalysisID>200</n1:AnalysisID>
                  <n1:CreditAnalysisAmount><n1:Amount>999.00</n1:Amount></n1:CreditAnalysisAmount></n1:Analysis>
                <n1:Analysis><n1:AnalysisType>K</n1:AnalysisType><n1:AnalysisID>7</n1:AnalysisID></n1:Analysis>
                <n1:TaxInformation><n1:TaxType>MVA</n1:TaxType><n1:CreditTaxAmount><n1:Amount>31.38</n1:Amount></n1:CreditTaxAmount></n1:TaxInformation>"""));

        // then the control totals hold (125.50 each way) and the line keeps its department and other analysis
        List<SaftRecord> lines =
                records.stream().filter(r -> r.kind().equals(SaftRecord.LINE)).toList();
        assertThat(lines)
                .extracting(
                        SaftRecord::accountId,
                        SaftRecord::departmentId,
                        SaftRecord::otherAnalysis,
                        SaftRecord::amount,
                        SaftRecord::customerId)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "3000", "200", "K=7", new java.math.BigDecimal("-125.50"), null),
                        org.assertj.core.groups.Tuple.tuple(
                                "1500", null, null, new java.math.BigDecimal("125.50"), "K1"));
        assertThat(records.get(records.size() - 1))
                .extracting(
                        SaftRecord::kind, SaftRecord::numberOfEntries, SaftRecord::periodStart, SaftRecord::periodEnd)
                .containsExactly(SaftRecord.HEADER, 1L, 1, 2);
    }

    @Test
    void predefinedEntitiesAndCharacterReferencesAreText() throws Exception {
        // given an account description written with &amp;, &lt;, &gt; and a character reference, as XML writers do
        List<SaftRecord> records = read(file("1.30", GROUPING_130, "")
                .replace(
                        "<n1:AccountDescription>Salg</n1:AccountDescription>",
                        "<n1:AccountDescription>Salg &amp; service &lt;HF&gt; Troms&#248;</n1:AccountDescription>"));

        // then they arrive as the text they stand for
        assertThat(records)
                .filteredOn(r -> r.kind().equals(SaftRecord.ACCOUNT))
                .extracting(SaftRecord::accountDescription)
                .containsExactly("Salg & service <HF> Tromsø", "Kunder");
    }

    @Test
    void anAmountWithMoreThanTwoDecimalsRefusesTheFile() {
        assertThatThrownBy(() -> read(file("1.30", GROUPING_130, "")
                        .replace("<n1:Amount>125.5</n1:Amount>", "<n1:Amount>125.505</n1:Amount>")))
                .isInstanceOf(RejectedFileException.class)
                .hasMessageMatching("CreditAmount/Amount '125.505' at line \\d+ has more than two decimals");
    }

    @Test
    void anExternalEntityIsNeverRead() {
        String xml = file("1.30", GROUPING_130, "")
                .replace(
                        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n",
                        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE n1:AuditFile SYSTEM \"http://127.0.0.1:9/evil.dtd\">\n");
        assertThatThrownBy(() -> read(xml))
                .isInstanceOf(RejectedFileException.class)
                .hasMessage(
                        "the file declares a DTD (<!DOCTYPE> at line 2); DTDs and entities are refused in SAF-T files");
    }

    @Test
    void aFileThatIsNotSaftIsRefused() {
        assertThatThrownBy(() -> read("<?xml version=\"1.0\"?><Invoice/>"))
                .isInstanceOf(RejectedFileException.class)
                .hasMessage("the root element is <Invoice>, not a SAF-T <AuditFile>");
        assertThatThrownBy(() -> read(""))
                .isInstanceOf(RejectedFileException.class)
                .hasMessageStartingWith("the file is not well-formed XML");
    }
    /** The test file with balances on its two accounts: 3000 (its line −125.50) and 1500 (its line +125.50). */
    private static String withBalances(String balances3000, String balances1500) {
        String account = "<n1:AccountType>GL</n1:AccountType></n1:Account>";
        String xml = file("1.30", GROUPING_130, "");
        int first = xml.indexOf(account);
        int second = xml.indexOf(account, first + 1);
        return xml.substring(0, first)
                + account.replace("</n1:AccountType>", "</n1:AccountType>" + balances3000)
                + xml.substring(first + account.length(), second)
                + account.replace("</n1:AccountType>", "</n1:AccountType>" + balances1500)
                + xml.substring(second + account.length());
    }

    @Test
    void balancesThatAddUpAreReadAsTheFileGivesThem() throws Exception {
        // given 3000 opening at credit 1 000 and closing at credit 1 125,50; 1500 opening at 0 and closing at debit
        // 125,50
        String xml = withBalances(
                "<n1:OpeningCreditBalance>1000.00</n1:OpeningCreditBalance><n1:ClosingCreditBalance>1125.50</n1:ClosingCreditBalance>",
                "<n1:OpeningDebitBalance>0</n1:OpeningDebitBalance><n1:ClosingDebitBalance>125.5</n1:ClosingDebitBalance>");

        // when
        List<SaftRecord> accounts = read(xml).stream()
                .filter(record -> record.kind().equals(SaftRecord.ACCOUNT))
                .toList();

        // then each account carries the sides the file gives, the others null
        assertThat(accounts)
                .extracting(
                        SaftRecord::accountId,
                        SaftRecord::openingDebitBalance,
                        SaftRecord::openingCreditBalance,
                        SaftRecord::closingDebitBalance,
                        SaftRecord::closingCreditBalance)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "3000",
                                null,
                                new java.math.BigDecimal("1000.00"),
                                null,
                                new java.math.BigDecimal("1125.50")),
                        org.assertj.core.groups.Tuple.tuple(
                                "1500",
                                new java.math.BigDecimal("0.00"),
                                null,
                                new java.math.BigDecimal("125.50"),
                                null));
    }

    @Test
    void aFileWhoseOpeningBalancePlusItsLinesIsNotItsClosingBalanceIsRefusedNamingTheAccount() {
        // given 1500's closing balance 100.00 where its opening 0 and its line 125.50 make 125.50
        String xml = withBalances(
                "",
                "<n1:OpeningDebitBalance>0.00</n1:OpeningDebitBalance><n1:ClosingDebitBalance>100.00</n1:ClosingDebitBalance>");

        // when / then the whole file is refused, naming the account, its line and the three amounts
        assertThatThrownBy(() -> read(xml))
                .isInstanceOf(RejectedFileException.class)
                .hasMessage(
                        "account 1500 (line 13): opening balance 0.00 + the file's lines 125.50 = 125.50 ≠ closing balance 100.00 "
                                + "(debit positive); balances that do not add up must not reach the report");
    }

    @Test
    void aPartOfASplitDeliveryIsNotRefusedForItsBalances() throws Exception {
        // given the same file read as a part whose delivery's other parts may hold the account's other lines
        String xml = withBalances(
                "",
                "<n1:OpeningDebitBalance>0.00</n1:OpeningDebitBalance><n1:ClosingDebitBalance>100.00</n1:ClosingDebitBalance>");
        Path path = folder.resolve("part.xml");
        Files.writeString(path, xml, StandardCharsets.UTF_8);

        // when
        long records = 0;
        try (SaftReader reader = SaftReader.open(path, false)) {
            while (reader.next() != null) {
                records++;
            }
        }

        // then it is read to its end: header, two accounts, two lines
        assertThat(records).isEqualTo(5);
    }
}
