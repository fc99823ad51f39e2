package no.hdo.dw.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import no.hdo.dw.warehouse.internal.SqlResources;
import no.hdo.dw.warehouse.internal.SqlResources.SqlFile;
import org.junit.jupiter.api.Test;

class ModelDocTests {

    @Test
    void readsPurposeGrainKeySuppressionAndOneDescriptionPerColumn() {
        // given a header with a column whose description goes on over a second line
        String sql = """
                -- Power BI: sick leave per month and org unit.
                -- Grain: month x org unit. Key: (month_key, org_unit_key).
                -- Suppression: a cell about fewer than 5 persons is hidden.
                -- Columns:
                --   month_key: the month as yyyymm.
                --   agreed_days: agreed working days,
                --       weighted by position percentage.
                --   "Beløp NOK": a quoted name.
                with final as (select 1 as month_key)

                select * from final
                """;

        // when
        ModelDoc doc = ModelDoc.parse(sql);

        // then
        assertThat(doc.purpose()).isEqualTo("Power BI: sick leave per month and org unit.");
        assertThat(doc.grain()).isEqualTo("month x org unit");
        assertThat(doc.key()).isEqualTo("(month_key, org_unit_key)");
        assertThat(doc.suppression()).isEqualTo("a cell about fewer than 5 persons is hidden.");
        assertThat(doc.columns())
                .containsExactly(
                        java.util.Map.entry("month_key", "the month as yyyymm."),
                        java.util.Map.entry("agreed_days", "agreed working days, weighted by position percentage."),
                        java.util.Map.entry("Beløp NOK", "a quoted name."));
    }

    @Test
    void anExtraHeaderLineNeitherEndsTheHeaderNorBecomesAColumnOrPartOfTheKey() {
        // given the headers another change may add: a materialization line, before and after the columns
        String sql = """
                -- The interface model of the shifts.
                -- Materialization: table
                -- Grain: shift. Key: shift_key.
                -- Columns:
                --   shift_key: the shift.
                -- materialized: view
                with final as (select 1 as shift_key)

                select * from final
                """;

        // when
        ModelDoc doc = ModelDoc.parse(sql);

        // then
        assertThat(doc.purpose()).isEqualTo("The interface model of the shifts.");
        assertThat(doc.key()).isEqualTo("shift_key");
        assertThat(doc.columns()).containsOnlyKeys("shift_key");
    }

    @Test
    void theOlderFreeTextColumnsLineDescribesNoSingleColumn() {
        // given
        String sql = """
                -- Calls. Grain: call. Key: call_key.
                -- Columns: call_key (the call), centre (its centre).
                select 1
                """;

        // when
        ModelDoc doc = ModelDoc.parse(sql);

        // then
        assertThat(doc.columns()).isEmpty();
        assertThat(doc.grain()).isEqualTo("call");
    }

    @Test
    void everyPublishedModelDescribesItsColumnsAsAList() {
        // given the models that are published (reporting tables and bi views)
        List<String> without = new ArrayList<>();
        for (String layer : List.of("reporting", "bi")) {
            for (SqlFile file : SqlResources.list(layer)) {
                // when
                ModelDoc doc = ModelDoc.parse(file.text());

                // then each names its grain and key and lists its columns one a line
                if (doc.columns().isEmpty()
                        || doc.grain().isEmpty()
                        || doc.key().isEmpty()) {
                    without.add(file.path());
                }
            }
        }
        assertThat(without)
                .as("published models without grain, key or a column list")
                .isEmpty();
    }
}
