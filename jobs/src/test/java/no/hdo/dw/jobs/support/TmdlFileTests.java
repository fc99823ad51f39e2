package no.hdo.dw.jobs.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TmdlFileTests {

    @Test
    void readsATableWithItsDescriptionColumnsMeasureAndPartitionExpression() {
        // given a table as the TMDL documentation writes one
        String text = """
                /// Sales per day.
                table 'Sales per day'
                \tlineageTag: 1

                \tmeasure 'Sales Amount' = SUM('Sales per day'[Amount])
                \t\tformatString: #,0

                \tcolumn Amount
                \t\tdataType: int64
                \t\tisHidden
                \t\tsourceColumn: amount

                \tpartition 'Sales per day' = m
                \t\tmode: import
                \t\tsource =
                \t\t\t\tlet
                \t\t\t\t    Source = 1
                \t\t\t\tin
                \t\t\t\t    Source

                \tannotation PBI_ResultType = Table
                """;

        // when
        TmdlFile.TmdlObject table = TmdlFile.parse("t.tmdl", text).objects().get(0);

        // then
        assertThat(table.name()).isEqualTo("Sales per day");
        assertThat(table.description()).isEqualTo("Sales per day.");
        assertThat(table.children("measure").get(0).expression()).isEqualTo("SUM('Sales per day'[Amount])");
        assertThat(table.children("column").get(0).property("sourceColumn")).isEqualTo("amount");
        assertThat(table.children("partition").get(0).property("mode")).isEqualTo("import");
        assertThat(table.children("annotation")).hasSize(1);
    }

    @Test
    void refusesSpacesForTabsAnOrphanDescriptionAndAChildTwoLevelsDown() {
        assertThatThrownBy(() -> TmdlFile.parse("a.tmdl", "table A\n    column B\n"))
                .hasMessage("a.tmdl, line 2: indented with spaces, not tabs");
        assertThatThrownBy(() -> TmdlFile.parse("b.tmdl", "table A\n\t/// lost\n\tdataType: int64\n"))
                .hasMessage("b.tmdl, line 3: a /// description not followed by an object");
        assertThatThrownBy(() -> TmdlFile.parse("c.tmdl", "table A\n\t\t\tcolumn B\n"))
                .hasMessage("c.tmdl, line 2: indented 3 levels, with no object one level up");
        assertThatThrownBy(() -> TmdlFile.parse("d.tmdl", "table Two Words\n"))
                .hasMessageStartingWith("d.tmdl, line 1: neither an object");
    }
}
