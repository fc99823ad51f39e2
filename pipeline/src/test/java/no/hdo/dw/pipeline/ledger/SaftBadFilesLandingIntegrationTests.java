package no.hdo.dw.pipeline.ledger;

import static no.hdo.dw.feeds.SmallSaftFiles.file;
import static no.hdo.dw.feeds.SmallSaftFiles.lineOf;
import static no.hdo.dw.feeds.SmallSaftFiles.transaction;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Stream;
import no.hdo.dw.feeds.SaftFile;
import no.hdo.dw.pipeline.support.Inbox;
import no.hdo.dw.pipeline.support.LandingStepRun;
import no.hdo.dw.pipeline.support.ModelsOnLanded;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;

/**
 * SAF-T files that break sources.md (ledger/saft): a bad file is refused whole with a message that
 * names the problem, and nothing of it reaches the archive or the warehouse, while the good files
 * of the same run land; a bad line is quarantined with its line in the file, field and reason. The
 * SAF-T landing step alone on a real home, and the ledger's SQL models built on what it landed
 * ({@link ModelsOnLanded}); a refused file or a quarantined line is what makes a nightly run exit 3.
 */
class SaftBadFilesLandingIntegrationTests {

    private static final YearMonth JANUARY = YearMonth.of(2026, 1);
    private static final YearMonth FEBRUARY = YearMonth.of(2026, 2);

    @TempDir
    Path temporary;

    private final String good = file(
                    JANUARY,
                    JANUARY,
                    transaction("G1", JANUARY, "5000", "100.00"),
                    transaction("G2", JANUARY, "3000", "-250.00"))
            .toXml();

    @Test
    void aFileWithAnUnbalancedTransactionIsRefusedWholeAndTheOthersLand() {
        // given a good file for January, and a later one for January-February whose second transaction's debit
        // (100.00 + 20.00) is not its credit (110.00)
        Inbox ledger = new Inbox(temporary);
        saft(ledger, "20260201020000", good);
        String unbalanced = file(
                        JANUARY,
                        FEBRUARY,
                        transaction("U1", FEBRUARY, "5000", "10.00"),
                        transaction("U2", FEBRUARY, "5000", "100.00", "6907", "20.00"))
                .toXml()
                .replace("<Amount>120.00</Amount>", "<Amount>110.00</Amount>")
                .replace("<TotalCredit>130.00</TotalCredit>", "<TotalCredit>120.00</TotalCredit>");
        saft(ledger, "20260301020000", unbalanced);

        // when
        LandingStepRun.Ended landing = ledger.land(SaftFeed.ID);

        // then the unbalanced file is refused, naming the transaction and both sums; the good one landed
        assertThat(ledger.rejected("ledger"))
                .containsExactly("saft|SAF-T Financial_999999999_20260301020000_1_1.xml|transaction U2 (line "
                        + (lineOf(unbalanced, "<TransactionID>U2") - 1)
                        + ") does not balance: debit 120.00 ≠ credit 110.00; "
                        + "a ledger that does not balance must not reach the report");
        assertThat(landing.status()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(ledger.fileOutcomes(landing.runId(), "ledger", "saft")).containsExactly("LANDED|1", "REJECTED|1");
        // and nothing of the refused file is in the archive or the warehouse
        assertThat(archived(ledger)).containsExactly("SAF-T Financial_999999999_20260201020000_1_1.xml.parquet");
        assertThat(built(ledger, "select distinct transaction_id from staging.stg_ledger__saft_lines order by 1"))
                .containsExactly("G1", "G2");
        assertThat(ledger.work("select count(*) from meta.quarantined_record")).containsExactly("0");
        // and the delivery it would have replaced stays in effect for January
        assertThat(built(ledger, "select distinct transaction_id from marts.fct_ledger_posting order by 1"))
                .containsExactly("G1", "G2");
    }

    @Test
    void aFileWithADoctypeIsRefusedWithoutReadingItsEntities() {
        // given a file that declares a DTD with an external entity (XXE) used in a customer's name
        Inbox ledger = new Inbox(temporary);
        String withDtd = good.replace(
                        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n",
                        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE AuditFile [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>\n")
                .replace("<Name>Helse Nord RHF</Name>", "<Name>&secret;</Name>");
        saft(ledger, "20260201020000", withDtd);

        // when
        LandingStepRun.Ended landing = ledger.land(SaftFeed.ID);

        // then it is refused whole, naming the DTD and its line
        assertThat(ledger.rejected("ledger"))
                .containsExactly(
                        "saft|SAF-T Financial_999999999_20260201020000_1_1.xml|"
                                + "the file declares a DTD (<!DOCTYPE> at line 2); DTDs and entities are refused in SAF-T files");
        assertThat(ledger.fileOutcomes(landing.runId(), "ledger", "saft")).containsExactly("REJECTED|1");
        assertThat(archived(ledger)).isEmpty();
    }

    @Test
    void aTruncatedFileIsRefusedAsNotWellFormed() {
        // given a file cut off in the middle of its journal, as a broken transfer leaves it
        Inbox ledger = new Inbox(temporary);
        saft(ledger, "20260201020000", good.substring(0, good.indexOf("<TransactionID>G2") + 10));

        // when
        LandingStepRun.Ended landing = ledger.land(SaftFeed.ID);

        // then it is refused whole as not well-formed, and nothing of its first transaction landed
        assertThat(ledger.fileOutcomes(landing.runId(), "ledger", "saft")).containsExactly("REJECTED|1");
        assertThat(ledger.rejected("ledger"))
                .singleElement()
                .asString()
                .startsWith(
                        "saft|SAF-T Financial_999999999_20260201020000_1_1.xml|the file is not well-formed XML (a truncated or damaged file): ");
        assertThat(archived(ledger)).isEmpty();
        assertThat(built(ledger, "select count(*) from staging.stg_ledger__saft_lines"))
                .containsExactly("0");
    }

    @Test
    void controlTotalsThatDoNotMatchTheFileRefuseIt() {
        // given one file that counts a transaction too many, and one whose TotalDebit is off by one krone
        Inbox ledger = new Inbox(temporary);
        saft(
                ledger,
                "20260201020000",
                good.replace("<NumberOfEntries>2</NumberOfEntries>", "<NumberOfEntries>3</NumberOfEntries>"));
        saft(
                ledger,
                "20260202020000",
                good.replace("<TotalDebit>350.00</TotalDebit>", "<TotalDebit>351.00</TotalDebit>"));
        saft(ledger, "20260203020000", good.replace("<Header>", "<Headline>").replace("</Header>", "</Headline>"));

        // when
        LandingStepRun.Ended landing = ledger.land(SaftFeed.ID);

        // then each is refused with what the control total says and what the file holds
        assertThat(ledger.fileOutcomes(landing.runId(), "ledger", "saft")).containsExactly("REJECTED|3");
        assertThat(ledger.rejected("ledger"))
                .containsExactly(
                        "saft|SAF-T Financial_999999999_20260201020000_1_1.xml|NumberOfEntries says 3 transactions, the file holds 2",
                        "saft|SAF-T Financial_999999999_20260202020000_1_1.xml|TotalDebit says 351.00, the lines' debit amounts sum to 350.00",
                        "saft|SAF-T Financial_999999999_20260203020000_1_1.xml|the file has no <Header> before <MasterFiles> (line "
                                + lineOf(good, "<MasterFiles>") + ")");
        assertThat(archived(ledger)).isEmpty();
    }

    @Test
    void amountsTheWarehouseCannotHoldAndATextOfAMegabyteRefuseTheirFileWithinBoundsAndTheOthersLand() {
        // given a good file for January, and next to it three later ones for January: one whose TotalDebit is
        // written with an exponent of a billion digits (scaling it would take the night), one whose transaction
        // balances at an amount of 20 digits (more than an amount of the archive holds), and one whose line has a
        // Description of a million characters
        Inbox ledger = new Inbox(temporary);
        saft(ledger, "20260201020000", good);
        String exponent = good.replaceFirst("<TotalDebit>[0-9.]+</TotalDebit>", "<TotalDebit>1e999999999</TotalDebit>");
        saft(ledger, "20260202020000", exponent);
        String huge = file(JANUARY, JANUARY, transaction("H1", JANUARY, "5000", "99999999999999999999.00"))
                .toXml();
        saft(ledger, "20260203020000", huge);
        String longText = good.replace(
                "<Description>linje G1</Description>", "<Description>" + "x".repeat(1 << 20) + "</Description>");
        saft(ledger, "20260204020000", longText);

        // when
        LandingStepRun.Ended landing = ledger.land(SaftFeed.ID);

        // then the step completes, and each bad file is refused whole naming its element, line and problem
        assertThat(landing.status()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(ledger.fileOutcomes(landing.runId(), "ledger", "saft")).containsExactly("LANDED|1", "REJECTED|3");
        assertThat(ledger.rejected("ledger"))
                .containsExactly(
                        "saft|SAF-T Financial_999999999_20260202020000_1_1.xml|TotalDebit '1e999999999' at line "
                                + lineOf(exponent, "<TotalDebit>") + " is not an amount",
                        "saft|SAF-T Financial_999999999_20260203020000_1_1.xml|TotalDebit '99999999999999999999.00' at line "
                                + lineOf(huge, "<TotalDebit>")
                                + " has more than 16 digits before the decimal point, more than any amount the warehouse"
                                + " holds (decimal(18, 2))",
                        "saft|SAF-T Financial_999999999_20260204020000_1_1.xml|<Description> at line "
                                + lineOf(longText, "<Description>xxx")
                                + " holds more than 262144 characters of text, far more than any SAF-T field (a damaged"
                                + " or hostile file): the file is not read further");
        // and only the good file is in the archive and the warehouse
        assertThat(archived(ledger)).containsExactly("SAF-T Financial_999999999_20260201020000_1_1.xml.parquet");
        assertThat(built(ledger, "select distinct transaction_id from staging.stg_ledger__saft_lines order by 1"))
                .containsExactly("G1", "G2");
    }

    @Test
    void aTransactionOfMoreLinesThanAnyVoucherRefusesTheFileBeforeItFillsTheHeap() {
        // given a good file, and a later one whose one transaction has 100 001 lines (a transaction is held whole until
        // it is checked to balance: one of millions of lines filled the heap)
        Inbox ledger = new Inbox(temporary);
        saft(ledger, "20260201020000", good);
        Object[] accountsAndAmounts = new Object[2 * SaftReader.MAX_TRANSACTION_LINES];
        for (int index = 0; index < accountsAndAmounts.length; index += 2) {
            accountsAndAmounts[index] = "5000";
            accountsAndAmounts[index + 1] = "1.00";
        }
        String big = file(JANUARY, JANUARY, transaction("BIG", JANUARY, accountsAndAmounts))
                .toXml();
        saft(ledger, "20260202020000", big);

        // when
        LandingStepRun.Ended landing = ledger.land(SaftFeed.ID);

        // then it is refused whole, naming the transaction and the bound, and the good file lands
        assertThat(landing.status()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(ledger.rejected("ledger"))
                .containsExactly("saft|SAF-T Financial_999999999_20260202020000_1_1.xml|transaction BIG (line "
                        + (lineOf(big, "<TransactionID>BIG") - 1) + ") has more than 100000 lines, far more than any"
                        + " voucher (a damaged or hostile file): the file is not read further");
        assertThat(archived(ledger)).containsExactly("SAF-T Financial_999999999_20260201020000_1_1.xml.parquet");
    }

    @Test
    void aNameWhosePartIsNoPartOfItsDeliveryIsRefusedForItsNameAndTheCorrectedNameLands() {
        // given the good file under three names that say no real part: part 2 of 1, part 0 of 0, and part 01 of 01
        // (none is _1_1, so its balances would go unchecked)
        Inbox ledger = new Inbox(temporary);
        byte[] bytes = good.getBytes(StandardCharsets.UTF_8);
        ledger.deliver("ledger", "saft", "SAF-T Financial_999999999_20260201020000_2_1.xml", bytes);
        ledger.deliver("ledger", "saft", "SAF-T Financial_999999999_20260202020000_0_0.xml", bytes);
        ledger.deliver("ledger", "saft", "SAF-T Financial_999999999_20260203020000_01_01.xml", bytes);

        // when
        LandingStepRun.Ended landing = ledger.land(SaftFeed.ID);

        // then each is refused for its name, saying what a part is, and nothing is archived
        assertThat(landing.status()).isEqualTo(BatchStatus.COMPLETED);
        String rule =
                ": a part is numbered 1 to the number of parts, without leading zeros (_1_1 for a whole delivery)";
        assertThat(ledger.rejected("ledger"))
                .containsExactly(
                        "saft|SAF-T Financial_999999999_20260201020000_2_1.xml|the file name SAF-T"
                                + " Financial_999999999_20260201020000_2_1.xml says it is part 2 of 1" + rule,
                        "saft|SAF-T Financial_999999999_20260202020000_0_0.xml|the file name SAF-T"
                                + " Financial_999999999_20260202020000_0_0.xml says it is part 0 of 0" + rule,
                        "saft|SAF-T Financial_999999999_20260203020000_01_01.xml|the file name SAF-T"
                                + " Financial_999999999_20260203020000_01_01.xml says it is part 01 of 01" + rule);
        assertThat(archived(ledger)).isEmpty();

        // when the same bytes come under the corrected name
        saft(ledger, "20260203020000", good);
        LandingStepRun.Ended next = ledger.land(SaftFeed.ID);

        // then they land as a new delivery
        assertThat(ledger.fileOutcomes(next.runId(), "ledger", "saft")).containsExactly("LANDED|1", "SKIPPED|3");
        assertThat(archived(ledger)).containsExactly("SAF-T Financial_999999999_20260203020000_1_1.xml.parquet");
    }

    @Test
    void badLinesAreQuarantinedWithTheirLineFieldAndReasonAndTheRestLands() {
        // given a file with a line on an account not in its master data, a line with both debit and credit,
        // one with neither, and a transaction dated in a period outside the header's selection
        Inbox ledger = new Inbox(temporary);
        String xml = file(
                        JANUARY,
                        JANUARY,
                        transaction("T1", JANUARY, "5000", "100.00"),
                        transaction("T2", JANUARY, "4711", "40.00"),
                        transaction("T3", JANUARY, "6907", "30.00"),
                        transaction("T4", JANUARY, "3200", "-20.00"),
                        transaction("T5", FEBRUARY, "5000", "10.00"))
                .toXml();
        // T3: the 6907 line gets a credit too (and T3's bank line credits the difference, so T3 still balances)
        xml = xml.replace(
                        "<AccountID>6907</AccountID>\n          <Analysis>\n            <AnalysisType>A</AnalysisType>\n"
                                + "            <AnalysisID>100</AnalysisID>\n          </Analysis>\n          <Description>linje T3</Description>\n"
                                + "          <DebitAmount>\n            <Amount>30.00</Amount>\n          </DebitAmount>\n",
                        "<AccountID>6907</AccountID>\n          <Description>linje T3</Description>\n"
                                + "          <DebitAmount>\n            <Amount>30.00</Amount>\n          </DebitAmount>\n"
                                + "          <CreditAmount>\n            <Amount>5.00</Amount>\n          </CreditAmount>\n")
                .replace(
                        "<Amount>30.00</Amount>\n          </CreditAmount>",
                        "<Amount>25.00</Amount>\n          </CreditAmount>");
        // T4: the 3200 line loses its amount, and the bank line with it (the transaction balances at zero)
        xml = xml.replace(
                        "<Description>linje T4</Description>\n          <CreditAmount>\n            <Amount>20.00</Amount>\n"
                                + "          </CreditAmount>\n",
                        "<Description>linje T4</Description>\n")
                .replace(
                        "<Description>bank T4</Description>\n          <DebitAmount>\n            <Amount>20.00</Amount>\n"
                                + "          </DebitAmount>\n",
                        "<Description>bank T4</Description>\n");
        xml = xml.replaceFirst("<TotalDebit>[0-9.]+</TotalDebit>", "<TotalDebit>180.00</TotalDebit>")
                .replaceFirst("<TotalCredit>[0-9.]+</TotalCredit>", "<TotalCredit>180.00</TotalCredit>");
        saft(ledger, "20260201020000", xml);

        // when
        LandingStepRun.Ended landing = ledger.land(SaftFeed.ID);

        // then the file landed with its bad lines quarantined, each with its line in the file, field and reason
        assertThat(ledger.rejected("ledger")).isEmpty();
        assertThat(ledger.fileOutcomes(landing.runId(), "ledger", "saft")).containsExactly("LANDED|1");
        String name = "SAF-T Financial_999999999_20260201020000_1_1.xml";
        assertThat(ledger.quarantine("ledger"))
                .containsExactly(
                        "saft|" + name + "|" + (lineOf(xml, "<AccountID>4711") - 2)
                                + "|AccountID|4711|account 4711 is not in the file's "
                                + "master data (MasterFiles/GeneralLedgerAccounts) (transaction T2)",
                        "saft|" + name + "|" + (lineOf(xml, "<Description>linje T3") - 3)
                                + "|DebitAmount|30.00|the line has both DebitAmount and "
                                + "CreditAmount (transaction T3)",
                        "saft|" + name + "|" + (lineOf(xml, "<Description>linje T4") - 7)
                                + "|DebitAmount|∅|the line has neither DebitAmount nor "
                                + "CreditAmount (transaction T4)",
                        "saft|" + name + "|" + (lineOf(xml, "<Description>bank T4") - 3)
                                + "|DebitAmount|∅|the line has neither DebitAmount nor "
                                + "CreditAmount (transaction T4)",
                        "saft|" + name + "|" + (lineOf(xml, "<Description>linje T5") - 7)
                                + "|Period|2026-02|the transaction's period (PeriodYear, "
                                + "Period) is 2026-02, outside the header's selection 2026-01..2026-01 (transaction T5)",
                        "saft|" + name + "|" + (lineOf(xml, "<Description>bank T5") - 3)
                                + "|Period|2026-02|the transaction's period (PeriodYear, "
                                + "Period) is 2026-02, outside the header's selection 2026-01..2026-01 (transaction T5)");
        // and records read = accepted + quarantined; the good lines are in the warehouse
        assertThat(ledger.work("select records_quarantined from meta.landed_file where feed = 'saft'"))
                .containsExactly("6");
        assertThat(
                        ledger.work(
                                "select records_read = records_accepted + records_quarantined from meta.landed_file where feed = 'saft'"))
                .containsExactly("true");
        assertThat(
                        built(
                                ledger,
                                "select transaction_id, account_id, amount_nok from staging.stg_ledger__saft_lines order by record_no"))
                .containsExactly("T1|5000|100.00", "T1|1920|-100.00", "T2|1920|-40.00", "T3|1920|-25.00");
    }

    private static Path saft(Inbox ledger, String stamp, String xml) {
        return ledger.deliver(
                "ledger", "saft", SaftFile.fileName("999999999", stamp), xml.getBytes(StandardCharsets.UTF_8));
    }

    /** The ledger's models (and the calendar) built on what landed, as the nightly run of 1 March 2026 builds them; then the query. */
    private static List<String> built(Inbox ledger, String sql) {
        ModelsOnLanded.build(
                ledger.home,
                List.of(new SaftFeed(), new BudgetFeed(), new ReceivablesFeed(), new MappingFeed()),
                LocalDate.of(2026, 3, 1),
                model -> model.name().contains("_ledger_") || model.name().startsWith("dim_calendar_"));
        return ledger.work(sql);
    }

    private static List<String> archived(Inbox ledger) {
        Path folder = ledger.home.landing().resolve("ledger").resolve("saft");
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile)
                    .map(path -> path.getFileName().toString())
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
