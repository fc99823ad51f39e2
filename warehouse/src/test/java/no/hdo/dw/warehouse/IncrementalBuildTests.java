package no.hdo.dw.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.hdo.dw.warehouse.ModelBuild.Action;
import no.hdo.dw.warehouse.ModelBuild.Model;
import org.junit.jupiter.api.Test;

/**
 * The month rewrite on hand-made models in a real DuckDB database: a fact partitioned by month, its
 * map of the months' fingerprints, and a table the map does not cover. The whole nights over the
 * demo's archive are {@code IncrementalNightsFunctionalTests}.
 */
class IncrementalBuildTests {

    /** Four rows over three months; {@code edition} changes the value of the rows of {@code changed_month}. */
    private static final Model ROWS = new Model("intermediate", "int_rows", """
            -- The rows. Grain: row. Key: row_id.
            -- Materialized: table
            select
                month_key,
                row_id,
                row_id * 10 + case when month_key = getvariable('changed_month') then getvariable('edition') else 0 end as value
            from (values (202501, 1), (202501, 2), (202502, 3), (202503, 4)) as source_rows (month_key, row_id)""");

    private static final Model MONTHS = new Model("intermediate", "int_row_months", """
            -- What each month's rows are computed from. Grain: month. Key: month_key.
            -- Materialized: table
            select month_key, count(*) as row_count, rows_fingerprint(row(row_id, value)) as fingerprint
            from intermediate.int_rows
            group by month_key""");

    /** Read by the fact, but not by the map: a change to it is a change to every month. */
    private static final Model LABEL = new Model("intermediate", "int_label", """
            -- A label on every row. Grain: one row. Key: label.
            -- Materialized: table
            select getvariable('label') as label""");

    private static final Model FACT = new Model("marts", "fct_row", """
            -- The fact. Grain: row. Key: row_id.
            -- Materialized: incremental by month month_key;
            --   months from intermediate.int_row_months
            select rows.month_key, rows.row_id, rows.value, label.label
            from intermediate.int_rows as rows
            cross join intermediate.int_label as label""");

    /** A monthly snapshot without a map: its months are found by computing it again. */
    private static final Model SNAPSHOT = new Model("marts", "fct_row_monthly", """
            -- The sum per month. Grain: month. Key: month_key.
            -- Materialized: incremental by month month_key
            select month_key, sum(value) as value_total
            from intermediate.int_rows
            group by month_key""");

    private static final List<Model> MODELS = List.of(ROWS, LABEL, MONTHS, FACT, SNAPSHOT);

    @Test
    void rewritesTheMonthsWhoseRowsInTheMapChangedAndNothingElse() {
        try (DuckDbDatabase database = DuckDbDatabase.inMemory()) {
            // given a first build, and a January row of the fact that a rewrite of January would put right
            Migrations.apply(database.jdbi());
            assertThat(night(database, 1, "a", 1)).containsEntry("marts.fct_row", Action.BUILT);
            damageJanuary(database);

            // when February's rows change
            Map<String, Action> actions = night(database, 2, "a", 2);

            // then February alone is rewritten: its new value is there, and January is as it was left
            assertThat(actions).containsEntry("marts.fct_row", Action.MERGED);
            assertThat(rows(database, "select month_label from meta.model_months where model_name = 'marts.fct_row'"))
                    .containsExactly("2025-02");
            assertThat(rows(database, "select row_id || ':' || value from marts.fct_row order by row_id"))
                    .containsExactly("1:-1", "2:20", "3:32", "4:40");

            // and a night with nothing new keeps the fact and rewrites no month
            assertThat(night(database, 2, "a", 3)).containsEntry("marts.fct_row", Action.KEPT);
            assertThat(rows(database, "select month_label from meta.model_months"))
                    .isEmpty();
        }
    }

    @Test
    void buildsTheFactWholeWhenATableTheMapDoesNotCoverChanged() {
        try (DuckDbDatabase database = DuckDbDatabase.inMemory()) {
            // given a first build with a damaged January
            Migrations.apply(database.jdbi());
            night(database, 1, "a", 1);
            damageJanuary(database);

            // when the label every row carries changes, and February's rows too
            Map<String, Action> actions = night(database, 2, "b", 2);

            // then no month rewrite would be right: the fact is built whole, January put right
            assertThat(actions).containsEntry("marts.fct_row", Action.BUILT);
            assertThat(rows(database, "select row_id || ':' || value || label from marts.fct_row order by row_id"))
                    .containsExactly("1:10b", "2:20b", "3:32b", "4:40b");
        }
    }

    @Test
    void rewritesTheMonthsOfASnapshotWhoseRowsComputedAgainDiffer() {
        try (DuckDbDatabase database = DuckDbDatabase.inMemory()) {
            // given a first build, and March's sum changed in the table (as a restored backup might have it)
            Migrations.apply(database.jdbi());
            night(database, 1, "a", 1);
            database.jdbi()
                    .useHandle(handle -> handle.execute(
                            "update marts.fct_row_monthly set value_total = -1 where month_key = 202503"));

            // when February's rows change
            Map<String, Action> actions = night(database, 2, "a", 2);

            // then the months whose rows differ from the snapshot computed again are rewritten, and only those
            assertThat(actions).containsEntry("marts.fct_row_monthly", Action.MERGED);
            assertThat(rows(
                            database,
                            "select month_label from meta.model_months where model_name = 'marts.fct_row_monthly'"
                                    + " order by 1"))
                    .containsExactly("2025-02", "2025-03");
            assertThat(rows(database, "select month_key || ':' || value_total from marts.fct_row_monthly order by 1"))
                    .containsExactly("202501:30", "202502:32", "202503:40");
        }
    }

    /** A build as the nightly job makes it, on the last one, with February changed by {@code edition}. */
    private static Map<String, Action> night(DuckDbDatabase database, int edition, String label, long runId) {
        return database.jdbi().inTransaction(handle -> {
            Map<String, Object> settings = new LinkedHashMap<>();
            settings.put("changed_month", 202502);
            settings.put("edition", edition);
            settings.put("label", label);
            ModelBuild.setVariables(handle, settings);
            for (String layer : ModelBuild.LAYERS) {
                handle.execute("create schema if not exists " + layer);
            }
            ModelBuild.createMacros(handle);
            IncrementalBuild build =
                    new IncrementalBuild(handle, MODELS, List.of(), settings, BuildState.read(handle), null);
            Map<String, Action> actions = build.runAll();
            build.state().write(handle, runId);
            return actions;
        });
    }

    private static void damageJanuary(DuckDbDatabase database) {
        database.jdbi().useHandle(handle -> handle.execute("update marts.fct_row set value = -1 where row_id = 1"));
    }

    private static List<String> rows(DuckDbDatabase database, String sql) {
        return database.jdbi()
                .withHandle(
                        handle -> handle.createQuery(sql).mapTo(String.class).list());
    }
}
