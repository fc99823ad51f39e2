package no.hdo.dw.jobs.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import no.hdo.dw.demo.DemoInbox;
import no.hdo.dw.jobs.nightly.RunReport;
import no.hdo.dw.jobs.output.OutputFormat;
import no.hdo.dw.jobs.output.TableRenderer;
import no.hdo.dw.jobs.report.ReceivablesReport;
import no.hdo.dw.jobs.report.ResultReport;
import no.hdo.dw.jobs.support.DemoPublication;
import no.hdo.dw.jobs.support.WarehouseRows;
import no.hdo.dw.warehouse.Home;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The demo's ledger feeds, run through the nightly job, print every cell of the business report's
 * result and receivables tables (seed-report-2026-02.md, copied to the test resources) exactly.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LedgerDemoFunctionalTests {

    private Home home;
    private RunReport report;
    private java.util.Map<String, DemoInbox.FeedSummary> written;

    @BeforeAll
    void runTheDemoLedger() throws IOException {
        // given the demo's feeds; when the nightly job runs on the demo's run date (once per test JVM: DemoPublication)
        DemoPublication demo = DemoPublication.get();
        written = demo.summary().feeds();
        home = demo.home();
        report = demo.report();
    }

    @Test
    void everyFileLandsWholeAndThePreliminaryJanuaryIsReplaced() {
        // (the demo's other feeds carry bad records on purpose: the run exits 3 for them, the ledger has none)
        assertThat(report.published()).as(String.valueOf(report.message())).isTrue();
        assertThat(report.rejectedFiles()).noneMatch(file -> file.source().equals("ledger"));
        assertThat(WarehouseRows.quarantine(home, "ledger")).isEmpty();
        assertThat(report.feeds())
                .filteredOn(feed -> feed.source().equals("ledger"))
                .extracting("feed", "filesLanded", "filesRejected", "recordsQuarantined")
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("saft", 3L, 0L, 0L),
                        org.assertj.core.groups.Tuple.tuple("budget", 1L, 0L, 0L),
                        org.assertj.core.groups.Tuple.tuple("receivables", 2L, 0L, 0L),
                        org.assertj.core.groups.Tuple.tuple("mapping", 1L, 0L, 0L));
        // and the records read are the records the generator says it wrote
        for (RunReport.FeedReport feed : report.feeds().stream()
                .filter(feed -> feed.source().equals("ledger"))
                .toList()) {
            assertThat(feed.recordsRead())
                    .as(feed.feed())
                    .isEqualTo(written.get("ledger/" + feed.feed()).recordsWritten());
        }
    }

    @Test
    void theBiResultViewLeavesTheActualsOfAMonthWithoutSaftEmptyAndShowsItsBudget() {
        // when the analyst reads 2026 in Power BI's result view (the demo's SAF-T reaches February, its budget the
        // year)
        List<String> months = WarehouseRows.published(home, """
                select month_key,
                       count(*) filter (where actual_nok is null),
                       count(*) filter (where deviation_nok is null),
                       count(*) filter (where budget_nok is null),
                       count(*)
                from bi.bi_ledger_result_monthly
                where month_key between 202601 and 202612
                group by month_key order by month_key""");

        // then January and February have every actual, and the months after are unknown, not 0, with their budget
        assertThat(months).hasSize(12);
        for (String month : months) {
            String[] cells = month.split("\\|");
            boolean delivered = month.startsWith("202601|") || month.startsWith("202602|");
            String lines = cells[4];
            assertThat(cells[1]).as(month + ": actuals left empty").isEqualTo(delivered ? "0" : lines);
            assertThat(cells[2]).as(month + ": deviations left empty").isEqualTo(delivered ? "0" : lines);
            assertThat(cells[3]).as(month + ": budgets missing").isEqualTo("0");
        }
    }

    @Test
    void theDeliveredMappingIsInEffectAndIsTheSeedRowForRow() {
        try (no.hdo.dw.warehouse.DuckDbDatabase work =
                no.hdo.dw.warehouse.DuckDbDatabase.openReadOnly(home.workWarehouse())) {
            List<Long> counts = work.jdbi()
                    .withHandle(handle -> handle.createQuery("""
                    select (select count(*) from intermediate.int_ledger__account_report_line
                             where mapping_source = 'report_line_mapping_20251215120000.csv'),
                           (select count(*) from staging.stg_ledger__seed_account_report_line),
                           (select count(*) from (
                               select report_line_name, account_from, account_to, valid_from, valid_to
                                 from intermediate.int_ledger__account_report_line
                               except
                               select report_line_name, account_from, account_to, valid_from, valid_to
                                 from staging.stg_ledger__seed_account_report_line))""")
                            .map((rs, ctx) -> List.of(rs.getLong(1), rs.getLong(2), rs.getLong(3)))
                            .one());
            assertThat(counts).containsExactly(38L, 38L, 0L);
        }
    }

    @Test
    void reportResultPrintsEveryCellOfTheSeedReport() throws Exception {
        // when the result table is printed as report result --from 2026-01 --to 2026-02 prints it
        List<List<String>> printed = cells(TableRenderer.render(
                ResultReport.read(
                        home.publishedWarehouse(), java.time.YearMonth.of(2026, 1), java.time.YearMonth.of(2026, 2)),
                OutputFormat.TABLE));

        // then line by line: actual, budget, deviation, annual budget as published; and the year to date is the period
        List<List<String>> seed = seedTable("## Result vs budget");
        assertThat(printed.get(0))
                .containsExactly(
                        "line",
                        "actual",
                        "budget",
                        "deviation",
                        "ytd_actual",
                        "ytd_budget",
                        "ytd_deviation",
                        "annual_budget");
        List<List<String>> rows = printed.subList(2, printed.size());
        assertThat(rows).hasSize(seed.size()).hasSize(28);
        for (int index = 0; index < seed.size(); index++) {
            List<String> row = rows.get(index);
            List<String> expected = seed.get(index);
            assertThat(List.of(row.get(0), row.get(1), row.get(2), row.get(3), row.get(7)))
                    .as(expected.get(0))
                    .isEqualTo(expected);
            assertThat(row.subList(4, 7)).as(expected.get(0) + " year to date").isEqualTo(row.subList(1, 4));
        }
    }

    @Test
    void reportReceivablesPrintsEveryCellOfTheSeedReport() throws Exception {
        List<List<String>> printed = cells(TableRenderer.render(
                ReceivablesReport.read(home.publishedWarehouse(), LocalDate.of(2026, 2, 28)), OutputFormat.TABLE));
        // the seed report leaves out the tenth bucket of definitions.md (more than 45 days ahead), which is empty here
        List<List<String>> rows = printed.subList(2, printed.size());
        assertThat(rows)
                .filteredOn(row -> !row.get(0).equals("Forfaller om mer enn 45 dager"))
                .isEqualTo(seedTable("## Customer receivables"));
        assertThat(rows).contains(List.of("Forfaller om mer enn 45 dager", "0")).hasSize(11);
    }

    @Test
    void theOtherFormatsCarryTheSameFigures() {
        var result = ResultReport.read(
                home.publishedWarehouse(), java.time.YearMonth.of(2026, 1), java.time.YearMonth.of(2026, 2));
        // markdown: the table's cells; csv and json: plain NOK, two decimals, computed from the unrounded amounts
        assertThat(TableRenderer.render(result, OutputFormat.MARKDOWN).lines())
                .contains("| Resultat | 6,3 | -2,6 | 8,9 | 6,3 | -2,6 | 8,9 | 0,0 |");
        String resultat = TableRenderer.render(result, OutputFormat.CSV)
                .lines()
                .filter(line -> line.startsWith("Resultat,"))
                .findFirst()
                .orElseThrow();
        String[] cells = resultat.split(",");
        assertThat(new java.math.BigDecimal(cells[3]))
                .isEqualByComparingTo(new java.math.BigDecimal(cells[1]).subtract(new java.math.BigDecimal(cells[2])));
        assertThat(TableRenderer.render(result, OutputFormat.JSON))
                .contains("{\"line\":\"Resultat\",\"actual\":" + cells[1] + ",");
        assertThat(TableRenderer.render(
                                ReceivablesReport.read(home.publishedWarehouse(), LocalDate.of(2026, 2, 28)),
                                OutputFormat.CSV)
                        .lines())
                .contains("Sum,31741000.00");
    }

    @Test
    void theDemoPrintoutHasBothTables() {
        StringWriter out = new StringWriter();
        LedgerDemoReport.print(home.publishedWarehouse(), new PrintWriter(out, true));
        String text = out.toString();
        assertThat(text)
                .contains(
                        "hdo-dw report result --from 2026-01 --to 2026-02",
                        "hdo-dw report receivables --as-of 2026-02-28");
        assertThat(text.lines()
                        .filter(line -> line.startsWith("Resultat "))
                        .findFirst()
                        .orElseThrow()
                        .split(" {2,}"))
                .startsWith("Resultat", "6,3", "-2,6", "8,9");
        assertThat(text.lines().filter(line -> line.startsWith("Sum ")).toList())
                .last()
                .asString()
                .endsWith("31 741");
    }

    /** A printed table's cells: columns are separated by two or more spaces. */
    private static List<List<String>> cells(String table) {
        return table.lines().map(line -> List.of(line.strip().split(" {2,}"))).toList();
    }

    /** The rows of the markdown table under a heading of the seed report. */
    private static List<List<String>> seedTable(String heading) throws IOException, URISyntaxException {
        Path seed = Path.of(LedgerDemoFunctionalTests.class
                .getClassLoader()
                .getResource("contracts/seed-report-2026-02.md")
                .toURI());
        List<String> lines = Files.readAllLines(seed, StandardCharsets.UTF_8);
        int at = 0;
        while (!lines.get(at).startsWith(heading)) {
            at++;
        }
        while (!lines.get(at).startsWith("|")) {
            at++;
        }
        List<List<String>> rows = new ArrayList<>();
        for (at += 2; at < lines.size() && lines.get(at).startsWith("|"); at++) {
            String line = lines.get(at);
            rows.add(Arrays.stream(line.substring(1, line.length() - 1).split("\\|"))
                    .map(String::strip)
                    .toList());
        }
        return rows;
    }
}
