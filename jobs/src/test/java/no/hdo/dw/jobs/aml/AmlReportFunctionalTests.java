package no.hdo.dw.jobs.aml;

import static no.hdo.dw.jobs.support.CommandLineRun.hdoDw;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import no.hdo.dw.jobs.support.CommandLineRun.Captured;
import no.hdo.dw.warehouse.DuckDbDatabase;
import no.hdo.dw.warehouse.Home;
import no.hdo.dw.warehouse.Publisher;
import no.hdo.dw.warehouse.internal.SqlResources;
import no.hdo.dw.warehouse.turnus.AmlEngine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The breach engine through reporting, the BI views, publication and the command line, on a work
 * warehouse whose turnus interface tables are filled by hand:
 * <ul>
 *   <li>January 2026: five persons each work 14 h on Tuesday 6 January (a DAILY_HOURS and a DAILY_REST breach each);
 *   <li>February 2026: four persons work Sundays 1 and 8 February (a SUNDAYS_IN_A_ROW breach each);
 *   <li>a sixth person works an ordinary shift in December 2025, the first delivered month.
 * </ul>
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AmlReportFunctionalTests {

    private static final Set<String> CALENDAR_AND_PRIVACY =
            Set.of("marts.dim_calendar_date", "marts.dim_calendar_month", "marts.privacy_settings");

    @TempDir
    static Path folder;

    private Home home;

    @BeforeAll
    void publishAWarehouseWithBreaches() {
        home = new Home(folder.resolve("home"));
        home.create();
        try (AmlEngine engine = AmlEngine.create(home.root())) {
            for (int person = 1; person <= 5; person++) {
                engine.employee("p" + person, false).shift("p" + person, "ORD", "2026-01-06 07:00", "2026-01-06 21:00");
            }
            for (int person = 1; person <= 4; person++) {
                engine.shift("p" + person, "ORD", "2026-02-01 07:00", "2026-02-01 15:00")
                        .shift("p" + person, "ORD", "2026-02-08 07:00", "2026-02-08 15:00");
            }
            engine.employee("p6", false).shift("p6", "ORD", "2025-12-03 07:00", "2025-12-03 15:00");
            engine.build(model -> AmlEngine.ENGINE.test(model)
                    || CALENDAR_AND_PRIVACY.contains(model.qualifiedName())
                    || model.name().startsWith("rpt_turnus_aml_")
                            && !model.name().equals("rpt_turnus_aml_breaches_summary")
                    || model.name().startsWith("bi_turnus_aml_"));
            Publisher.publish(engine.database().jdbi(), home, 1, LocalDate.of(2026, 3, 1));
        }
    }

    @Test
    void reportGivesEveryRuleAndMonthInOrderWithZerosAsCsv() {
        // when
        Captured captured = hdoDw(
                "report",
                "aml-breaches",
                "--from",
                "2026-01",
                "--to",
                "2026-02",
                "--format",
                "csv",
                "--home",
                home.root().toString());

        // then
        assertThat(captured.exitCode()).as(captured.err()).isZero();
        assertThat(captured.out().lines().toList())
                .containsExactly(
                        "rule,month,breaches",
                        "DAILY_REST,2026-01,5",
                        "DAILY_REST,2026-02,0",
                        "WEEKLY_REST,2026-01,0",
                        "WEEKLY_REST,2026-02,0",
                        "DAILY_HOURS,2026-01,5",
                        "DAILY_HOURS,2026-02,0",
                        "OVERTIME_WEEK,2026-01,0",
                        "OVERTIME_WEEK,2026-02,0",
                        "OVERTIME_4_WEEKS,2026-01,0",
                        "OVERTIME_4_WEEKS,2026-02,0",
                        "OVERTIME_52_WEEKS,2026-01,0",
                        "OVERTIME_52_WEEKS,2026-02,0",
                        "HOURS_WEEK,2026-01,0",
                        "HOURS_WEEK,2026-02,0",
                        "HOURS_4_WEEKS,2026-01,0",
                        "HOURS_4_WEEKS,2026-02,0",
                        "SUNDAYS_IN_A_ROW,2026-01,0",
                        "SUNDAYS_IN_A_ROW,2026-02,4");
    }

    @Test
    void reportInTheOtherFormats() {
        // when
        String table = hdoDw(
                        "report",
                        "aml-breaches",
                        "--from",
                        "2026-02",
                        "--to",
                        "2026-02",
                        "--home",
                        home.root().toString())
                .out();
        String markdown = hdoDw(
                        "report",
                        "aml-breaches",
                        "--from",
                        "2026-02",
                        "--to",
                        "2026-02",
                        "--format",
                        "markdown",
                        "--home",
                        home.root().toString())
                .out();
        String json = hdoDw(
                        "report",
                        "aml-breaches",
                        "--from",
                        "2026-02",
                        "--to",
                        "2026-02",
                        "--format",
                        "json",
                        "--home",
                        home.root().toString())
                .out();

        // then
        assertThat(table.lines().toList())
                .hasSize(2 + 9)
                .startsWith(
                        "rule               month    breaches",
                        "-----------------  -------  --------",
                        "DAILY_REST         2026-02         0");
        assertThat(table.lines().toList()).contains("SUNDAYS_IN_A_ROW   2026-02         4");
        assertThat(markdown.lines().toList())
                .hasSize(2 + 9)
                .startsWith("| rule | month | breaches |", "| --- | --- | ---: |")
                .contains("| SUNDAYS_IN_A_ROW | 2026-02 | 4 |");
        assertThat(json.lines().toList())
                .hasSize(2 + 9)
                .contains("  {\"rule\":\"SUNDAYS_IN_A_ROW\",\"month\":\"2026-02\",\"breaches\":4}");
    }

    @Test
    void monthsOutsideTheDataAreUnknown() {
        // when: from before the first delivered month to after the reporting month
        Captured captured = hdoDw(
                "report",
                "aml-breaches",
                "--from",
                "2025-11",
                "--to",
                "2026-04",
                "--format",
                "csv",
                "--home",
                home.root().toString());

        // then
        assertThat(captured.out().lines().skip(1).toList())
                .hasSize(9 * 6)
                .contains(
                        "DAILY_HOURS,2025-11,",
                        "DAILY_HOURS,2025-12,0",
                        "DAILY_HOURS,2026-01,5",
                        "DAILY_HOURS,2026-04,");
    }

    @Test
    void trendCountsEveryBreachInTheMonthOfItsDate() {
        // when
        Captured captured = hdoDw(
                "trend",
                "aml-breaches",
                "--to",
                "2026-02",
                "--months",
                "4",
                "--format",
                "csv",
                "--home",
                home.root().toString());

        // then
        assertThat(captured.exitCode()).as(captured.err()).isZero();
        assertThat(captured.out().lines().toList())
                .containsExactly("month,breaches", "2025-11,", "2025-12,0", "2026-01,10", "2026-02,4");
    }

    @Test
    void badArgumentsExitNonZeroWithOneLine() {
        String homeOption = home.root().toString();
        Captured backwards =
                hdoDw("report", "aml-breaches", "--from", "2026-02", "--to", "2026-01", "--home", homeOption);
        Captured badMonth =
                hdoDw("report", "aml-breaches", "--from", "2026-1", "--to", "2026-02", "--home", homeOption);
        Captured missingTo = hdoDw("report", "aml-breaches", "--from", "2026-01", "--home", homeOption);
        Captured badFormat = hdoDw("report", "aml-breaches", "--from", "2026-01", "--to", "2026-02", "--format", "xls");
        Captured tooLong =
                hdoDw("report", "aml-breaches", "--from", "2000-01", "--to", "2026-02", "--home", homeOption);
        Captured noReport = hdoDw("report");
        Captured noPublication = hdoDw(
                "report",
                "aml-breaches",
                "--from",
                "2026-01",
                "--to",
                "2026-02",
                "--home",
                folder.resolve("nowhere").toString());

        assertThat(List.of(backwards, badMonth, missingTo, badFormat, tooLong, noReport))
                .allSatisfy(captured -> {
                    assertThat(captured.exitCode()).isEqualTo(2);
                    assertThat(captured.out()).isEmpty();
                    assertThat(captured.err().strip()).startsWith("hdo-dw: ").doesNotContain("\n");
                });
        assertThat(backwards.err()).contains("--from 2026-02 is after --to 2026-01");
        assertThat(badMonth.err()).contains("--from must be a month yyyy-MM, not '2026-1'");
        assertThat(missingTo.err()).contains("--to");
        assertThat(badFormat.err()).contains("unknown format 'xls'");
        assertThat(tooLong.err()).contains("at most 240 months");
        assertThat(noReport.err()).contains("a report is needed: result, receivables, aml-breaches");
        assertThat(noPublication.exitCode()).isEqualTo(1);
        assertThat(noPublication.err().strip()).contains("no warehouse at").doesNotContain("\n");
    }

    @Test
    void biViewsSuppressCellsAboutFewerThanFivePersons() {
        try (DuckDbDatabase published = DuckDbDatabase.openReadOnly(home.publishedWarehouse())) {
            // when
            List<String> byRule = published
                    .jdbi()
                    .withHandle(handle ->
                            handle.createQuery("""
                            select month_label || ' ' || rule_id || ' ' || coalesce(cast(breaches as varchar), 'null') || ' ' || is_suppressed
                            from bi.bi_turnus_aml_breaches_monthly
                            where month_label in ('2026-01', '2026-02') and rule_id in ('DAILY_REST', 'DAILY_HOURS', 'SUNDAYS_IN_A_ROW')
                            order by month_key, rule_order""").mapTo(String.class).list());
            List<String> totals = published
                    .jdbi()
                    .withHandle(handle ->
                            handle.createQuery("""
                            select month_label || ' ' || coalesce(cast(breaches as varchar), 'null') || ' ' || is_suppressed
                            from bi.bi_turnus_aml_breaches_monthly_total order by month_key""").mapTo(String.class).list());

            // then: five persons are shown, four are not; a cell with no breach is about nobody and shows 0
            assertThat(byRule)
                    .containsExactly(
                            "2026-01 DAILY_REST 5 false",
                            "2026-01 DAILY_HOURS 5 false",
                            "2026-01 SUNDAYS_IN_A_ROW 0 false",
                            "2026-02 DAILY_REST 0 false",
                            "2026-02 DAILY_HOURS 0 false",
                            "2026-02 SUNDAYS_IN_A_ROW null true");
            assertThat(totals).containsExactly("2025-12 0 false", "2026-01 10 false", "2026-02 null true");
        }
    }

    @Test
    void theDataTestsOfTheBreachesPassAndCatchADuplicate() {
        List<SqlResources.SqlFile> amlTests = SqlResources.list("tests").stream()
                .filter(test -> test.baseName().contains("_aml_"))
                .toList();
        assertThat(amlTests).hasSize(4);
        try (DuckDbDatabase work = DuckDbDatabase.openReadWrite(home.root().resolve("aml.duckdb"))) {
            // given the warehouse as built: no offending rows
            for (SqlResources.SqlFile test : amlTests) {
                assertThat(offendingRows(work, test)).as(test.path()).isZero();
            }

            // when a breach is in the fact twice
            work.jdbi()
                    .useHandle(
                            handle -> handle.execute(
                                    "insert into marts.fct_turnus_aml_breach select * from marts.fct_turnus_aml_breach limit 1"));

            // then the one-row-per-breach test and the reconciliation both see it
            assertThat(amlTests)
                    .filteredOn(test -> offendingRows(work, test) > 0)
                    .extracting(SqlResources.SqlFile::baseName)
                    .containsExactlyInAnyOrder(
                            "assert_fct_turnus_aml_breach__one_row_per_breach",
                            "assert_rpt_turnus_aml_breaches_monthly__reconciles_with_fact");
            work.jdbi()
                    .useHandle(
                            handle -> handle.execute(
                                    "create or replace table marts.fct_turnus_aml_breach as select distinct * from marts.fct_turnus_aml_breach"));
        }
    }

    private static long offendingRows(DuckDbDatabase database, SqlResources.SqlFile test) {
        String sql = "select count(*) from (" + test.text().strip().replaceAll(";$", "") + "\n) offending";
        return database.jdbi()
                .withHandle(handle -> handle.createQuery(sql).mapTo(Long.class).one());
    }

    @Test
    void theThresholdComesFromThePrivacySettings() {
        try (DuckDbDatabase work = DuckDbDatabase.openReadWrite(home.root().resolve("aml.duckdb"))) {
            // given a threshold of 3 persons instead of 5
            work.jdbi()
                    .useHandle(handle -> handle.execute(
                            "create or replace table marts.privacy_settings as select 3 as min_persons"));
            try {
                // when
                String february = work.jdbi()
                        .withHandle(handle ->
                                handle.createQuery("""
                                select coalesce(cast(breaches as varchar), 'null') || ' ' || is_suppressed from bi.bi_turnus_aml_breaches_monthly
                                where month_label = '2026-02' and rule_id = 'SUNDAYS_IN_A_ROW'""").mapTo(String.class).one());

                // then the four persons' cell is shown
                assertThat(february).isEqualTo("4 false");
            } finally {
                work.jdbi()
                        .useHandle(handle -> handle.execute(
                                "create or replace table marts.privacy_settings as select 5 as min_persons"));
            }
        }
    }

    @Test
    void thePublicationHoldsNoRowAboutAPerson() {
        try (DuckDbDatabase published = DuckDbDatabase.openReadOnly(home.publishedWarehouse())) {
            List<String> personColumns = published
                    .jdbi()
                    .withHandle(handle ->
                            handle.createQuery("""
                            select table_name || '.' || column_name from duckdb_columns()
                            where table_name like '%aml%' and (column_name like '%employee%' or column_name like '%person_key%')""").mapTo(String.class).list());
            assertThat(personColumns).isEmpty();
        }
    }
}
