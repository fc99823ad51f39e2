package no.hdo.dw.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import no.hdo.dw.warehouse.Seeds.Seed;
import no.hdo.dw.warehouse.internal.SqlResources.SqlFile;
import org.junit.jupiter.api.Test;

class SeedsTests {

    @Test
    void readsQuotedFieldsAndEmptyFieldsAsNull() {
        // given a seed with a quoted comma, a doubled quote, an empty field and CRLF line ends
        SqlFile file = new SqlFile(
                "seeds/ledger_example.csv",
                "bucket_order,bucket_name,max_days\r\n1,\"Forfalt, 91 - 180 dager\",180\r\n2,\"Sagt \"\"nei\"\"\",\r\n");

        // when
        Seed seed = Seeds.parse(file);

        // then
        assertThat(seed.name()).isEqualTo("ledger_example");
        assertThat(seed.columns()).containsExactly("bucket_order", "bucket_name", "max_days");
        assertThat(seed.rows())
                .containsExactly(
                        List.of("1", "Forfalt, 91 - 180 dager", "180"), Arrays.asList("2", "Sagt \"nei\"", null));
    }

    @Test
    void refusesARecordWithTheWrongNumberOfFieldsNamingFileAndRecord() {
        SqlFile file = new SqlFile("seeds/ledger_example.csv", "a,b\n1,2\n3\n");

        assertThatThrownBy(() -> Seeds.parse(file))
                .isInstanceOf(WarehouseException.class)
                .hasMessage("seed sql/seeds/ledger_example.csv, record 2: 1 fields, the header has 2");
    }

    @Test
    void refusesAHeaderThatIsNoColumnName() {
        SqlFile file = new SqlFile("seeds/ledger_example.csv", "Bucket Order,b\n1,2\n");

        assertThatThrownBy(() -> Seeds.parse(file))
                .hasMessageContaining("sql/seeds/ledger_example.csv, header: column 'Bucket Order'");
    }

    @Test
    void theBuildLoadsTheProjectsSeedsAndStagingGivesThemTypes() {
        try (DuckDbDatabase database = DuckDbDatabase.inMemory()) {
            // when only the seeds' staging models are built
            ModelBuild.runOnly(
                    database.jdbi(),
                    LocalDate.of(2026, 3, 1),
                    model -> model.name().startsWith("stg_ledger__seed_"));

            // then every seed is a table of the schema seeds, and the staging model has its rows, typed
            List<String> tables = database.jdbi()
                    .withHandle(handle -> handle.createQuery(
                                    "select table_name from information_schema.tables where table_schema = 'seeds' order by 1")
                            .mapTo(String.class)
                            .list());
            assertThat(tables)
                    .containsExactly(
                            "ledger_account_report_line",
                            "ledger_aging_buckets",
                            "ledger_finance_account_ranges",
                            "ledger_liquidity_minimum",
                            "ledger_report_lines",
                            "meta_feed_freshness",
                            "turnus_key_figure_targets");
            List<String> buckets = database.jdbi()
                    .withHandle(handle ->
                            handle.createQuery("""
                    select bucket_order || ' ' || bucket_name || ' ' || coalesce(cast(min_days_past_due as varchar), '-')
                           || ' ' || coalesce(cast(max_days_past_due + 0 as varchar), '-')
                    from staging.stg_ledger__seed_aging_buckets order by bucket_order""").mapTo(String.class).list());
            assertThat(buckets)
                    .hasSize(10)
                    .startsWith("1 Forfalt 181 dager eller mer 181 -", "2 Forfalt, 91 - 180 dager 91 180")
                    .endsWith("10 Forfaller om mer enn 45 dager - -46");
            String firstMapping = database.jdbi()
                    .withHandle(handle ->
                            handle.createQuery("""
                    select report_line_name || ' ' || (account_to - account_from) || ' ' || (valid_from + 1) || ' ' || (valid_to is null)
                    from staging.stg_ledger__seed_account_report_line order by account_from limit 1""").mapTo(String.class).one());
            assertThat(firstMapping).isEqualTo("Driftsinntekt 199 2015-01-02 true");
        }
    }
}
