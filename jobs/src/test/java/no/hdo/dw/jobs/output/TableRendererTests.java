package no.hdo.dw.jobs.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TableRendererTests {

    // ---- fixtures ----

    /** sick-leave style: month, counts, a percent with an empty month (no employees yet). */
    private static ResultTable trend() {
        return ResultTable.builder(
                        Column.text("month"),
                        Column.of("breaches", ColumnKind.COUNT),
                        Column.of("total_pct", ColumnKind.PERCENT))
                .row("2026-01", 6, new BigDecimal("5.1"))
                .row("2026-02", 11L, 4.23)
                .row("2026-03", 31644, null)
                .build();
    }

    /** report result style: line name, actual and deviation in NOK, shown as MNOK. */
    private static ResultTable result() {
        return ResultTable.builder(
                        Column.text("line"),
                        Column.of("actual", ColumnKind.MNOK),
                        Column.of("deviation", ColumnKind.MNOK))
                .row("Driftsinntekt", new BigDecimal("37749999.99"), new BigDecimal("-50000.00"))
                .row("Møter, kurs og forum", new BigDecimal("800000"), new BigDecimal("49999.99"))
                .row("Andre kostnader", new BigDecimal("-949999"), new BigDecimal("-49999"))
                .build();
    }

    private static String one(ColumnKind kind, Object value, OutputFormat format) {
        ResultTable table = ResultTable.builder(Column.of("v", kind)).row(value).build();
        String[] lines = TableRenderer.render(table, format).split("\n");
        return switch (format) {
            case CSV -> lines[1];
            case TABLE -> lines[2].strip();
            case MARKDOWN -> lines[2].substring(2, lines[2].length() - 2);
            case JSON -> throw new IllegalArgumentException("use the parser");
        };
    }

    // ---- csv ----

    @Nested
    class Csv {

        @Test
        void trendIsPlainWithHeaderAndEmptyCellForNull() {
            // given
            ResultTable table = trend();

            // when
            String csv = TableRenderer.render(table, OutputFormat.CSV);

            // then
            assertThat(csv).isEqualTo("""
                    month,breaches,total_pct
                    2026-01,6,5.10
                    2026-02,11,4.23
                    2026-03,31644,
                    """);
        }

        @Test
        void amountsAreNokWithTwoDecimalsAndLineNamesWithCommasAreQuoted() {
            // given
            ResultTable table = result();

            // when
            String csv = TableRenderer.render(table, OutputFormat.CSV);

            // then
            assertThat(csv).isEqualTo("""
                    line,actual,deviation
                    Driftsinntekt,37749999.99,-50000.00
                    "Møter, kurs og forum",800000.00,49999.99
                    Andre kostnader,-949999.00,-49999.00
                    """);
        }

        @Test
        void textThatASpreadsheetWouldRunAsAFormulaIsNeutralisedAndNumbersAreNot() {
            // given text cells starting with = + - @ next to a negative amount
            ResultTable table = ResultTable.builder(Column.text("centre"), Column.of("amount", ColumnKind.NOK))
                    .row("=HYPERLINK(\"http://x\")", -2.5)
                    .row("+47 22 00", 1)
                    .row("-SUM(A1)", 0)
                    .row("@cmd", 0)
                    .row("AMK Oslo", 0)
                    .build();

            // when
            String csv = TableRenderer.render(table, OutputFormat.CSV);

            // then each such text gets a leading apostrophe (shown as text), the number stays a number
            assertThat(csv).isEqualTo("""
                    centre,amount
                    "'=HYPERLINK(""http://x"")",-2.50
                    '+47 22 00,1.00
                    '-SUM(A1),0.00
                    '@cmd,0.00
                    AMK Oslo,0.00
                    """);
        }

        @Test
        void quotesAndLineBreaksAreQuotedAsInRfc4180() {
            // given
            ResultTable table = ResultTable.builder(Column.text("a,b"), Column.text("c"))
                    .row("say \"hi\"", "two\nlines")
                    .row("plain", "")
                    .build();

            // when
            String csv = TableRenderer.render(table, OutputFormat.CSV);

            // then
            assertThat(csv).isEqualTo("\"a,b\",c\n\"say \"\"hi\"\"\",\"two\nlines\"\nplain,\n");
        }

        @Test
        void knokAndNokAreNokWithTwoDecimals() {
            assertThat(one(ColumnKind.KNOK, -198000, OutputFormat.CSV)).isEqualTo("-198000.00");
            assertThat(one(ColumnKind.NOK, 31644123.456, OutputFormat.CSV)).isEqualTo("31644123.46");
            assertThat(one(ColumnKind.HOURS, 256, OutputFormat.CSV)).isEqualTo("256.00");
            assertThat(one(ColumnKind.DECIMAL_2, 98.6, OutputFormat.CSV)).isEqualTo("98.60");
        }

        @Test
        void emptyTableIsTheHeaderOnly() {
            // given
            ResultTable table = ResultTable.builder(Column.text("bucket"), Column.of("amount", ColumnKind.KNOK))
                    .build();

            // when / then
            assertThat(TableRenderer.render(table, OutputFormat.CSV)).isEqualTo("bucket,amount\n");
        }
    }

    // ---- json ----

    @Nested
    class Json {

        private final ObjectMapper mapper = JsonMapper.builder().build();

        @Test
        void trendParsesBackAsArrayOfObjectsWithNumbersAndNull() throws Exception {
            // given
            ResultTable table = trend();

            // when
            String json = TableRenderer.render(table, OutputFormat.JSON);

            // then
            JsonNode tree = mapper.readTree(json);
            assertThat(tree.isArray()).isTrue();
            assertThat(tree).hasSize(3);
            assertThat(tree.get(0).get("month").asText()).isEqualTo("2026-01");
            assertThat(tree.get(0).get("breaches").isIntegralNumber()).isTrue();
            assertThat(tree.get(0).get("breaches").asLong()).isEqualTo(6);
            assertThat(tree.get(0).get("total_pct").isNumber()).isTrue();
            assertThat(tree.get(2).get("total_pct").isNull()).isTrue();
            // numbers are written exactly like csv: same decimals, no exponent
            assertThat(json).contains("\"total_pct\":5.10").contains("\"breaches\":31644");
        }

        @Test
        void amountsAreNokWithTwoDecimalsAndTextIsEscaped() throws Exception {
            // given
            ResultTable table = ResultTable.builder(Column.text("line"), Column.of("actual", ColumnKind.MNOK))
                    .row("Møter, kurs og forum", new BigDecimal("37749999.99"))
                    .row("a \"quoted\" \\ line\nbreak", new BigDecimal("1E+7"))
                    .build();

            // when
            String json = TableRenderer.render(table, OutputFormat.JSON);

            // then
            JsonNode tree = mapper.readTree(json);
            assertThat(tree.get(0).get("line").asText()).isEqualTo("Møter, kurs og forum");
            assertThat(tree.get(0).get("actual").decimalValue()).isEqualByComparingTo("37749999.99");
            assertThat(tree.get(1).get("line").asText()).isEqualTo("a \"quoted\" \\ line\nbreak");
            assertThat(json).contains("\"actual\":37749999.99").contains("\"actual\":10000000.00");
        }

        @Test
        void emptyTableIsAnEmptyArray() throws Exception {
            // given
            ResultTable table = ResultTable.builder(Column.text("month")).build();

            // when
            String json = TableRenderer.render(table, OutputFormat.JSON);

            // then
            assertThat(json).isEqualTo("[]\n");
            assertThat(mapper.readTree(json).isArray()).isTrue();
        }
    }

    // ---- table ----

    @Nested
    class Table {

        @Test
        void trendIsAlignedTextLeftNumbersRightNorwegianStyle() {
            // given
            ResultTable table = trend();

            // when
            String text = TableRenderer.render(table, OutputFormat.TABLE);

            // then
            assertThat(text).isEqualTo("""
                    month    breaches  total_pct
                    -------  --------  ---------
                    2026-01         6     5,10 %
                    2026-02        11     4,23 %
                    2026-03    31 644
                    """);
        }

        @Test
        void resultIsInMnokWithOneDecimalAndTinyNegativesAreUnsignedZero() {
            // given
            ResultTable table = result();

            // when
            String text = TableRenderer.render(table, OutputFormat.TABLE);

            // then
            assertThat(text).isEqualTo("""
                    line                  actual  deviation
                    --------------------  ------  ---------
                    Driftsinntekt           37,7       -0,1
                    Møter, kurs og forum     0,8        0,0
                    Andre kostnader         -0,9        0,0
                    """);
        }

        @Test
        void receivablesAreInThousandsWithoutDecimals() {
            // given
            ResultTable table = ResultTable.builder(Column.text("bucket"), Column.of("amount", ColumnKind.KNOK))
                    .row("Forfalt, 15 - 45 dager", new BigDecimal("-198000.00"))
                    .row("Forfalt 181 dager eller mer", new BigDecimal("-400.00"))
                    .row("Forfaller om 15 - 45 dager", new BigDecimal("31644123.00"))
                    .row("Sum", null)
                    .build();

            // when
            String text = TableRenderer.render(table, OutputFormat.TABLE);

            // then
            assertThat(text).isEqualTo("""
                    bucket                       amount
                    ---------------------------  ------
                    Forfalt, 15 - 45 dager         -198
                    Forfalt 181 dager eller mer       0
                    Forfaller om 15 - 45 dager   31 644
                    Sum
                    """);
        }

        @Test
        void emptyTableIsHeaderAndRule() {
            // given
            ResultTable table = ResultTable.builder(Column.text("month"), Column.of("total", ColumnKind.COUNT))
                    .build();

            // when / then
            assertThat(TableRenderer.render(table, OutputFormat.TABLE)).isEqualTo("month  total\n-----  -----\n");
        }
    }

    // ---- markdown ----

    @Nested
    class Markdown {

        @Test
        void trendIsPipeTableWithNumericColumnsRightAligned() {
            // given
            ResultTable table = trend();

            // when
            String md = TableRenderer.render(table, OutputFormat.MARKDOWN);

            // then
            assertThat(md).isEqualTo("""
                    | month | breaches | total_pct |
                    | --- | ---: | ---: |
                    | 2026-01 | 6 | 5,10 % |
                    | 2026-02 | 11 | 4,23 % |
                    | 2026-03 | 31 644 | |
                    """);
        }

        @Test
        void resultCellsMatchTheSeedReport() {
            // given
            ResultTable table = result();

            // when
            String md = TableRenderer.render(table, OutputFormat.MARKDOWN);

            // then
            assertThat(md).isEqualTo("""
                    | line | actual | deviation |
                    | --- | ---: | ---: |
                    | Driftsinntekt | 37,7 | -0,1 |
                    | Møter, kurs og forum | 0,8 | 0,0 |
                    | Andre kostnader | -0,9 | 0,0 |
                    """);
        }

        @Test
        void pipesAndLineBreaksInTextAreEscaped() {
            // given
            ResultTable table =
                    ResultTable.builder(Column.text("rule")).row("a | b\nc").build();

            // when / then
            assertThat(TableRenderer.render(table, OutputFormat.MARKDOWN)).endsWith("| a \\| b<br>c |\n");
        }
    }

    // ---- number style and rounding ----

    @Nested
    class Numbers {

        @ParameterizedTest(name = "{0} NOK as MNOK is {1}")
        @CsvSource(
                delimiter = ';',
                value = {
                    "37749999.99; 37,7",
                    "37750000; 37,8",
                    "-949999; -0,9",
                    "-950000; -1,0",
                    "49999; 0,0",
                    "-49999; 0,0",
                    "-40000; 0,0",
                    "50000; 0,1",
                    "-50000; -0,1",
                    "411300000; 411,3",
                    "1234567890123; 1 234 567,9",
                    "0; 0,0",
                })
        void mnokRoundsOnceHalfUpFromTheUnroundedAmount(String nok, String shown) {
            assertThat(one(ColumnKind.MNOK, new BigDecimal(nok), OutputFormat.TABLE))
                    .isEqualTo(shown);
            assertThat(one(ColumnKind.MNOK, new BigDecimal(nok), OutputFormat.MARKDOWN))
                    .isEqualTo(shown);
        }

        @ParameterizedTest(name = "{0} NOK as KNOK is {1}")
        @CsvSource(
                delimiter = ';',
                value = {
                    "31644000; 31 644",
                    "31644123; 31 644",
                    "31644500; 31 645",
                    "-198000; -198",
                    "-499.99; 0",
                    "-500; -1",
                    "999499; 999",
                    "999500; 1 000",
                })
        void knokRoundsHalfUpWithoutDecimals(String nok, String shown) {
            assertThat(one(ColumnKind.KNOK, new BigDecimal(nok), OutputFormat.TABLE))
                    .isEqualTo(shown);
        }

        @ParameterizedTest(name = "{0} is {1} / {2}")
        @CsvSource(
                delimiter = ';',
                value = {
                    "2.345; 2,35; 2.35",
                    "2.335; 2,34; 2.34",
                    "-2.345; -2,35; -2.35",
                    "2.344999; 2,34; 2.34",
                    "0.005; 0,01; 0.01",
                    "-0.004; 0,00; 0.00",
                    "1234.565; 1 234,57; 1234.57",
                    "1234567.5; 1 234 567,50; 1234567.50",
                })
        void twoDecimalsRoundHalfUpAtTheBoundary(String value, String table, String csv) {
            assertThat(one(ColumnKind.DECIMAL_2, new BigDecimal(value), OutputFormat.TABLE))
                    .isEqualTo(table);
            assertThat(one(ColumnKind.DECIMAL_2, new BigDecimal(value), OutputFormat.CSV))
                    .isEqualTo(csv);
        }

        @Test
        void doublesAreTakenAtTheirDecimalValue() {
            // new BigDecimal(2.345d) would be 2.34499999... and round down
            assertThat(one(ColumnKind.HOURS, 2.345d, OutputFormat.TABLE)).isEqualTo("2,35");
            assertThat(one(ColumnKind.PERCENT, 0.1f, OutputFormat.CSV)).isEqualTo("0.10");
            assertThat(one(ColumnKind.PERCENT, -0.0d, OutputFormat.TABLE)).isEqualTo("0,00 %");
        }

        @Test
        void seedReportCells() {
            assertThat(one(ColumnKind.PERCENT, new BigDecimal("5.1"), OutputFormat.TABLE))
                    .isEqualTo("5,10 %");
            assertThat(one(ColumnKind.COUNT, 40854, OutputFormat.TABLE)).isEqualTo("40 854");
            assertThat(one(ColumnKind.COUNT, 40854, OutputFormat.CSV)).isEqualTo("40854");
            assertThat(one(ColumnKind.NOK, new BigDecimal("1234.56"), OutputFormat.TABLE))
                    .isEqualTo("1 234,56");
            assertThat(one(ColumnKind.COUNT, -1234567, OutputFormat.TABLE)).isEqualTo("-1 234 567");
            // the separator is a plain space, not the JDK locale's no-break space
            assertThat(one(ColumnKind.COUNT, 31644, OutputFormat.TABLE)).isEqualTo("31\u0020644");
        }
    }

    // ---- the table's own checks ----

    @Nested
    class Construction {

        @Test
        void tableIsImmutableAndCopiesItsInput() {
            // given
            List<Object> row = new ArrayList<>(Arrays.asList("2026-01", null));
            List<List<Object>> rows = new ArrayList<>(List.of(row));
            List<Column> columns = new ArrayList<>(List.of(Column.text("month"), Column.of("n", ColumnKind.COUNT)));

            // when
            ResultTable table = new ResultTable(columns, rows);
            row.set(0, "changed");
            rows.clear();
            columns.clear();

            // then
            assertThat(table.rows()).hasSize(1);
            assertThat(table.rows().get(0)).containsExactly("2026-01", null);
            assertThat(table.columns()).hasSize(2);
            assertThatThrownBy(() -> table.rows().get(0).set(1, 3)).isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> table.rows().add(List.of())).isInstanceOf(UnsupportedOperationException.class);
        }

        @Test
        void rejectsBadCellsWithRowAndColumnInTheMessage() {
            Column month = Column.text("month");
            Column count = Column.of("n", ColumnKind.COUNT);
            assertThatThrownBy(() ->
                            ResultTable.builder(month, count).row("2026-01").build())
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("row 0 has 1 cells");
            assertThatThrownBy(() -> ResultTable.builder(month, count)
                            .row("2026-01", "6")
                            .build())
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("column n");
            assertThatThrownBy(() ->
                            ResultTable.builder(month, count).row(202601, 6).build())
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("column month");
            assertThatThrownBy(() -> ResultTable.builder(month, count)
                            .row("2026-01", 2.5)
                            .build())
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("whole number");
            assertThatThrownBy(() -> ResultTable.builder(month, Column.of("p", ColumnKind.PERCENT))
                            .row("x", Double.NaN)
                            .build())
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("finite");
            assertThatThrownBy(() ->
                            ResultTable.builder(month, Column.text("month")).build())
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("duplicate");
        }

        @Test
        void wholeCountsWithTrailingZerosAreAccepted() {
            // a DuckDB SUM over integers may come back as DECIMAL 3.000
            assertThat(one(ColumnKind.COUNT, new BigDecimal("3.000"), OutputFormat.CSV))
                    .isEqualTo("3");
        }
    }

    // ---- OutputFormat ----

    @Nested
    class FormatParsing {

        @ParameterizedTest
        @CsvSource({"table, TABLE", "CSV, CSV", "Markdown, MARKDOWN", "' json ', JSON"})
        void parsesIgnoringCase(String value, OutputFormat expected) {
            assertThat(OutputFormat.parse(value)).isEqualTo(expected);
        }

        @Test
        void rejectsUnknownValuesWithOneLineListingTheAllowedOnes() {
            assertThatThrownBy(() -> OutputFormat.parse("xml"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("unknown format 'xml'; allowed: table, csv, markdown, json");
            assertThatThrownBy(() -> OutputFormat.parse("x\nml"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
            assertThatThrownBy(() -> OutputFormat.parse(null)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> OutputFormat.parse(""))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("allowed: table, csv, markdown, json");
        }

        @Test
        void cliNamesAreLowerCase() {
            assertThat(OutputFormat.TABLE.cliName()).isEqualTo("table");
        }
    }
}
