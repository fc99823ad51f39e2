package no.hdo.dw.jobs.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import no.hdo.dw.jobs.support.DemoPublication;
import no.hdo.dw.jobs.support.WarehouseRows;
import no.hdo.dw.warehouse.Home;
import no.hdo.dw.warehouse.ModelBuild;
import no.hdo.dw.warehouse.ModelDoc;
import no.hdo.dw.warehouse.internal.SqlResources;
import org.junit.jupiter.api.Test;

/**
 * The demo's publication as the BI analyst gets it (outputs.md, "The Power BI kit", "The data
 * catalogue"): every published column described, in the DuckDB file and in the catalogue alike;
 * the BI columns' types as Power BI can hold them; Snappy Parquet files with one type per key column.
 * Reads the shared demo publication only.
 */
class CatalogFunctionalTests {

    private static final String TYPES_TEST = "assert_bi__columns_suit_power_bi";

    private final Home home = DemoPublication.get().home();

    @Test
    void everyPublishedTableAndColumnHasItsDescriptionInTheDuckDbFile() {
        // given the demo's publication

        // when the analyst lists the columns without a comment
        List<String> undescribed = WarehouseRows.published(home, """
                select schema_name || '.' || table_name || '.' || column_name from duckdb_columns()
                where database_name = current_database() and comment is null order by 1""");
        List<String> tablesUndescribed = WarehouseRows.published(home, """
                select schema_name || '.' || table_name from duckdb_tables()
                where database_name = current_database() and comment is null order by 1""");

        // then there are none, and the comments are the models' text
        assertThat(undescribed).isEmpty();
        assertThat(tablesUndescribed).isEmpty();
        assertThat(WarehouseRows.published(home, """
                        select comment from duckdb_columns()
                        where table_name = 'bi_turnus_sick_leave_monthly' and column_name = 'agreed_days'"""))
                .containsExactly("agreed working days, weighted by position percentage (the percentages' denominator);"
                        + " empty when suppressed.");
    }

    @Test
    void theCatalogueListsEveryPublishedColumnWithTypeCommentAndLineage() throws IOException {
        // given the columns of the published file
        Map<String, String> published = new HashMap<>();
        for (String row : WarehouseRows.published(home, """
                select table_name || '.' || column_name, data_type || '|' || comment from duckdb_columns()
                where database_name = current_database()""")) {
            String[] parts = row.split("\\|", 2);
            published.put(parts[0], parts[1]);
        }

        // when the catalogue is read
        JsonNode catalog = new ObjectMapper()
                .readTree(home.published().resolve("catalog.json").toFile());
        String markdown = Files.readString(home.published().resolve("catalog.md"));

        // then it has dbt's shape, every column with the file's type and comment, and each node its lineage
        assertThat(catalog.path("metadata").path("dbt_schema_version").asText()).contains("catalog/v1");
        Map<String, String> catalogued = new HashMap<>();
        catalog.path("nodes")
                .forEach(node -> node.path("columns")
                        .forEach(column -> catalogued.put(
                                node.path("metadata").path("name").asText() + "."
                                        + column.path("name").asText(),
                                column.path("type").asText() + "|"
                                        + column.path("comment").asText())));
        assertThat(catalogued).isEqualTo(published);
        JsonNode sickLeave = catalog.path("nodes").path("model.hdo_dw.bi_turnus_sick_leave_monthly");
        assertThat(sickLeave.path("grain").asText()).isEqualTo("month x org unit");
        assertThat(sickLeave.path("suppression").asText()).contains("secondary suppression");
        assertThat(sickLeave.path("source_feeds").toString()).contains("turnus/absences");
        assertThat(sickLeave.path("depends_on").toString()).contains("marts.fct_turnus_sick_leave_monthly");
        assertThat(sickLeave.path("exposures").toString()).contains("Totalt sykefravær i foretaket siste 13 måneder");
        assertThat(sickLeave.path("columns").path("org_unit_key").path("index").asInt())
                .isEqualTo(5);
        assertThat(markdown).contains("## bi.bi_turnus_sick_leave_monthly", "| `lost_days` | DOUBLE |");
        assertThat(markdown).doesNotContain("(no description)");
    }

    @Test
    void everyExposureNamesAPublishedObject() {
        // given the objects of the publication
        Set<String> objects = new TreeSet<>(WarehouseRows.published(home, """
                select schema_name || '.' || table_name from duckdb_tables() where database_name = current_database()"""));

        // when the exposures are read
        List<String> unknown = new ArrayList<>();
        for (String line : SqlResources.list("catalog", ".csv")
                .get(0)
                .text()
                .lines()
                .skip(1)
                .toList()) {
            String object = line.substring(0, line.indexOf(','));
            if (!objects.contains(object)) {
                unknown.add(object);
            }
        }

        // then none is unknown
        assertThat(unknown).isEmpty();
    }

    @Test
    void theBiColumnsSuitPowerBiInTheDuckDbFileAndTheParquetFiles() {
        // given the data test of the column types
        String typesTest = SqlResources.list("tests").stream()
                .filter(test -> test.baseName().equals(TYPES_TEST))
                .findFirst()
                .orElseThrow()
                .text()
                .strip();

        // when it runs on the published file as it is, and the Parquet files' schemas and codecs are read
        List<String> offending = WarehouseRows.published(home, typesTest);
        Path parquet = home.publishedParquet();
        List<String> codecs = WarehouseRows.query(
                home.publishedWarehouse(),
                "select distinct compression from parquet_metadata('" + parquet + "/*.parquet') order by 1");
        List<String> keyTypes = WarehouseRows.query(home.publishedWarehouse(), """
                select name, string_agg(distinct type || coalesce('/' || logical_type, ''), ', ')
                from parquet_schema('%s/*.parquet') where name like '%%\\_key' escape '\\'
                group by name having count(distinct type || coalesce('/' || logical_type, '')) > 1""".formatted(parquet));
        List<String> wideTypes = WarehouseRows.query(home.publishedWarehouse(), """
                select file_name, name, type from parquet_schema('%s/*.parquet')
                where type in ('INT96', 'FIXED_LEN_BYTE_ARRAY') order by 1, 2""".formatted(parquet));

        // then no column breaks a rule, every file is Snappy, and a key has one type in every file
        assertThat(offending).isEmpty();
        assertThat(codecs).containsExactly("SNAPPY");
        assertThat(keyTypes).isEmpty();
        assertThat(wideTypes).isEmpty();
    }

    @Test
    void theNewDimensionsArePublishedAndTheFactsKeysJoinThem() {
        // given the demo's publication

        // when the facts' keys are looked up in the dimensions
        List<String> missing = WarehouseRows.published(home, """
                select 'video_centre' from bi.bi_video_calls where video_centre_key not in (select video_centre_key from bi.bi_video_centres)
                union all
                select 'site' from bi.bi_medielogg_calls_daily where site_key not in (select site_key from bi.bi_medielogg_sites)
                union all
                select 'component' from bi.bi_medielogg_uptime_monthly where component_key not in (select component_key from bi.bi_medielogg_components)
                union all
                select 'rule' from bi.bi_turnus_aml_breaches_monthly where aml_rule_key is null or aml_rule_key not in (select aml_rule_key from bi.bi_turnus_aml_rules)
                union all
                select 'org_unit' from bi.bi_turnus_sick_leave_monthly where org_unit_key not in (select org_unit_key from bi.bi_turnus_org_units)""");

        // then every key joins, and 17 May 2025 is a public holiday in the date dimension
        assertThat(missing).isEmpty();
        assertThat(WarehouseRows.published(home, """
                        select is_public_holiday, public_holiday_name_nb, is_working_day
                        from bi.bi_calendar_date where calendar_date = date '2025-05-17'""")).containsExactly("true|Grunnlovsdag|false");
    }

    @Test
    void everyColumnAModelDescribesIsOneItHasInItsOrder() {
        // given every model of every layer, as the demo's night built them in its work warehouse
        Map<String, String> built = new HashMap<>();
        for (String row : WarehouseRows.work(home, """
                select table_name, string_agg(column_name, ',' order by ordinal_position)
                from information_schema.columns
                where table_schema in ('staging', 'intermediate', 'marts', 'reporting', 'bi')
                group by table_name
                """)) {
            String[] cells = row.split("\\|", 2);
            built.put(cells[0], cells[1]);
        }

        // when each model's opening comment is read
        List<String> wrong = new ArrayList<>();
        int described = 0;
        for (String layer : ModelBuild.LAYERS) {
            for (SqlResources.SqlFile file : SqlResources.list(layer)) {
                Map<String, String> columns = ModelDoc.parse(file.text()).columns();
                if (columns.isEmpty()) {
                    continue;
                }
                described++;
                // a model may leave a column to the model it reads (docs/decisions.md): what it lists, it must have
                List<String> has =
                        List.of(built.getOrDefault(file.baseName(), "").split(","));
                List<String> documented = List.copyOf(columns.keySet());
                if (!has.stream().filter(documented::contains).toList().equals(documented)) {
                    wrong.add(file.baseName() + ": describes " + documented + "; has " + has);
                }
            }
        }

        // then every column a model describes is one it has, in the order it has them
        assertThat(described).as("models that describe their columns").isGreaterThan(70);
        assertThat(wrong).isEmpty();
    }
}
