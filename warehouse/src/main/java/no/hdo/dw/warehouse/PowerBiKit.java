package no.hdo.dw.warehouse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import no.hdo.dw.warehouse.internal.SqlResources;

/**
 * The Power BI kit of a publication (outputs.md, "The Power BI kit"): a Power BI project ({@code
 * hdo-dw.pbip}) whose semantic model, in TMDL, has one table per bi view reading its Parquet file
 * through the folder parameter {@code ParquetMappe}, typed columns with Norwegian display names and
 * descriptions ({@code sql/powerbi/tables_nb.csv} and {@code columns_nb.csv}), the relationships on the {@code _key}
 * columns, and the report's measures; a Folder {@code .pbids}; and a README of what was checked.
 *
 * <p>Every name, lineage tag and file is made from the catalogue and the project's files alone, so
 * the same publication gives the same bytes. The measures are {@link Measure}s: each is written as
 * DAX for the model and as SQL for the tests, which compute it over the Parquet files.
 */
public final class PowerBiKit {

    public static final String PROJECT = "hdo-dw";
    /** The M parameter every partition reads its Parquet file from: a folder path ending in its separator. */
    public static final String FOLDER_PARAMETER = "ParquetMappe";

    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private PowerBiKit() {}

    /** A table of the model: the bi view it reads, its display name and description, its columns. */
    public record Table(String view, String name, String description, List<Column> columns, String key) {

        public Column column(String source) {
            return columns.stream()
                    .filter(column -> column.source().equals(source))
                    .findFirst()
                    .orElseThrow(
                            () -> new WarehouseException("the Power BI table " + name + " has no column " + source));
        }
    }

    /**
     * A column: its Parquet column ({@code source}), DuckDB type, display name, description, the TMDL
     * data type and whether Power BI sums it by default.
     */
    public record Column(
            String source, String duckdbType, String name, String description, String dataType, boolean summed) {

        public boolean isKey() {
            return source.endsWith("_key");
        }
    }

    /** A many-to-one relationship from a fact's column to a dimension's key; inactive where it would make a second path. */
    public record Relationship(String fromView, String fromColumn, String toView, String toColumn, boolean active) {}

    /**
     * A measure of the report: {@code kind} {@code sum} (of {@code numerator}), {@code ratio}
     * (numerator over denominator), {@code complement_ratio} (1 less the ratio) or {@code percent_value}
     * (a percent column as a share); {@code period} {@code null} (the filter context), or the calendar
     * flag the period variants filter on.
     */
    public record Measure(
            String name,
            String view,
            String kind,
            String numerator,
            String denominator,
            String formatString,
            String description,
            String periodFlag) {

        /** The measure in SQL over the bi views (or their Parquet files) as {@code <view>} and {@code bi_calendar_month}. */
        public String sql() {
            String aggregate = switch (kind) {
                case "sum" -> "sum(fact." + numerator + ")";
                case "ratio" -> "sum(fact." + numerator + ") / sum(fact." + denominator + ")";
                case "complement_ratio" -> "1 - sum(fact." + numerator + ") / sum(fact." + denominator + ")";
                case "percent_value" -> "max(fact." + numerator + ") / 100";
                default -> throw new WarehouseException("unknown measure kind " + kind);
            };
            return "select " + aggregate + " from " + view + " as fact"
                    + (periodFlag == null
                            ? ""
                            : " join bi_calendar_month as calendar using (month_key) where calendar." + periodFlag);
        }
    }

    /** The semantic model as the kit writes it. */
    public record Model(List<Table> tables, List<Relationship> relationships, List<Measure> measures) {

        public Table table(String view) {
            return tables.stream()
                    .filter(table -> table.view().equals(view))
                    .findFirst()
                    .orElseThrow(() -> new WarehouseException("no Power BI table for " + view));
        }
    }

    /** The period variants of every measure: the calendar flag, the suffix of the name. */
    private static final Map<String, String> PERIODS = periods();

    private static Map<String, String> periods() {
        Map<String, String> periods = new LinkedHashMap<>();
        periods.put("is_reporting_month", "rapportmåned");
        periods.put("is_year_to_date", "hittil i år");
        periods.put("is_last_13_months", "siste 13 måneder");
        return periods;
    }

    /** The model of the catalogue's bi tables. */
    public static Model model(Catalog catalog) {
        Map<String, String[]> tableTexts = texts("tables_nb");
        Map<String, String[]> columnTexts = texts("columns_nb");
        List<Table> tables = new ArrayList<>();
        for (Catalog.Entry entry : catalog.entries()) {
            if (!entry.schema().equals("bi")) {
                continue;
            }
            // a view or column without its Norwegian text keeps its own name and the catalogue's description
            // (PowerBiKitTests fails the build on it; a night does not)
            String purpose = entry.doc() == null ? null : entry.doc().purpose();
            String[] tableText = tableTexts.getOrDefault(entry.name(), new String[] {entry.name(), purpose});
            List<Column> columns = new ArrayList<>();
            for (Catalog.Column column : entry.columns()) {
                String[] columnText =
                        columnTexts.getOrDefault(column.name(), new String[] {column.name(), column.comment()});
                columns.add(new Column(
                        column.name(),
                        column.type(),
                        columnText[0],
                        columnText[1],
                        dataType(column.type(), entry.qualifiedName() + "." + column.name()),
                        summed(column.name(), column.type())));
            }
            String key = entry.doc() == null ? null : entry.doc().key();
            tables.add(new Table(entry.name(), tableText[0], tableText[1], List.copyOf(columns), key));
        }
        // a measure whose table or calendar is not in this publication is left out, not a failed night
        Set<String> views = tables.stream().map(Table::view).collect(Collectors.toSet());
        List<Measure> measures = measures().stream()
                .filter(measure -> views.contains(measure.view())
                        && (measure.periodFlag() == null || views.contains("bi_calendar_month")))
                .toList();
        for (Measure measure : measures) {
            Table table = tables.stream()
                    .filter(candidate -> candidate.view().equals(measure.view()))
                    .findFirst()
                    .orElseThrow();
            table.column(measure.numerator());
            if (measure.denominator() != null) {
                table.column(measure.denominator());
            }
        }
        return new Model(List.copyOf(tables), relationships(tables), measures);
    }

    /** Writes the kit into {@code folder} (made new); {@code parquetFolder} is the parameter's default. */
    public static Model write(Catalog catalog, Path folder, String parquetFolder) {
        Model model = model(catalog);
        Map<String, String> files = new TreeMap<>();
        files.put(PROJECT + ".pbip", """
                {
                  "version": "1.0",
                  "artifacts": [
                    {
                      "report": {
                        "path": "hdo-dw.Report"
                      }
                    }
                  ],
                  "settings": {
                    "enableAutoRecovery": true
                  }
                }
                """);
        files.put(PROJECT + ".Report/definition.pbir", """
                {
                  "version": "4.0",
                  "datasetReference": {
                    "byPath": {
                      "path": "../hdo-dw.SemanticModel"
                    }
                  }
                }
                """);
        files.put(PROJECT + ".Report/report.json", """
                {
                  "config": "{\\"version\\":\\"5.59\\",\\"activeSectionIndex\\":0}",
                  "layoutOptimization": 0,
                  "sections": [
                    {
                      "config": "{}",
                      "displayName": "Side 1",
                      "displayOption": 1,
                      "filters": "[]",
                      "height": 720.0,
                      "name": "ReportSection",
                      "ordinal": 0,
                      "visualContainers": [],
                      "width": 1280.0
                    }
                  ]
                }
                """);
        files.put(PROJECT + ".SemanticModel/definition.pbism", """
                {
                  "version": "4.2",
                  "settings": {}
                }
                """);
        String definition = PROJECT + ".SemanticModel/definition/";
        files.put(definition + "database.tmdl", "database\n\tcompatibilityLevel: 1567\n\n");
        files.put(definition + "model.tmdl", modelTmdl(model));
        files.put(definition + "expressions.tmdl", expressionsTmdl(parquetFolder));
        files.put(definition + "relationships.tmdl", relationshipsTmdl(model));
        files.put(definition + "cultures/nb-NO.tmdl", """
                cultureInfo nb-NO

                	linguisticMetadata =
                			{
                			  "Version": "1.0.0",
                			  "Language": "nb-NO"
                			}
                		contentType: json

                """);
        for (Table table : model.tables()) {
            files.put(definition + "tables/" + table.name() + ".tmdl", tableTmdl(table, model));
        }
        files.put(PROJECT + ".pbids", pbids(parquetFolder));
        files.put("README.md", readme(model));
        try {
            Folders.deleteTree(folder);
            for (Map.Entry<String, String> file : files.entrySet()) {
                Path path = folder.resolve(file.getKey());
                Files.createDirectories(path.getParent());
                // Power BI Desktop reads UTF-8 without a byte order mark
                Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the Power BI kit to " + folder, e);
        }
        return model;
    }

    // --- the model's parts -------------------------------------------------------------------------

    private static String dataType(String duckdbType, String where) {
        if (duckdbType.startsWith("DECIMAL")) {
            return "decimal";
        }
        return switch (duckdbType) {
            case "TINYINT", "SMALLINT", "INTEGER", "BIGINT" -> "int64";
            case "DOUBLE", "FLOAT" -> "double";
            case "VARCHAR" -> "string";
            case "DATE", "TIMESTAMP" -> "dateTime";
            case "BOOLEAN" -> "boolean";
            default ->
                throw new WarehouseException(where + " is " + duckdbType + ", which the Power BI kit does not map");
        };
    }

    private static final Pattern NOT_SUMMED = Pattern.compile(
            ".*(_key|_id|_order|_number|_pct|_value|_in_month)$|age_days|days_past_due|days_slipped|planned_days_moved"
                    + "|times_replanned|day_of_month|participant_count|run_id|warn_after_days|error_after_days"
                    + "|sick_leave_target_pct");

    private static boolean summed(String column, String duckdbType) {
        boolean numeric = duckdbType.startsWith("DECIMAL")
                || Set.of("TINYINT", "SMALLINT", "INTEGER", "BIGINT", "DOUBLE", "FLOAT")
                        .contains(duckdbType);
        return numeric && !NOT_SUMMED.matcher(column).matches();
    }

    /**
     * The relationships: a {@code _key} column to the table whose key it is ({@code *_date_key} to the
     * day, {@code *_month_key} to the month), one active path at most between two tables (Power BI
     * refuses ambiguous paths), the others inactive, for USERELATIONSHIP. Dimensions go first and a
     * table's day keys before its other keys, so a fact reaches the month through its day, and a
     * report line through its account.
     */
    static List<Relationship> relationships(List<Table> tables) {
        Map<String, String> dimensionByKey = new HashMap<>();
        for (Table table : tables) {
            // a monthly fact keyed by its month alone is no dimension of the month
            if (table.key() != null
                    && table.key().matches("[a-z_]+_key")
                    && !table.view().contains("_monthly")) {
                dimensionByKey.putIfAbsent(table.key(), table.view());
            }
        }
        List<Table> ordered = new ArrayList<>(tables);
        ordered.sort((left, right) -> {
            boolean leftDimension = dimensionByKey.containsValue(left.view());
            boolean rightDimension = dimensionByKey.containsValue(right.view());
            return leftDimension == rightDimension ? left.view().compareTo(right.view()) : leftDimension ? -1 : 1;
        });
        List<Relationship> relationships = new ArrayList<>();
        for (Table table : ordered) {
            // a day before its month: the finer key is the active path, the month is reached through the day
            List<Column> keys = new ArrayList<>(table.columns());
            keys.sort((left, right) -> Boolean.compare(
                    !left.source().endsWith("date_key"), !right.source().endsWith("date_key")));
            for (Column column : keys) {
                if (!column.isKey()) {
                    continue;
                }
                String target = dimensionByKey.get(column.source());
                String targetColumn = column.source();
                if (target == null && column.source().endsWith("_date_key")) {
                    target = dimensionByKey.get("date_key");
                    targetColumn = "date_key";
                } else if (target == null && column.source().endsWith("_month_key")) {
                    target = dimensionByKey.get("month_key");
                    targetColumn = "month_key";
                }
                if (target == null || target.equals(table.view())) {
                    continue;
                }
                Relationship active = new Relationship(table.view(), column.source(), target, targetColumn, true);
                List<Relationship> tried = new ArrayList<>(relationships);
                tried.add(active);
                relationships.add(
                        atMostOnePath(tried)
                                ? active
                                : new Relationship(table.view(), column.source(), target, targetColumn, false));
            }
        }
        return List.copyOf(relationships);
    }

    private static boolean atMostOnePath(List<Relationship> relationships) {
        Map<String, List<String>> edges = new HashMap<>();
        for (Relationship relationship : relationships) {
            if (relationship.active()) {
                edges.computeIfAbsent(relationship.fromView(), from -> new ArrayList<>())
                        .add(relationship.toView());
            }
        }
        for (String from : edges.keySet()) {
            Map<String, Integer> paths = new HashMap<>();
            countPaths(from, edges, paths);
            if (paths.values().stream().anyMatch(count -> count > 1)) {
                return false;
            }
        }
        return true;
    }

    private static void countPaths(String from, Map<String, List<String>> edges, Map<String, Integer> paths) {
        for (String to : edges.getOrDefault(from, List.of())) {
            paths.merge(to, 1, Integer::sum);
            countPaths(to, edges, paths);
        }
    }

    /** The base measures of {@code sql/powerbi/measures_nb.csv}, each with its three period variants. */
    static List<Measure> measures() {
        List<Measure> measures = new ArrayList<>();
        for (List<String> row : csv("measures_nb").rows()) {
            String name = row.get(0);
            Measure base = new Measure(
                    name + " i utvalget", row.get(1), row.get(2), row.get(3), row.get(4), row.get(5), row.get(6), null);
            measures.add(base);
            PERIODS.forEach((flag, suffix) -> measures.add(new Measure(
                    name + " " + suffix,
                    base.view(),
                    base.kind(),
                    base.numerator(),
                    base.denominator(),
                    base.formatString(),
                    row.get(6) + " Perioden: " + suffix + ".",
                    flag)));
        }
        return List.copyOf(measures);
    }

    private static Map<String, String[]> texts(String file) {
        Map<String, String[]> texts = new LinkedHashMap<>();
        for (List<String> row : csv(file).rows()) {
            texts.put(row.get(0), new String[] {row.get(1), row.get(2)});
        }
        return texts;
    }

    private static Seeds.Seed csv(String name) {
        return SqlResources.list("powerbi", ".csv").stream()
                .filter(file -> file.baseName().equals(name))
                .findFirst()
                .map(Seeds::parse)
                .orElseThrow(() -> new WarehouseException("no sql/powerbi/" + name + ".csv"));
    }

    // --- TMDL ---------------------------------------------------------------------------------------

    /** A TMDL name: as it is when plain, else in single quotes with its quotes doubled. */
    static String name(String name) {
        return PLAIN_NAME.matcher(name).matches() ? name : "'" + name.replace("'", "''") + "'";
    }

    /** A DAX column reference, {@code 'Table'[Column]}. */
    static String dax(Table table, Column column) {
        return "'" + table.name().replace("'", "''") + "'[" + column.name().replace("]", "]]") + "]";
    }

    private static String lineageTag(String path) {
        return UUID.nameUUIDFromBytes((PROJECT + ":" + path).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    private static String description(String indent, String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        return text.lines().map(line -> indent + "/// " + line + "\n").collect(Collectors.joining());
    }

    private static String modelTmdl(Model model) {
        StringBuilder tmdl = new StringBuilder();
        tmdl.append("model Model\n")
                .append("\tculture: nb-NO\n")
                .append("\tdefaultPowerBIDataSourceVersion: powerBI_V3\n")
                .append("\tsourceQueryCulture: nb-NO\n")
                .append("\tdataAccessOptions\n")
                .append("\t\tlegacyRedirects\n")
                .append("\t\treturnErrorValuesAsNull\n\n")
                .append("annotation __PBI_TimeIntelligenceEnabled = 0\n\n")
                .append("annotation PBI_ProTooling = [\"DevMode\"]\n\n");
        for (Table table : model.tables()) {
            tmdl.append("ref table ").append(name(table.name())).append('\n');
        }
        tmdl.append("\nref cultureInfo nb-NO\n\n");
        return tmdl.toString();
    }

    private static String expressionsTmdl(String parquetFolder) {
        return "/// Mappen med Parquet-filene (published/parquet/), med skilletegn til slutt.\n" + "expression "
                + FOLDER_PARAMETER + " = \"" + parquetFolder.replace("\"", "\"\"")
                + "\" meta [IsParameterQuery=true, Type=\"Text\", IsParameterQueryRequired=true]\n"
                + "\tlineageTag: " + lineageTag("expression/" + FOLDER_PARAMETER) + "\n\n"
                + "\tannotation PBI_ResultType = Text\n\n";
    }

    private static String relationshipsTmdl(Model model) {
        StringBuilder tmdl = new StringBuilder();
        for (Relationship relationship : model.relationships()) {
            Table from = model.table(relationship.fromView());
            Table to = model.table(relationship.toView());
            tmdl.append("relationship ")
                    .append(lineageTag("relationship/" + relationship.fromView() + "." + relationship.fromColumn()))
                    .append('\n');
            if (!relationship.active()) {
                tmdl.append("\tisActive: false\n");
            }
            tmdl.append("\tfromColumn: ")
                    .append(name(from.name()))
                    .append('.')
                    .append(name(from.column(relationship.fromColumn()).name()))
                    .append('\n')
                    .append("\ttoColumn: ")
                    .append(name(to.name()))
                    .append('.')
                    .append(name(to.column(relationship.toColumn()).name()))
                    .append("\n\n");
        }
        return tmdl.toString();
    }

    private static String tableTmdl(Table table, Model model) {
        StringBuilder tmdl = new StringBuilder();
        tmdl.append(description("", table.description()))
                .append("table ")
                .append(name(table.name()))
                .append('\n')
                .append("\tlineageTag: ")
                .append(lineageTag("table/" + table.view()))
                .append("\n\n");
        for (Measure measure : model.measures()) {
            if (!measure.view().equals(table.view())) {
                continue;
            }
            tmdl.append(description("\t", measure.description()))
                    .append("\tmeasure ")
                    .append(name(measure.name()))
                    .append(" = ")
                    .append(daxOf(measure, model))
                    .append('\n')
                    .append("\t\tformatString: ")
                    .append(measure.formatString())
                    .append('\n')
                    .append("\t\tlineageTag: ")
                    .append(lineageTag("measure/" + measure.name()))
                    .append("\n\n");
        }
        for (Column column : table.columns()) {
            tmdl.append(description("\t", column.description()))
                    .append("\tcolumn ")
                    .append(name(column.name()))
                    .append('\n')
                    .append("\t\tdataType: ")
                    .append(column.dataType())
                    .append('\n');
            if (column.dataType().equals("dateTime")) {
                tmdl.append("\t\tformatString: ")
                        .append(column.duckdbType().equals("DATE") ? "Short Date" : "General Date")
                        .append('\n');
            } else if (column.dataType().equals("decimal")) {
                tmdl.append("\t\tformatString: #,0.00\n");
            }
            if (column.isKey()) {
                tmdl.append("\t\tisHidden\n");
            }
            tmdl.append("\t\tlineageTag: ")
                    .append(lineageTag("column/" + table.view() + "." + column.source()))
                    .append('\n')
                    .append("\t\tsummarizeBy: ")
                    .append(column.summed() ? "sum" : "none")
                    .append('\n')
                    .append("\t\tsourceColumn: ")
                    .append(column.source())
                    .append("\n\n");
            if (column.dataType().equals("dateTime")) {
                tmdl.append("\t\tannotation UnderlyingDateTimeDataType = ")
                        .append(column.duckdbType().equals("DATE") ? "Date" : "DateTime")
                        .append("\n\n");
            }
        }
        tmdl.append("\tpartition ")
                .append(name(table.name()))
                .append(" = m\n")
                .append("\t\tmode: import\n")
                .append("\t\tsource =\n")
                .append("\t\t\t\tlet\n")
                .append("\t\t\t\t    Kilde = Parquet.Document(File.Contents(")
                .append(FOLDER_PARAMETER)
                .append(" & \"")
                .append(table.view())
                .append(".parquet\")),\n")
                .append("\t\t\t\t    Typer = Table.TransformColumnTypes(Kilde, {")
                .append(table.columns().stream()
                        .map(column -> "{\"" + column.source() + "\", " + mType(column) + "}")
                        .collect(Collectors.joining(", ")))
                .append("})\n")
                .append("\t\t\t\tin\n")
                .append("\t\t\t\t    Typer\n\n")
                .append("\tannotation PBI_ResultType = Table\n\n");
        return tmdl.toString();
    }

    private static String mType(Column column) {
        return switch (column.dataType()) {
            case "int64" -> "Int64.Type";
            case "double" -> "type number";
            case "decimal" -> "Currency.Type";
            case "string" -> "type text";
            case "boolean" -> "type logical";
            case "dateTime" -> column.duckdbType().equals("DATE") ? "type date" : "type datetime";
            default -> throw new IllegalStateException(column.dataType());
        };
    }

    /** The measure's DAX over the model's display names; a period variant filters the calendar's flag. */
    static String daxOf(Measure measure, Model model) {
        Table table = model.table(measure.view());
        String numerator = dax(table, table.column(measure.numerator()));
        String expression = switch (measure.kind()) {
            case "sum" -> "SUM(" + numerator + ")";
            case "ratio" ->
                "DIVIDE(SUM(" + numerator + "), SUM(" + dax(table, table.column(measure.denominator())) + "))";
            case "complement_ratio" -> {
                String denominator = "SUM(" + dax(table, table.column(measure.denominator())) + ")";
                yield "IF(ISBLANK(" + denominator + "), BLANK(), 1 - DIVIDE(SUM(" + numerator + "), " + denominator
                        + "))";
            }
            case "percent_value" -> "DIVIDE(MAX(" + numerator + "), 100)";
            default -> throw new WarehouseException("unknown measure kind " + measure.kind());
        };
        if (measure.periodFlag() == null) {
            return expression;
        }
        // model() keeps a period measure only where the calendar is published
        Table calendar = model.table("bi_calendar_month");
        String calendarTable = "'" + calendar.name().replace("'", "''") + "'";
        return "CALCULATE(" + expression + ", REMOVEFILTERS(" + calendarTable + "), "
                + dax(calendar, calendar.column(measure.periodFlag())) + " = TRUE())";
    }

    private static String pbids(String parquetFolder) {
        return "{\n  \"version\": \"0.1\",\n  \"connections\": [\n    {\n      \"details\": {\n"
                + "        \"protocol\": \"folder\",\n        \"address\": {\n          \"path\": \""
                + parquetFolder.replace("\\", "\\\\").replace("\"", "\\\"")
                + "\"\n        }\n      },\n      \"options\": {},\n      \"mode\": null\n    }\n  ]\n}\n";
    }

    private static String readme(Model model) {
        long active =
                model.relationships().stream().filter(Relationship::active).count();
        StringBuilder text = new StringBuilder();
        text.append("# The Power BI kit of this publication\n\n")
                .append("Open `hdo-dw.pbip` in Power BI Desktop (developer mode, *File > Options > Preview features >")
                .append(" Power BI Project (.pbip) save option* and *Store semantic model using TMDL format*).")
                .append(" Then set the parameter `")
                .append(FOLDER_PARAMETER)
                .append("` (*Transform data > Edit parameters*) to the folder of the Parquet files as your PC")
                .append(
                        " sees it, ending in its separator, e.g. `\\\\server\\hdo-dw\\published\\parquet\\`, and refresh.")
                .append(" `hdo-dw.pbids` is the minimal way in: a Folder source on the same folder, no model.\n\n")
                .append("The model: ")
                .append(model.tables().size())
                .append(" tables (one per BI view, each reading its Parquet file), ")
                .append(model.relationships().size())
                .append(" relationships on the `_key` columns (")
                .append(active)
                .append(" active, the others inactive because they would make a second path between two tables;")
                .append(" use them with USERELATIONSHIP), ")
                .append(model.measures().size())
                .append(" measures (each figure in the filter context, for the reporting month, the year to date")
                .append(" and the last 13 months; the targets likewise), culture nb-NO, Norwegian display names")
                .append(" and descriptions.\n\n")
                .append("## What was checked, and what was not\n\n")
                .append("Checked by the warehouse's tests on every build: every TMDL file keeps the documented")
                .append(" syntax (tab indentation, one object per line, `///` descriptions, quoted names, expressions")
                .append(" indented below their object); every column a partition, relationship or measure names")
                .append(" exists in its Parquet file with the type the model states; one partition per table;")
                .append(" the one side of every relationship is unique in its Parquet file; the measures, computed")
                .append(" the same way in DuckDB over the Parquet files, give the report's figures for the demo")
                .append(" (sick leave year to date 4,68 %, 17 breaches, 453 overtime hours, 190 call-out hours).\n\n")
                .append("Not checked, because nothing here can run Power BI Desktop: that Desktop opens the project")
                .append(" without a warning, that the refresh reads every Parquet file, that the DAX of the measures")
                .append(" evaluates as written, and the report page (one empty page, for you to build on). Check")
                .append(" these in Desktop before you share a report made from the kit.\n\n");
        text.append("## Measures\n\n| measure | table | DAX |\n| --- | --- | --- |\n");
        for (Measure measure : model.measures()) {
            Table table = model.table(measure.view());
            text.append("| ")
                    .append(measure.name())
                    .append(" | ")
                    .append(table.name())
                    .append(" | `")
                    .append(daxOf(measure, model).replace("|", "\\|"))
                    .append("` |\n");
        }
        return text.toString();
    }
}
