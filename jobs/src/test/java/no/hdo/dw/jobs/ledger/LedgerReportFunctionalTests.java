package no.hdo.dw.jobs.ledger;

import static no.hdo.dw.feeds.SmallSaftFiles.file;
import static no.hdo.dw.feeds.SmallSaftFiles.transaction;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import no.hdo.dw.jobs.nightly.RunReport;
import no.hdo.dw.jobs.support.CommandLineRun;
import no.hdo.dw.jobs.support.CommandLineRun.Captured;
import no.hdo.dw.jobs.support.Inboxes;
import no.hdo.dw.jobs.support.WarehouseRows;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ledger feeds end to end up to {@code report result} and {@code report receivables}: which
 * delivery wins, the sign conventions, the sum rows and the deviations, row by row against
 * figures computed by hand from the delivered files.
 */
class LedgerReportFunctionalTests {

    private static final YearMonth JANUARY = YearMonth.of(2026, 1);
    private static final YearMonth FEBRUARY = YearMonth.of(2026, 2);

    @TempDir
    Path temporary;

    @Test
    void aLaterDeliveryReplacesItsPeriodOnlyAndTheReportAddsUpByHand() {
        // given a SAF-T file for January-February, and a later one for February alone
        LedgerInbox ledger = new LedgerInbox(temporary);
        ledger.saft(
                "20260201020000",
                file(
                                JANUARY,
                                FEBRUARY,
                                transaction(
                                        "J1", JANUARY, "3000", "-1000000.00", "5000", "400000.00", "8050", "-10000.00"),
                                transaction("F1", FEBRUARY, "3000", "-900000.00", "5000", "420000.00"))
                        .toXml());
        ledger.saft(
                "20260305020000",
                file(
                                FEBRUARY,
                                FEBRUARY,
                                transaction(
                                        "F2", FEBRUARY, "3000", "-950000.00", "5000", "410000.00", "6907", "30000.00"))
                        .toXml());
        // and two budgets for 2026, the later one in effect, with a bad row of each kind
        ledger.budget(2026, "20251201120000", "2026;1;3000;;-1,00");
        ledger.budget(
                2026,
                "20251215120000",
                "2026;1;3000;;-980000,00",
                "2026;1;5000;100;380000,00",
                "2026;2;3000;;-980000,00",
                "2026;2;5000;100;380000,00",
                "2026;2;6907;;25000,00",
                "2026;3;3000;;-1000000,00",
                "2026;13;3000;;1,00",
                "2025;1;3000;;1,00",
                "2026;4;3000;;1.000,00");

        // when
        RunReport report = ledger.nightly(LocalDate.of(2026, 3, 6));

        // then January comes from the first file and February from the second alone
        assertThat(report.published()).isTrue();
        assertThat(ledger.work("""
                select strftime(period_start_date, '%Y-%m'), transaction_id, account_id, amount_nok from marts.fct_ledger_posting
                 where account_id <> '1920' order by period_start_date, transaction_id, account_id"""))
                .containsExactly(
                        "2026-01|J1|3000|-1000000.00",
                        "2026-01|J1|5000|400000.00",
                        "2026-01|J1|8050|-10000.00",
                        "2026-02|F2|3000|-950000.00",
                        "2026-02|F2|5000|410000.00",
                        "2026-02|F2|6907|30000.00");
        // and the bad budget rows are quarantined with their line, field and reason
        assertThat(ledger.quarantine())
                .containsExactly(
                        "budget|budget_2026_20251215120000.csv|8|month|13|month is not a number 1–12",
                        "budget|budget_2026_20251215120000.csv|9|year|2025|year is not the file's year 2026",
                        "budget|budget_2026_20251215120000.csv|10|amount|1.000,00|amount is not a number in NOK with a decimal comma (1234,50), "
                                + "without thousands separator");

        // and report result for February, by hand: revenue shown credit - debit, costs and finance debit - credit;
        // deviation actual - budget for revenue and the result, budget - actual otherwise; ytd January-February
        List<String> csv = februaryResultCsv(ledger);
        assertThat(csv.get(0))
                .isEqualTo("line,actual,budget,deviation,ytd_actual,ytd_budget,ytd_deviation,annual_budget");
        assertThat(csv.subList(1, csv.size()))
                .extracting(row -> row.startsWith("\"")
                        ? row.substring(0, row.indexOf('"', 1) + 1)
                        : row.substring(0, row.indexOf(',')))
                .containsExactly(
                        "Driftsinntekt",
                        "Forvaltningsinntekt",
                        "Annen inntekt",
                        "Sum Omsetning",
                        "Lønninger",
                        "Overtid",
                        "Faste tillegg",
                        "Feriepenger",
                        "Pensjonskostnad",
                        "Arbeidsgiveravgift",
                        "Andre personalkostnader",
                        "Sum Personalkostnader",
                        "Avskrivninger",
                        "Husleie/Behold",
                        "IT utstyr og vedlikehold",
                        "Tjenestekjøp",
                        "Frikjøp",
                        "Kontorutstyr",
                        "Telefon og mobil",
                        "Transmisjon og data",
                        "\"Møter, kurs og forum\"",
                        "Reisekostnader",
                        "\"Lisens, support og garanti\"",
                        "Andre kostnader",
                        "Sum Driftskostnader",
                        "Sum Totale Kostnader",
                        "Sum Finans",
                        "Resultat");
        assertThat(csv)
                .contains(
                        "Driftsinntekt,950000.00,980000.00,-30000.00,1950000.00,1960000.00,-10000.00,2960000.00",
                        "Forvaltningsinntekt,0.00,0.00,0.00,0.00,0.00,0.00,0.00",
                        "Sum Omsetning,950000.00,980000.00,-30000.00,1950000.00,1960000.00,-10000.00,2960000.00",
                        "Lønninger,410000.00,380000.00,-30000.00,810000.00,760000.00,-50000.00,760000.00",
                        "Sum Personalkostnader,410000.00,380000.00,-30000.00,810000.00,760000.00,-50000.00,760000.00",
                        "Transmisjon og data,30000.00,25000.00,-5000.00,30000.00,25000.00,-5000.00,25000.00",
                        "Sum Driftskostnader,30000.00,25000.00,-5000.00,30000.00,25000.00,-5000.00,25000.00",
                        "Sum Totale Kostnader,440000.00,405000.00,-35000.00,840000.00,785000.00,-55000.00,785000.00",
                        "Sum Finans,0.00,0.00,0.00,-10000.00,0.00,10000.00,0.00",
                        "Resultat,510000.00,575000.00,-65000.00,1120000.00,1175000.00,-55000.00,2175000.00");

        // and in table format the same row in MNOK with one decimal, Norwegian style
        List<String> table = run(
                "report",
                "result",
                "--from",
                "2026-02",
                "--to",
                "2026-02",
                "--home",
                ledger.home.root().toString());
        assertThat(table.stream()
                        .filter(line -> line.startsWith("Resultat"))
                        .findFirst()
                        .orElseThrow()
                        .split(" {2,}"))
                .containsExactly("Resultat", "0,5", "0,6", "-0,1", "1,1", "1,2", "-0,1", "2,2");
    }

    @Test
    void receivablesAreBucketedByDaysPastDueFromTheNewestSnapshotOfTheDate() {
        // given an early and a corrected open-items file for 28 February, and one for 31 January
        LedgerInbox ledger = new LedgerInbox(temporary);
        ledger.openItems("2026-02-28", "20260301010000", "10001;Helse Nord RHF;1;2026-02-01;2026-03-01;999,00;NOK");
        ledger.openItems(
                "2026-02-28",
                "20260301020000",
                "10001;Helse Nord RHF;101;2025-08-01;2025-08-31;1000,00;NOK", // d = 181
                "10001;Helse Nord RHF;102;2025-08-01;2025-09-01;2000,00;NOK", // d = 180
                "10002;Oslo kommune;103;2026-01-01;2026-01-14;-300,00;NOK", // d = 45, a credit note
                "10002;Oslo kommune;104;2026-01-01;2026-02-21;4000,00;NOK", // d = 7
                "10003;Sykehusapotekene HF;105;2026-02-01;2026-02-28;5000,00;NOK", // d = 0
                "10003;Sykehusapotekene HF;106;2026-02-01;2026-03-07;6000,00;NOK", // d = -7
                "10003;Sykehusapotekene HF;107;2026-02-01;2026-03-08;7000,00;NOK", // d = -8
                "10004;Helse Vest RHF;108;2026-02-20;2026-04-14;8000,00;NOK", // d = -45
                "10004;Helse Vest RHF;109;2026-02-20;2026-04-15;9000,50;NOK", // d = -46
                "10004;Helse Vest RHF;110;2026-02-20;2026-02-10;1,00;NOK", // due before invoice
                "10004;Helse Vest RHF;111;2026-02-20;2026-03-20;1,00;EUR", // another currency
                "10004;Helse Vest RHF;112;2026-02-30;2026-03-20;1,00;NOK"); // no such date
        ledger.openItems("2026-01-31", "20260201020000", "10001;Helse Nord RHF;90;2026-01-10;2026-02-09;123,45;NOK");

        // when
        RunReport report = ledger.nightly(LocalDate.of(2026, 3, 1));

        // then the bad rows are quarantined by line, field and reason
        assertThat(report.published()).isTrue();
        assertThat(ledger.quarantine())
                .containsExactly(
                        "receivables|open_items_2026-02-28_20260301020000.csv|11|due_date|2026-02-10|due_date is before invoice_date 2026-02-20",
                        "receivables|open_items_2026-02-28_20260301020000.csv|12|currency|EUR|currency must be NOK",
                        "receivables|open_items_2026-02-28_20260301020000.csv|13|invoice_date|2026-02-30|invoice_date is not a date yyyy-MM-dd");

        // and each bucket sums its items (d = as_of - due_date), the early file of the same date superseded
        assertThat(run(
                        "report",
                        "receivables",
                        "--as-of",
                        "2026-02-28",
                        "--format",
                        "csv",
                        "--home",
                        ledger.home.root().toString()))
                .containsExactly(
                        "bucket,amount",
                        "Forfalt 181 dager eller mer,1000.00",
                        "\"Forfalt, 91 - 180 dager\",2000.00",
                        "\"Forfalt, 46 - 90 dager\",0.00",
                        "\"Forfalt, 15 - 45 dager\",-300.00",
                        "\"Forfalt, 8 - 14 dager\",0.00",
                        "\"Forfalt, 1 - 7 dager\",4000.00",
                        "Forfaller om 0 - 7 dager,11000.00",
                        "Forfaller om 8 - 14 dager,7000.00",
                        "Forfaller om 15 - 45 dager,8000.00",
                        "Forfaller om mer enn 45 dager,9000.50",
                        "Sum,41700.50");
        // and in table format in 1000 NOK, Norwegian style
        assertThat(run(
                        "report",
                        "receivables",
                        "--as-of",
                        "2026-02-28",
                        "--home",
                        ledger.home.root().toString()))
                .filteredOn(line -> line.startsWith("Sum") || line.startsWith("Forfaller om mer"))
                .extracting(line -> List.of(line.split(" {2,}")))
                .containsExactly(List.of("Forfaller om mer enn 45 dager", "9"), List.of("Sum", "42"));
        // and the other as-of date is kept: its item is due in 9 days
        assertThat(run(
                        "report",
                        "receivables",
                        "--as-of",
                        "2026-01-31",
                        "--format",
                        "csv",
                        "--home",
                        ledger.home.root().toString()))
                .contains("Forfaller om 8 - 14 dager,123.45", "Sum,123.45");
        // and bad arguments are a one-line error with exit code 2
        String home = ledger.home.root().toString();
        assertThat(runErrors("report", "receivables", "--as-of", "2026-02-27", "--home", home))
                .containsExactly(
                        "hdo-dw: no open-items snapshot as of 2026-02-27 in the warehouse; as-of dates delivered: 2026-01-31, 2026-02-28");
        assertThat(runErrors("report", "result", "--from", "2025-12", "--to", "2026-02", "--home", home))
                .containsExactly("hdo-dw: --from and --to must be in the same year (2025-12 .. 2026-02)");
        assertThat(runErrors("report", "result", "--from", "2026-13", "--to", "2026-02", "--home", home))
                .containsExactly("hdo-dw: --from must be a month yyyy-MM, not '2026-13'");
        assertThat(runErrors("report"))
                .singleElement()
                .asString()
                .startsWith("hdo-dw: a report is needed: result, receivables");
    }

    @Test
    void anAccountInTheResultRangeWithoutAReportLineHoldsBackTheLedgerAndIsNamed() {
        // given a posting dated before the mapping's first valid day (2015-01-01): account 3000 has no line then
        LedgerInbox ledger = new LedgerInbox(temporary);
        YearMonth december2014 = YearMonth.of(2014, 12);
        ledger.saft(
                "20150105020000",
                file(december2014, december2014, transaction("X1", december2014, "3000", "-500.00"))
                        .toXml());

        // when
        RunReport report = ledger.nightly(LocalDate.of(2015, 1, 5));

        // then the other domains are published without the ledger (there is no earlier publication to keep), exit 4,
        // and the run report names the test, the account, its month and file
        assertThat(report.published()).isTrue();
        assertThat(report.exitCode()).isEqualTo(4);
        assertThat(report.heldBackDomains())
                .extracting(RunReport.HeldBackDomain::domain)
                .containsExactly("ledger");
        assertThat(report.heldBackDomains().get(0).reason())
                .contains("assert_ledger__result_accounts_have_a_report_line: 1 offending row(s)")
                .contains("account_id=3000")
                .contains("month_key=201412")
                .contains("source_file=SAF-T Financial_999999999_20150105020000_1_1.xml");
    }

    @Test
    void aDeliveredMappingReplacesTheSeedAndADatedChangeMovesAnAccountFromItsDay() {
        // given postings on 6907 in January and February, and a mapping from the finance owners that moves 6907
        // from "Transmisjon og data" to "Telefon og mobil" from 1 February (the rest as in the seed, shortened)
        LedgerInbox ledger = new LedgerInbox(temporary);
        ledger.saft(
                "20260301020000",
                file(
                                JANUARY,
                                FEBRUARY,
                                transaction("J1", JANUARY, "6907", "1000.00", "3000", "-5000.00"),
                                transaction("F1", FEBRUARY, "6907", "2000.00", "3000", "-5000.00"))
                        .toXml());
        ledger.mapping(
                "20260210120000",
                "Driftsinntekt;3000;3199;2015-01-01;",
                "Transmisjon og data;6907;6907;2015-01-01;2026-01-31",
                "Telefon og mobil;6907;6907;2026-02-01;",
                "Telefon og mobil;6900;6906;2015-01-01;",
                "Andre kostnader;4000;4999;2015-01-01;",
                "Lønninger;5000;5019;2015-01-01;",
                "Transmisjon og data;9000;8000;2015-01-01;");

        // when
        RunReport report = ledger.nightly(LocalDate.of(2026, 3, 1));

        // then the delivered mapping is in effect (its bad row quarantined), and each posting has the line of its month
        assertThat(report.published()).as(String.valueOf(report.message())).isTrue();
        assertThat(ledger.quarantine())
                .containsExactly("mapping|report_line_mapping_20260210120000.csv|8|account_to|8000|"
                        + "account_to is not an account number at or after account_from");
        assertThat(ledger.work("""
                select fct.transaction_id, fct.account_id, lines.report_line_name from marts.fct_ledger_posting as fct
                  join marts.dim_ledger_report_line as lines using (report_line_key) order by 1, 2"""))
                .containsExactly(
                        "F1|3000|Driftsinntekt",
                        "F1|6907|Telefon og mobil",
                        "J1|3000|Driftsinntekt",
                        "J1|6907|Transmisjon og data");
        List<String> csv = februaryResultCsv(ledger);
        assertThat(csv)
                .contains(
                        "Telefon og mobil,2000.00,0.00,-2000.00,2000.00,0.00,-2000.00,0.00",
                        "Transmisjon og data,0.00,0.00,0.00,1000.00,0.00,-1000.00,0.00");

        // and a mapping naming a line the report does not have holds back the ledger of the next run, naming it:
        // the publication keeps the first run's ledger tables, and says so per domain
        ledger.mapping("20260301120000", "Driftsinntekter;3000;3199;2015-01-01;");
        RunReport second = ledger.nightly(LocalDate.of(2026, 3, 2));
        assertThat(second.published()).isTrue();
        assertThat(second.exitCode()).isEqualTo(4);
        assertThat(second.heldBackDomains())
                .extracting(RunReport.HeldBackDomain::domain)
                .containsExactly("ledger");
        assertThat(second.heldBackDomains().get(0).reason())
                .contains("assert_int_ledger__account_report_line__known_lines: 1 offending row(s)")
                .contains("report_line_name=Driftsinntekter");
        assertThat(februaryResultCsv(ledger)).as("the first run's ledger, kept").isEqualTo(csv);
        assertThat(WarehouseRows.published(
                        ledger.home, "select domain, status, data_run_id from bi.bi_domain_status order by domain"))
                .contains("ledger|held back|" + report.runId(), "video|published|" + second.runId());
    }

    @Test
    void aLedgerTestFailureOnNightTwoKeepsNightOnesLedgerPublishesTheOtherSourcesAndACorrectionPublishesAll() {
        // given night 1: a SAF-T file with revenue and costs, the seed's mapping, and one video call
        LedgerInbox ledger = new LedgerInbox(temporary);
        ledger.saft(
                "20260301020000",
                file(JANUARY, FEBRUARY, transaction("F1", FEBRUARY, "6907", "2000.00", "3000", "-5000.00"))
                        .toXml());
        Inboxes.deliverBliksundCall(ledger.inbox, "bliksund_20260301020000.jsonl", "b-1", "2026-02-28");
        RunReport night1 = ledger.nightly(LocalDate.of(2026, 3, 1));
        assertThat(night1.published()).as(night1.message()).isTrue();
        List<String> ledgerOfNight1 = februaryResultCsv(ledger);

        // when night 2 brings a mapping that names a line the report does not have, and a new video call
        ledger.mapping("20260301120000", "Driftsinntekter;3000;3199;2015-01-01;");
        Inboxes.deliverBliksundCall(ledger.inbox, "bliksund_20260302020000.jsonl", "b-2", "2026-03-01");
        RunReport night2 = ledger.nightly(LocalDate.of(2026, 3, 2));

        // then the video of night 2 is published, the ledger stays night 1's, exit 4, naming the test
        assertThat(night2.exitCode()).as(night2.message()).isEqualTo(4);
        assertThat(night2.heldBackDomains())
                .extracting(RunReport.HeldBackDomain::domain)
                .containsExactly("ledger");
        assertThat(ledger.published("select count(*) from bi.bi_video_calls")).containsExactly("2");
        assertThat(februaryResultCsv(ledger)).isEqualTo(ledgerOfNight1);
        assertThat(ledger.published("select domain || ' ' || status || ' ' || data_run_id from bi.bi_domain_status"
                        + " where domain in ('ledger', 'video') order by domain"))
                .containsExactly("ledger held back " + night1.runId(), "video published " + night2.runId());

        // and night 3, with the mapping corrected, publishes everything again
        ledger.mapping(
                "20260302120000", "Driftsinntekt;3000;3199;2015-01-01;", "Andre kostnader;4000;7999;2015-01-01;");
        RunReport night3 = ledger.nightly(LocalDate.of(2026, 3, 3));
        assertThat(night3.exitCode()).as(night3.message()).isIn(0, 3);
        assertThat(night3.heldBackDomains()).isEmpty();
        assertThat(ledger.published(
                        "select count(*) from bi.bi_domain_status where status = 'published' and data_run_id = "
                                + night3.runId()))
                .containsExactly("6");
    }

    /** {@code report result} for February 2026 as CSV. */
    private static List<String> februaryResultCsv(LedgerInbox ledger) {
        return run(
                "report",
                "result",
                "--from",
                "2026-02",
                "--to",
                "2026-02",
                "--format",
                "csv",
                "--home",
                ledger.home.root().toString());
    }

    private static List<String> run(String... args) {
        Captured run = CommandLineRun.hdoDw(args);
        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        return run.outLines();
    }

    /** Runs a command that must fail with exit code 2; returns what it printed on stderr. */
    private static List<String> runErrors(String... args) {
        Captured run = CommandLineRun.hdoDw(args);
        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        return run.errLines();
    }
}
