package no.hdo.dw.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import no.hdo.dw.warehouse.internal.SqlResources;
import org.junit.jupiter.api.Test;

class PowerBiKitTests {

    @Test
    void everyBiModelAndEveryMeasuresViewHasItsNorwegianName() {
        // given the bi models of the project and the kit's table names
        List<String> biModels = ModelBuild.models().stream()
                .filter(model -> model.qualifiedName().startsWith("bi."))
                .map(model -> model.qualifiedName().substring(3))
                .toList();
        String tables = SqlResources.list("powerbi", ".csv").stream()
                .filter(file -> file.baseName().equals("tables_nb"))
                .findFirst()
                .orElseThrow()
                .text();

        // when the names are looked up, then each bi model has its row (bi_publication, made by the publisher, too)
        assertThat(biModels).isNotEmpty().allMatch(view -> tables.contains("\n" + view + ","), "in tables_nb.csv");
        assertThat(tables).contains("\nbi_publication,");
        assertThat(PowerBiKit.measures())
                .allMatch(measure -> biModels.contains(measure.view()), "on a bi model")
                .hasSize(9 * 4);
    }

    @Test
    void aNameIsQuotedWhenItIsMoreThanLettersDigitsAndUnderscores() {
        assertThat(PowerBiKit.name("Konto")).isEqualTo("Konto");
        assertThat(PowerBiKit.name("Kalender måned")).isEqualTo("'Kalender måned'");
        assertThat(PowerBiKit.name("AML-brudd")).isEqualTo("'AML-brudd'");
        assertThat(PowerBiKit.name("Kari's")).isEqualTo("'Kari''s'");
    }

    @Test
    void aSecondPathBetweenTwoTablesMakesTheRelationshipInactive() {
        // given a fact with a day and a month key, a day with its month, and a month
        PowerBiKit.Column monthKey = new PowerBiKit.Column("month_key", "INTEGER", "Måned", "", "int64", false);
        PowerBiKit.Column dateKey = new PowerBiKit.Column("date_key", "INTEGER", "Dag", "", "int64", false);
        List<PowerBiKit.Table> tables = List.of(
                new PowerBiKit.Table("bi_calendar_month", "Kalender måned", "", List.of(monthKey), "month_key"),
                new PowerBiKit.Table("bi_calendar_date", "Kalender dag", "", List.of(dateKey, monthKey), "date_key"),
                new PowerBiKit.Table("bi_fact", "Fakta", "", List.of(monthKey, dateKey), "fact_key"));

        // when
        List<PowerBiKit.Relationship> relationships = PowerBiKit.relationships(tables);

        // then the fact reaches the month through its day; its own month key is inactive
        assertThat(relationships)
                .containsExactlyInAnyOrder(
                        new PowerBiKit.Relationship(
                                "bi_calendar_date", "month_key", "bi_calendar_month", "month_key", true),
                        new PowerBiKit.Relationship("bi_fact", "date_key", "bi_calendar_date", "date_key", true),
                        new PowerBiKit.Relationship("bi_fact", "month_key", "bi_calendar_month", "month_key", false));
    }
}
