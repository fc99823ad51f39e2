package no.hdo.dw.jobs.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import no.hdo.dw.jobs.support.DemoPublication;
import no.hdo.dw.jobs.support.TmdlFile;
import no.hdo.dw.jobs.support.WarehouseRows;
import no.hdo.dw.warehouse.Catalog;
import no.hdo.dw.warehouse.DuckDbDatabase;
import no.hdo.dw.warehouse.Home;
import no.hdo.dw.warehouse.PowerBiKit;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Power BI kit of the demo's publication (outputs.md, "The Power BI kit"), checked as far as
 * anything but Power BI Desktop can: the TMDL keeps the documented syntax; what the model names is in
 * the Parquet files with the stated type; the measures, computed the same way over the Parquet
 * files, give the report's figures. Reads the shared demo publication only.
 */
class PowerBiKitFunctionalTests {

    private final Home home = DemoPublication.get().home();
    private final Path kit = home.published().resolve("powerbi");
    private final Path definition = kit.resolve("hdo-dw.SemanticModel/definition");

    @TempDir
    Path temporary;

    @Test
    void everyTmdlFileKeepsTheDocumentedSyntaxAndEveryTableHasOnePartitionOverItsParquetFile() throws IOException {
        // given the kit's TMDL files
        Map<String, TmdlFile> files = tmdlFiles();

        // when every table file is looked at
        Map<String, TmdlFile.TmdlObject> tables = tables(files);

        // then they parsed, one table per BI view, each with one partition that reads its own Parquet file
        assertThat(files.keySet())
                .contains(
                        "database.tmdl", "model.tmdl", "expressions.tmdl", "relationships.tmdl", "cultures/nb-NO.tmdl");
        List<String> parquetFiles;
        try (Stream<Path> parquet = Files.list(home.publishedParquet())) {
            parquetFiles =
                    parquet.map(path -> path.getFileName().toString()).sorted().toList();
        }
        assertThat(tables).hasSize(parquetFiles.size());
        for (TmdlFile.TmdlObject table : tables.values()) {
            assertThat(table.children("partition")).as(table.name()).hasSize(1);
            TmdlFile.TmdlObject partition = table.children("partition").get(0);
            assertThat(partition.expression()).isEqualTo("m");
            assertThat(partition.property("mode")).isEqualTo("import");
            assertThat(table.description())
                    .as("the description of " + table.name())
                    .isNotBlank();
        }
        String model = Files.readString(definition.resolve("model.tmdl"));
        assertThat(model).contains("\tculture: nb-NO\n", "ref cultureInfo nb-NO");
        assertThat(TmdlFile.parse("model.tmdl", model).objects().get(0).children("ref table"))
                .hasSize(tables.size());
    }

    @Test
    void everyColumnTheModelNamesIsInItsParquetFileWithTheStatedType() throws IOException {
        // given the model's tables and the Parquet files' schemas
        Map<String, TmdlFile.TmdlObject> tables = tables(tmdlFiles());
        PowerBiKit.Model model = model();

        // when each table's columns are compared with its file
        List<String> mismatches = new ArrayList<>();
        for (PowerBiKit.Table table : model.tables()) {
            TmdlFile.TmdlObject tmdl = tables.get(table.name());
            Map<String, String> parquetTypes = parquetTypes(table.view());
            for (TmdlFile.TmdlObject column : tmdl.children("column")) {
                String source = column.property("sourceColumn");
                String type = parquetTypes.get(source);
                String expected = type == null ? null : tmdlType(type);
                if (!column.property("dataType").equals(expected)) {
                    mismatches.add(table.view() + "." + source + ": " + column.property("dataType") + " in the model, "
                            + type + " in the file");
                }
            }
            if (tmdl.children("column").size() != parquetTypes.size()) {
                mismatches.add(table.view() + ": " + tmdl.children("column").size() + " columns, the file has "
                        + parquetTypes.size());
            }
            // every column has its Norwegian display name (none kept its snake_case name)
            table.columns().stream()
                    .filter(column -> column.name().equals(column.source()))
                    .forEach(column -> mismatches.add(table.view() + "." + column.source() + ": no display name"));
            // Power BI refuses two columns, or a column and a measure, of one name in a table
            List<String> names = new ArrayList<>(
                    table.columns().stream().map(PowerBiKit.Column::name).toList());
            model.measures().stream()
                    .filter(measure -> measure.view().equals(table.view()))
                    .forEach(measure -> names.add(measure.name()));
            names.stream()
                    .filter(name -> names.indexOf(name) != names.lastIndexOf(name))
                    .distinct()
                    .forEach(name -> mismatches.add(table.view() + ": two objects named " + name));
            if (table.name().equals(table.view())) {
                mismatches.add(table.view() + ": no display name");
            }
        }

        // then there is none
        assertThat(mismatches).isEmpty();
    }

    @Test
    void theRelationshipsJoinKeysOfOneTypeWhoseOneSideIsUnique() throws IOException {
        // given the relationships of the model, as written in relationships.tmdl
        PowerBiKit.Model model = model();
        List<TmdlFile.TmdlObject> written = TmdlFile.parse(
                        "relationships.tmdl", Files.readString(definition.resolve("relationships.tmdl")))
                .objects();

        // when their columns are looked up in the Parquet files
        List<String> problems = new ArrayList<>();
        try (DuckDbDatabase scratch = DuckDbDatabase.inMemory()) {
            scratch.jdbi().useHandle(handle -> {
                for (PowerBiKit.Relationship relationship : model.relationships()) {
                    String from = parquet(relationship.fromView());
                    String to = parquet(relationship.toView());
                    String fromType = handle.createQuery(
                                    "select typeof(" + relationship.fromColumn() + ") from " + from + " limit 1")
                            .mapTo(String.class)
                            .findOne()
                            .orElse("empty");
                    String toType = handle.createQuery(
                                    "select typeof(" + relationship.toColumn() + ") from " + to + " limit 1")
                            .mapTo(String.class)
                            .one();
                    long duplicates = handle.createQuery(
                                    "select count(*) - count(distinct " + relationship.toColumn() + ") from " + to)
                            .mapTo(Long.class)
                            .one();
                    if (!fromType.equals("empty") && !fromType.equals(toType)) {
                        problems.add(relationship + ": " + fromType + " to " + toType);
                    }
                    if (duplicates != 0) {
                        problems.add(relationship + ": " + duplicates + " repeated keys on the one side");
                    }
                }
            });
        }

        // then none, every relationship is written, and the facts of the measures reach the calendar's month
        assertThat(problems).isEmpty();
        assertThat(written)
                .hasSize(model.relationships().size())
                .allMatch(object -> object.type().equals("relationship"));
        for (String view : List.of(
                "bi_turnus_key_figures_monthly",
                "bi_video_calls_monthly",
                "bi_medielogg_uptime_monthly",
                "bi_lifex_rollout_progress")) {
            assertThat(model.relationships())
                    .as(view + " to the calendar's month")
                    .contains(new PowerBiKit.Relationship(view, "month_key", "bi_calendar_month", "month_key", true));
        }
        assertThat(model.relationships().stream().filter(PowerBiKit.Relationship::active))
                .as("a fact reaches the month through its day")
                .doesNotContain(new PowerBiKit.Relationship(
                        "bi_ledger_postings", "month_key", "bi_calendar_month", "month_key", true));
    }

    @Test
    void theMeasuresComputedOverTheParquetFilesGiveTheReportsFigures() {
        // given the model's measures, and the Parquet files as the tables of a scratch database
        Map<String, Double> measured = new TreeMap<>();
        try (DuckDbDatabase scratch = DuckDbDatabase.inMemory()) {
            scratch.jdbi().useHandle(handle -> {
                viewsOverParquet(handle);

                // when each measure is computed the way its DAX computes it
                for (PowerBiKit.Measure measure : model().measures()) {
                    measured.put(
                            measure.name(),
                            handle.createQuery(measure.sql())
                                    .mapTo(Double.class)
                                    .one());
                }
            });
        }

        // then the year to date of February 2026 is the report's (seed-report-2026-02.md; report key-figures)
        assertThat(measured.get("Sykefravær hittil i år")).isCloseTo(0.0468, within(0.00005));
        assertThat(measured.get("Sykefravær hittil i år") * 100).isCloseTo(reportValue("sick_leave_pct"), within(1e-9));
        assertThat(measured.get("AML-brudd hittil i år")).isEqualTo(17.0);
        assertThat(measured.get("Mål AML-brudd hittil i år")).isEqualTo(16.0);
        assertThat(measured.get("Mål sykefravær hittil i år")).isEqualTo(0.05);
        assertThat(measured.get("Overtid hittil i år")).isEqualTo(453.0);
        assertThat(measured.get("Utrykning hittil i år")).isEqualTo(190.0);
        assertThat(measured.get("AML-brudd rapportmåned")).isEqualTo(11.0);
        assertThat(measured.get("Sykefravær rapportmåned")).isCloseTo(0.0423, within(0.00005));
        // and the video calls of the year to date are those of the report's video table
        assertThat(measured.get("Fullførte videosamtaler hittil i år"))
                .isEqualTo(Double.parseDouble(WarehouseRows.published(
                                home,
                                "select sum(total_completed_calls) from reporting.rpt_video_calls_monthly"
                                        + " where month_key in (202601, 202602)")
                        .get(0)));
        // and the uptime, summed over its parts, is the published percentage of each component and month
        List<String> uptimeOff = WarehouseRows.published(home, """
                select component_code || ' ' || month_label from bi.bi_medielogg_uptime_monthly
                where abs(100 * (1 - unplanned_outage_seconds / seconds_in_month) - uptime_pct) > 1e-9""");
        assertThat(uptimeOff).isEmpty();
        assertThat(measured.get("Oppetid medielogg siste 13 måneder")).isBetween(0.9, 1.0);
        assertThat(measured.get("LifeX-overganger i utvalget")).isEqualTo(43.0);
    }

    @Test
    void theKitIsMadeFromTheCatalogueAloneSoTheSamePublicationGivesTheSameBytes() throws IOException {
        // given the kit as published
        Map<String, String> published = filesUnder(kit);

        // when it is made again from the published file's catalogue
        Path again = temporary.resolve("powerbi");
        try (DuckDbDatabase scratch = DuckDbDatabase.inMemory()) {
            scratch.jdbi().useHandle(handle -> {
                handle.execute("attach '" + home.publishedWarehouse() + "' as published (read_only)");
                PowerBiKit.write(
                        Catalog.read(handle, "published", 1, LocalDate.of(2026, 3, 1)),
                        again,
                        home.publishedParquet() + java.io.File.separator);
            });
        }

        // then every file is the same
        assertThat(filesUnder(again)).isEqualTo(published);
        assertThat(published).containsKeys("hdo-dw.pbip", "hdo-dw.pbids", "README.md", "hdo-dw.Report/definition.pbir");
        assertThat(published.get("hdo-dw.pbids")).contains("\"protocol\": \"folder\"");
        assertThat(published.get("README.md")).contains("Not checked", "hdo-dw.pbip", PowerBiKit.FOLDER_PARAMETER);
    }

    // --- helpers -----------------------------------------------------------------------------------

    private PowerBiKit.Model model() {
        try (DuckDbDatabase scratch = DuckDbDatabase.inMemory()) {
            return scratch.jdbi().withHandle(handle -> {
                handle.execute("attach '" + home.publishedWarehouse() + "' as published (read_only)");
                return PowerBiKit.model(Catalog.read(handle, "published", 1, LocalDate.of(2026, 3, 1)));
            });
        }
    }

    private Map<String, TmdlFile> tmdlFiles() throws IOException {
        Map<String, TmdlFile> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(definition)) {
            for (Path path : paths.filter(Files::isRegularFile).toList()) {
                String name = definition.relativize(path).toString();
                files.put(name, TmdlFile.parse(name, Files.readString(path)));
            }
        }
        return files;
    }

    private static Map<String, TmdlFile.TmdlObject> tables(Map<String, TmdlFile> files) {
        Map<String, TmdlFile.TmdlObject> tables = new TreeMap<>();
        files.forEach((name, file) -> {
            if (name.startsWith("tables/")) {
                assertThat(file.objects()).as(name).hasSize(1);
                tables.put(file.objects().get(0).name(), file.objects().get(0));
            }
        });
        return tables;
    }

    private String parquet(String view) {
        return "read_parquet('" + home.publishedParquet().resolve(view + ".parquet") + "')";
    }

    /** Column name to DuckDB type of a view's Parquet file. */
    private Map<String, String> parquetTypes(String view) {
        Map<String, String> types = new HashMap<>();
        for (String row : WarehouseRows.query(
                home.publishedWarehouse(),
                "select column_name, column_type from (describe select * from " + parquet(view) + ")")) {
            String[] parts = row.split("\\|");
            types.put(parts[0], parts[1]);
        }
        return types;
    }

    private static String tmdlType(String duckdbType) {
        if (duckdbType.startsWith("DECIMAL")) {
            return "decimal";
        }
        return switch (duckdbType) {
            case "INTEGER", "BIGINT" -> "int64";
            case "DOUBLE" -> "double";
            case "VARCHAR" -> "string";
            case "DATE", "TIMESTAMP" -> "dateTime";
            case "BOOLEAN" -> "boolean";
            default -> "unmapped " + duckdbType;
        };
    }

    private void viewsOverParquet(Handle handle) {
        try (Stream<Path> files = Files.list(home.publishedParquet())) {
            for (Path file : files.toList()) {
                String view = file.getFileName().toString().replace(".parquet", "");
                handle.execute("create view " + view + " as select * from read_parquet('" + file + "')");
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private double reportValue(String figure) {
        return Double.parseDouble(
                WarehouseRows.published(home, """
                        select value from reporting.rpt_turnus_key_figures
                        where report_month_label = '2026-02' and period = 'ytd' and figure = '%s'""".formatted(figure)).get(0));
    }

    private static Map<String, String> filesUnder(Path folder) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.filter(Files::isRegularFile).toList()) {
                files.put(folder.relativize(path).toString(), Files.readString(path));
            }
        }
        return files;
    }
}
