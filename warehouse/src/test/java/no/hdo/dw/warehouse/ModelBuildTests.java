package no.hdo.dw.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.hdo.dw.warehouse.ModelBuild.Model;
import org.junit.jupiter.api.Test;

class ModelBuildTests {

    @Test
    void ordersModelsAfterTheModelsTheyReferTo() {
        // given models listed before what they read
        Map<String, Model> models = new LinkedHashMap<>();
        models.put(
                "reporting.rpt_b",
                new Model("reporting", "rpt_b", "select * from marts.fct_a join marts.dim_a using (k)"));
        models.put("marts.fct_a", new Model("marts", "fct_a", "select * from staging.stg_a"));
        models.put("marts.dim_a", new Model("marts", "dim_a", "select 1 as k"));
        models.put("staging.stg_a", new Model("staging", "stg_a", "select * from raw.source__feed"));

        // when
        List<String> order = ModelBuild.inDependencyOrder(models).stream()
                .map(Model::qualifiedName)
                .toList();

        // then
        assertThat(order).containsExactly("staging.stg_a", "marts.fct_a", "marts.dim_a", "reporting.rpt_b");
    }

    @Test
    void refusesACycle() {
        Map<String, Model> models = new LinkedHashMap<>();
        models.put("marts.a", new Model("marts", "a", "select * from marts.b"));
        models.put("marts.b", new Model("marts", "b", "select * from marts.a"));

        assertThatThrownBy(() -> ModelBuild.inDependencyOrder(models)).hasMessageContaining("cycle");
    }

    @Test
    void findsTheProjectsModelsInEveryLayerWithTheirMaterialisation() {
        List<Model> models = ModelBuild.models();

        assertThat(models)
                .extracting(Model::qualifiedName)
                .contains("marts.dim_calendar_date", "marts.dim_calendar_month", "reporting.rpt_video_calls_monthly");
        // bi models are views, but the one the monthly media-log view adds up (a table, so it is added up once)
        assertThat(models)
                .filteredOn(model -> model.layer().equals("bi") && !model.isView())
                .extracting(Model::name)
                .containsExactly("bi_medielogg_calls_daily");
        assertThat(models).filteredOn(model -> model.layer().equals("marts")).noneMatch(Model::isView);
        assertThat(models.stream().map(Model::qualifiedName).toList())
                .containsSubsequence(
                        "marts.dim_calendar_date",
                        "marts.dim_calendar_month",
                        "reporting.rpt_video_calls_monthly",
                        "bi.bi_video_calls_monthly");
    }

    @Test
    void everyModelOpensWithACommentGivingItsGrain() {
        // the house style: purpose, grain and key in the model's opening comment
        for (String layer : ModelBuild.LAYERS) {
            for (var file : no.hdo.dw.warehouse.internal.SqlResources.list(layer)) {
                assertThat(file.text()).as(file.path()).startsWith("--").containsIgnoringCase("grain");
            }
        }
    }

    @Test
    void findsStagingAndIntermediateModelsInTheirSourceFolders() {
        // when
        List<Model> models = ModelBuild.models();

        // then a staging model keeps its name and is read from its source's folder, before what reads it
        assertThat(models)
                .filteredOn(model -> model.qualifiedName().equals("staging.stg_ledger__saft_lines"))
                .extracting(Model::path)
                .containsExactly("staging/ledger/stg_ledger__saft_lines.sql");
        assertThat(models)
                .filteredOn(model -> model.layer().equals("intermediate"))
                .allSatisfy(model -> assertThat(model.path())
                        .as(model.name())
                        .matches("intermediate/([a-z]+)/int_\\1__[a-z0-9_]+\\.sql"));
        assertThat(models.stream().map(Model::qualifiedName).toList())
                .containsSubsequence(
                        "staging.stg_ledger__saft_lines",
                        "intermediate.int_ledger__postings",
                        "marts.fct_ledger_posting");
    }

    @Test
    void runsOnlyTheSelectedModelsOnWhatIsAlreadyThere() {
        try (DuckDbDatabase database = DuckDbDatabase.inMemory()) {
            // given a dim_calendar_date made by hand, with two days only
            database.jdbi().useHandle(handle -> {
                handle.execute("create schema marts");
                handle.execute(
                        "create table marts.dim_calendar_date as select * from (values (date '2026-01-31'), (date '2026-02-01')) as days (calendar_date)");
                handle.execute("alter table marts.dim_calendar_date add column month_key integer");
                handle.execute("alter table marts.dim_calendar_date add column month_start_date date");
                handle.execute("alter table marts.dim_calendar_date add column year_number integer");
                handle.execute("alter table marts.dim_calendar_date add column month_number integer");
                handle.execute(
                        "update marts.dim_calendar_date set month_key = year(calendar_date) * 100 + month(calendar_date), "
                                + "month_start_date = date_trunc('month', calendar_date), year_number = year(calendar_date), month_number = month(calendar_date)");
            });

            // when only dim_calendar_month is built
            List<Model> built = ModelBuild.runOnly(
                    database.jdbi(),
                    LocalDate.of(2026, 3, 1),
                    model -> model.qualifiedName().equals("marts.dim_calendar_month"));

            // then it is built on the hand-made dim_calendar_date, and nothing else is built
            assertThat(built).extracting(Model::qualifiedName).containsExactly("marts.dim_calendar_month");
            List<String> months = database.jdbi()
                    .withHandle(handle -> handle.createQuery(
                                    "select month_label || ':' || is_reporting_month from marts.dim_calendar_month order by month_key")
                            .mapTo(String.class)
                            .list());
            assertThat(months).containsExactly("2026-01:false", "2026-02:true");
            long views = database.jdbi()
                    .withHandle(handle -> handle.createQuery("select count(*) from duckdb_views() where not internal")
                            .mapTo(Long.class)
                            .one());
            assertThat(views).isZero();
        }
    }

    @Test
    void aModelsMaterializedLineOverridesItsLayer() {
        // given an intermediate model that says it is a table, a marts model that says it is a view, and one that says
        // neither
        Model table = new Model(
                "intermediate",
                "int_a",
                "-- Read by many.\n-- Grain: a. Key: k.\n-- Materialized: table (read often).\nselect 1 as k");
        Model view = new Model("marts", "fct_a", "-- Grain: a. Key: k.\n-- materialized: VIEW\nselect 1 as k");
        Model byLayer =
                new Model("intermediate", "int_b", "-- Grain: b. Key: k.\nselect 1 as k -- materialized: table");

        // then the line decides, and without one the layer does
        assertThat(table.isView()).isFalse();
        assertThat(view.isView()).isTrue();
        assertThat(byLayer.isView()).isTrue();
        // and a kind that is neither is refused, naming the model
        Model bad =
                new Model("intermediate", "int_c", "-- Grain: c. Key: k.\n-- Materialized: ephemeral\nselect 1 as k");
        assertThatThrownBy(bad::isView)
                .hasMessageContaining("intermediate.int_c")
                .hasMessageContaining("'ephemeral'");
    }

    @Test
    void anIncrementalModelSaysItsKeyItsNewestAndItsMonthsOnItsMaterializedLines() {
        // given an incremental model whose clauses run onto indented lines, one that follows it, and one without a key
        Model newest = new Model(
                "intermediate",
                "int_calls_latest",
                "-- The newest row per call.\n-- Grain: call. Key: (platform, call_id).\n"
                        + "-- Materialized: incremental by platform, call_id;\n"
                        + "--   newest by delivery_stamp desc, record_no desc;\n--   months by start_at\n"
                        + "-- Columns:\n--   call_id: the call.\nselect 1 as call_id");
        Model follower =
                new Model("marts", "fct_call", "-- Grain: call.\n-- Materialized: incremental by call_id.\nselect 1");
        Model keyless = new Model("marts", "fct_x", "-- Materialized: incremental\nselect 1");
        Model monthly = new Model(
                "marts",
                "fct_posting",
                "-- Grain: line.\n-- Materialized: incremental by month period_start_date;\n"
                        + "--   months from intermediate.int_period_files\nselect 1");

        // then each says what it is, and the catalogue's description leaves the clauses out
        assertThat(newest.isView()).isFalse();
        assertThat(newest.isIncremental()).isTrue();
        assertThat(newest.uniqueKey()).containsExactly("platform", "call_id");
        assertThat(newest.newestBy()).contains("delivery_stamp desc, record_no desc");
        assertThat(newest.monthsBy()).contains("start_at");
        assertThat(ModelDoc.parse(newest.sql()).purpose()).isEqualTo("The newest row per call.");
        assertThat(ModelDoc.parse(newest.sql()).columns()).containsOnlyKeys("call_id");
        assertThat(follower.uniqueKey()).containsExactly("call_id");
        assertThat(follower.newestBy()).isEmpty();
        assertThat(follower.monthsBy()).isEmpty();
        assertThat(follower.monthColumn()).isEmpty();
        assertThat(monthly.monthColumn()).contains("period_start_date");
        assertThat(monthly.monthsFrom()).contains("intermediate.int_period_files");
        assertThat(ModelDoc.parse(monthly.sql()).purpose()).doesNotContain("months from");
        assertThatThrownBy(keyless::uniqueKey)
                .hasMessageContaining("marts.fct_x")
                .hasMessageContaining("incremental by <key>");
    }

    @Test
    void theInterfaceModelsTheWorkingTimeRulesReadAreTablesAndBuildAsTables() {
        // given the project's models
        List<Model> models = ModelBuild.models();

        // then the intermediate models the rules read many times are tables (and the months maps), the rules themselves
        // views
        assertThat(models)
                .filteredOn(model -> !model.isView() && model.layer().equals("intermediate"))
                .extracting(Model::name)
                .containsExactlyInAnyOrder(
                        "int_turnus__shifts",
                        "int_turnus__employments",
                        "int_turnus__aml_work_intervals",
                        "int_turnus__aml_interval_weeks",
                        "int_medielogg__calls_latest",
                        "int_video__calls_latest",
                        "int_ledger__saft_period_files",
                        "int_turnus__shift_rows",
                        "int_turnus__shift_months",
                        "int_turnus__absence_months",
                        "int_turnus__aml_breach_months");
        assertThat(models)
                .filteredOn(model -> model.name().equals("int_turnus__aml_daily_rest"))
                .allMatch(Model::isView);
    }
}
