package no.hdo.dw.warehouse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.hdo.dw.warehouse.ModelBuild.Model;
import no.hdo.dw.warehouse.internal.SqlResources;
import no.hdo.dw.warehouse.internal.SqlResources.SqlFile;
import org.jdbi.v3.core.Handle;

/**
 * The data catalogue of a publication (outputs.md, "The data catalogue"): every published table and
 * column with its description, grain, key, type, the report figures it serves, its suppression rule,
 * and the models and source feeds it comes from. The descriptions come from the models' opening
 * comments ({@link ModelDoc}); a column a model does not describe takes the description of the same
 * column in the nearest model it reads. {@link #comment} writes them into the published DuckDB file
 * with {@code COMMENT ON}; {@link #markdown} and {@link #json} render {@code catalog.md} and
 * {@code catalog.json} (shaped like dbt's {@code catalog.json}).
 */
public final class Catalog {

    private static final Pattern REFERENCE =
            Pattern.compile("\\b(staging|intermediate|marts|reporting|bi)\\.(\\w+)\\b");
    private static final Pattern RAW = Pattern.compile("\\braw\\.([a-z]+)__(\\w+)\\b");
    private static final Pattern SEED = Pattern.compile("\\bseeds\\.(\\w+)\\b");

    /** The publication's own table, which no model makes. */
    private static final ModelDoc PUBLICATION = new ModelDoc(
            "The publication itself: which nightly run made it and when.",
            "publication",
            "run_id",
            null,
            Map.of(
                    "run_id", "the nightly run that published this (runs/run-<n>.json).",
                    "run_date", "the run's date; the reporting month is the month of the day before it.",
                    "published_at", "when the publication was written, Europe/Oslo wall time."));

    /** Per domain, which run its tables are from: written by the publisher, no model makes it. */
    private static final ModelDoc DOMAIN_STATUS = new ModelDoc(
            "Per domain (the calendar and the five sources), whether tonight's tables were published or the"
                    + " previous publication's kept because a data test of the domain failed, and which run they are from.",
            "domain",
            "domain",
            null,
            Map.of(
                    "domain", "the domain: calendar, ledger, turnus, video, medielogg or lifex.",
                    "status", "'published' (tonight's tables) or 'held back' (the previous publication's, kept).",
                    "data_run_id",
                            "the nightly run the domain's tables are from; empty when held back with nothing before.",
                    "data_run_date", "that run's date.",
                    "reason",
                            "why it is held back: the failed data tests and their offending rows; empty when published."));

    public record Column(String name, int index, String type, String comment) {}

    public record Entry(
            String schema,
            String name,
            String type,
            long rows,
            ModelDoc doc,
            String modelPath,
            List<String> dependsOn,
            List<String> sourceFeeds,
            List<String> exposures,
            List<Column> columns) {

        public String qualifiedName() {
            return schema + "." + name;
        }
    }

    private final List<Entry> entries;
    private final long runId;
    private final LocalDate runDate;
    private final String publishedAt;

    private Catalog(List<Entry> entries, long runId, LocalDate runDate, String publishedAt) {
        this.entries = List.copyOf(entries);
        this.runId = runId;
        this.runDate = runDate;
        this.publishedAt = publishedAt;
    }

    public List<Entry> entries() {
        return entries;
    }

    /**
     * Reads the published objects' columns from {@code database} (an attached DuckDB file) and joins
     * them with the models' descriptions and lineage and the exposures ({@code sql/catalog/exposures.csv}).
     */
    public static Catalog read(Handle handle, String database, long runId, LocalDate runDate) {
        Map<String, Model> models = new LinkedHashMap<>();
        for (Model model : ModelBuild.models()) {
            models.put(model.qualifiedName(), model);
        }
        Map<String, ModelDoc> docs = new LinkedHashMap<>();
        models.forEach((name, model) -> docs.put(name, ModelDoc.parse(model.sql())));
        Map<String, List<String>> exposures = exposures();
        String publishedAt = handle.createQuery(
                        "select cast(published_at as varchar) from " + database + ".bi.bi_publication")
                .mapTo(String.class)
                .findOne()
                .orElse(null);

        List<Entry> entries = new ArrayList<>();
        List<String[]> tables = handle.createQuery(
                        "select schema_name, table_name from duckdb_tables() where database_name = :database order by 1, 2")
                .bind("database", database)
                .map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2)})
                .list();
        // one query for every column and one for every count: a query per table costs a scan of the catalogue each
        Map<String, List<String[]>> columnsByTable = new LinkedHashMap<>();
        handle.createQuery("""
                        select schema_name || '.' || table_name, column_name, data_type from duckdb_columns()
                        where database_name = :database order by schema_name, table_name, column_index""")
                .bind("database", database)
                .map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)})
                .forEach(column -> columnsByTable
                        .computeIfAbsent(column[0], table -> new ArrayList<>())
                        .add(column));
        Map<String, Long> rowCounts = new LinkedHashMap<>();
        if (!tables.isEmpty()) {
            StringBuilder counts = new StringBuilder();
            for (String[] table : tables) {
                counts.append(counts.isEmpty() ? "" : "\nunion all\n")
                        .append("select '")
                        .append(table[0])
                        .append('.')
                        .append(table[1])
                        .append("', count(*) from ")
                        .append(database)
                        .append('.')
                        .append(table[0])
                        .append('.')
                        .append(table[1]);
            }
            handle.createQuery(counts.toString())
                    .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getLong(2)))
                    .forEach(count -> rowCounts.put(count.getKey(), count.getValue()));
        }
        for (String[] table : tables) {
            String qualified = table[0] + "." + table[1];
            Model model = models.get(qualified);
            ModelDoc doc = model != null
                    ? docs.get(qualified)
                    : switch (qualified) {
                        case "bi.bi_publication" -> PUBLICATION;
                        case "bi.bi_domain_status" -> DOMAIN_STATUS;
                        default -> null;
                    };
            List<String> dependsOn = model == null ? List.of() : references(model, models);
            List<Model> upstream = model == null ? List.of() : upstream(model, models);
            List<Column> columns = new ArrayList<>();
            for (String[] column : columnsByTable.getOrDefault(qualified, List.of())) {
                columns.add(
                        new Column(column[1], columns.size() + 1, column[2], describe(column[1], doc, upstream, docs)));
            }
            entries.add(new Entry(
                    table[0],
                    table[1],
                    // a bi model is a view of the work warehouse, published as a table and a Parquet file
                    model != null && model.isView() ? "view" : "table",
                    rowCounts.getOrDefault(qualified, 0L),
                    doc,
                    model == null ? null : "sql/" + model.path(),
                    dependsOn,
                    model == null ? List.of() : sourceFeeds(model, upstream),
                    exposures.getOrDefault(qualified, List.of()),
                    columns));
        }
        return new Catalog(entries, runId, runDate, publishedAt);
    }

    /** The column's own description, else that of the same column in the nearest model upstream. */
    private static String describe(String column, ModelDoc doc, List<Model> upstream, Map<String, ModelDoc> docs) {
        if (doc != null && doc.column(column) != null) {
            return doc.column(column);
        }
        for (Model model : upstream) {
            String description = docs.get(model.qualifiedName()).column(column);
            if (description != null) {
                return description;
            }
        }
        return null;
    }

    private static final Map<String, List<String>> REFERENCES = new java.util.concurrent.ConcurrentHashMap<>();

    private static List<String> references(Model model, Map<String, Model> models) {
        return REFERENCES.computeIfAbsent(
                model.qualifiedName() + "\n" + model.sql(), text -> readReferences(model, models));
    }

    private static List<String> readReferences(Model model, Map<String, Model> models) {
        Set<String> names = new LinkedHashSet<>();
        Matcher matcher = REFERENCE.matcher(withoutComments(model.sql()));
        while (matcher.find()) {
            String name = matcher.group(1) + "." + matcher.group(2);
            if (!name.equals(model.qualifiedName()) && models.containsKey(name)) {
                names.add(name);
            }
        }
        return List.copyOf(names);
    }

    /** The models {@code model} reads, directly or not, nearest first. */
    private static List<Model> upstream(Model model, Map<String, Model> models) {
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> queue = new ArrayDeque<>(references(model, models));
        while (!queue.isEmpty()) {
            String name = queue.removeFirst();
            if (seen.add(name)) {
                queue.addAll(references(models.get(name), models));
            }
        }
        return seen.stream().map(models::get).toList();
    }

    private static List<String> sourceFeeds(Model model, List<Model> upstream) {
        Set<String> feeds = new TreeSet<>();
        List<Model> all = new ArrayList<>(upstream);
        all.add(model);
        for (Model each : all) {
            String code = withoutComments(each.sql());
            Matcher raw = RAW.matcher(code);
            while (raw.find()) {
                feeds.add(raw.group(1) + "/" + raw.group(2));
            }
            Matcher seed = SEED.matcher(code);
            while (seed.find()) {
                feeds.add("seed " + seed.group(1));
            }
        }
        return List.copyOf(feeds);
    }

    private static String withoutComments(String sql) {
        StringBuilder code = new StringBuilder();
        for (String line : sql.lines().toList()) {
            int comment = line.indexOf("--");
            code.append(comment < 0 ? line : line.substring(0, comment)).append('\n');
        }
        return code.toString();
    }

    /** {@code sql/catalog/exposures.csv}: {@code object,report_figure}, the figures of the business report each object serves. */
    static Map<String, List<String>> exposures() {
        Map<String, List<String>> exposures = new LinkedHashMap<>();
        for (SqlFile file : SqlResources.list("catalog", ".csv")) {
            List<String> lines = file.text().lines().toList();
            for (int index = 1; index < lines.size(); index++) {
                String line = lines.get(index);
                if (line.isBlank()) {
                    continue;
                }
                int comma = line.indexOf(',');
                if (comma < 0) {
                    throw new WarehouseException(
                            "sql/" + file.path() + ", line " + (index + 1) + ": no comma between object and figure");
                }
                String figure = line.substring(comma + 1).strip();
                if (figure.startsWith("\"") && figure.endsWith("\"")) {
                    figure = figure.substring(1, figure.length() - 1).replace("\"\"", "\"");
                }
                exposures
                        .computeIfAbsent(line.substring(0, comma).strip(), object -> new ArrayList<>())
                        .add(figure);
            }
        }
        return exposures;
    }

    /** Writes every description into the published file {@code database} with {@code COMMENT ON}. */
    public void comment(Handle handle, String database) {
        // one statement per table and column, sent together: one round trip instead of hundreds
        StringBuilder statements = new StringBuilder();
        for (Entry entry : entries) {
            String table = database + "." + entry.qualifiedName();
            if (entry.doc() != null) {
                statements
                        .append("comment on table ")
                        .append(table)
                        .append(" is ")
                        .append(literal(tableComment(entry)))
                        .append(";\n");
            }
            for (Column column : entry.columns()) {
                if (column.comment() != null) {
                    statements
                            .append("comment on column ")
                            .append(table)
                            .append('.')
                            .append(quoted(column.name()))
                            .append(" is ")
                            .append(literal(column.comment()))
                            .append(";\n");
                }
            }
        }
        if (!statements.isEmpty()) {
            handle.execute(statements.toString());
        }
    }

    private static String tableComment(Entry entry) {
        StringBuilder text = new StringBuilder(entry.doc().purpose());
        if (!entry.doc().grain().isEmpty()) {
            text.append(" Grain: ").append(entry.doc().grain()).append('.');
        }
        if (!entry.doc().key().isEmpty()) {
            text.append(" Key: ").append(entry.doc().key()).append('.');
        }
        if (entry.doc().suppression() != null) {
            text.append(" Suppression: ").append(entry.doc().suppression());
        }
        return text.toString().strip();
    }

    public String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("# Data catalogue\n\n")
                .append("Publication of run ")
                .append(runId)
                .append(", run date ")
                .append(runDate)
                .append(publishedAt == null ? "" : ", published " + publishedAt)
                .append(". Every table and column of `published/warehouse.duckdb`; each `bi` table is also"
                        + " `published/parquet/<name>.parquet`. The descriptions are those of the SQL models"
                        + " (`sql/`), the same text as the DuckDB file's comments.\n\n");
        md.append("| object | kind | rows | serves |\n| --- | --- | ---: | --- |\n");
        for (Entry entry : entries) {
            md.append("| [")
                    .append(entry.qualifiedName())
                    .append("](#")
                    .append(entry.qualifiedName().replace(".", ""))
                    .append(") | ")
                    .append(entry.type())
                    .append(" | ")
                    .append(entry.rows())
                    .append(" | ")
                    .append(cell(String.join("; ", entry.exposures())))
                    .append(" |\n");
        }
        for (Entry entry : entries) {
            md.append("\n## ").append(entry.qualifiedName()).append("\n\n");
            ModelDoc doc = entry.doc();
            md.append(doc == null ? "(no description)" : doc.purpose()).append("\n\n");
            if (doc != null) {
                md.append("- **Grain**: ").append(doc.grain()).append('\n');
                md.append("- **Key**: ").append(doc.key()).append('\n');
            }
            md.append("- **Kind**: ")
                    .append(entry.type())
                    .append(entry.type().equals("view") ? " (a table in the DuckDB file, and a Parquet file)" : "")
                    .append(", ")
                    .append(entry.rows())
                    .append(" rows\n");
            if (!entry.exposures().isEmpty()) {
                md.append("- **Serves**: ")
                        .append(String.join("; ", entry.exposures()))
                        .append('\n');
            }
            md.append("- **Suppression**: ")
                    .append(doc == null || doc.suppression() == null ? "none" : doc.suppression())
                    .append('\n');
            if (!entry.sourceFeeds().isEmpty()) {
                md.append("- **Source feeds**: ")
                        .append(String.join(", ", entry.sourceFeeds()))
                        .append('\n');
            }
            if (!entry.dependsOn().isEmpty()) {
                md.append("- **Models**: ")
                        .append(String.join(", ", entry.dependsOn()))
                        .append(" (model `")
                        .append(entry.modelPath())
                        .append("`)\n");
            } else if (entry.modelPath() != null) {
                md.append("- **Model**: `").append(entry.modelPath()).append("`\n");
            }
            md.append("\n| # | column | type | description |\n| ---: | --- | --- | --- |\n");
            for (Column column : entry.columns()) {
                md.append("| ")
                        .append(column.index())
                        .append(" | `")
                        .append(column.name())
                        .append("` | ")
                        .append(column.type())
                        .append(" | ")
                        .append(cell(column.comment() == null ? "(no description)" : column.comment()))
                        .append(" |\n");
            }
        }
        return md.toString();
    }

    /** dbt's {@code catalog.json} (schema v1): metadata, nodes with metadata, columns (type, index, name, comment) and stats, plus this project's fields. */
    public String json() {
        StringBuilder json = new StringBuilder();
        json.append("{\n  \"metadata\": {\n")
                .append("    \"dbt_schema_version\": \"https://schemas.getdbt.com/dbt/catalog/v1.json\",\n")
                .append("    \"dbt_version\": null,\n")
                .append("    \"generated_at\": ")
                .append(string(publishedAt))
                .append(",\n    \"invocation_id\": null,\n    \"env\": {\"run_id\": ")
                .append(string(Long.toString(runId)))
                .append(", \"run_date\": ")
                .append(string(runDate.toString()))
                .append("}\n  },\n  \"nodes\": {");
        for (int at = 0; at < entries.size(); at++) {
            Entry entry = entries.get(at);
            ModelDoc doc = entry.doc();
            String id = "model.hdo_dw." + entry.name();
            json.append(at == 0 ? "\n" : ",\n")
                    .append("    ")
                    .append(string(id))
                    .append(": {\n      \"metadata\": {\"type\": ")
                    .append(string("BASE TABLE"))
                    .append(", \"schema\": ")
                    .append(string(entry.schema()))
                    .append(", \"name\": ")
                    .append(string(entry.name()))
                    .append(", \"database\": \"warehouse\", \"comment\": ")
                    .append(string(doc == null ? null : doc.purpose()))
                    .append(", \"owner\": null},\n      \"columns\": {");
            for (int index = 0; index < entry.columns().size(); index++) {
                Column column = entry.columns().get(index);
                json.append(index == 0 ? "\n" : ",\n")
                        .append("        ")
                        .append(string(column.name()))
                        .append(": {\"type\": ")
                        .append(string(column.type()))
                        .append(", \"index\": ")
                        .append(column.index())
                        .append(", \"name\": ")
                        .append(string(column.name()))
                        .append(", \"comment\": ")
                        .append(string(column.comment()))
                        .append('}');
            }
            json.append("\n      },\n      \"stats\": {\"row_count\": {\"id\": \"row_count\", \"label\": \"Row count\","
                            + " \"value\": ")
                    .append(entry.rows())
                    .append(", \"include\": true, \"description\": \"Rows in the published table\"}},\n")
                    .append("      \"unique_id\": ")
                    .append(string(id))
                    .append(",\n      \"grain\": ")
                    .append(string(doc == null ? null : doc.grain()))
                    .append(",\n      \"key\": ")
                    .append(string(doc == null ? null : doc.key()))
                    .append(",\n      \"suppression\": ")
                    .append(string(doc == null ? null : doc.suppression()))
                    .append(",\n      \"exposures\": ")
                    .append(array(entry.exposures()))
                    .append(",\n      \"source_feeds\": ")
                    .append(array(entry.sourceFeeds()))
                    .append(",\n      \"depends_on\": ")
                    .append(array(entry.dependsOn()))
                    .append(",\n      \"model_path\": ")
                    .append(string(entry.modelPath()))
                    .append(",\n      \"parquet_file\": ")
                    .append(string(entry.type().equals("view") ? "parquet/" + entry.name() + ".parquet" : null))
                    .append("\n    }");
        }
        json.append("\n  },\n  \"sources\": {},\n  \"errors\": null\n}\n");
        return json.toString();
    }

    /** Writes {@code catalog.md} and {@code catalog.json} into {@code folder} under the given names. */
    public void write(Path markdownFile, Path jsonFile) {
        try {
            Files.writeString(markdownFile, markdown(), StandardCharsets.UTF_8);
            Files.writeString(jsonFile, json(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the data catalogue", e);
        }
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }

    private static String array(List<String> values) {
        StringBuilder json = new StringBuilder("[");
        for (int at = 0; at < values.size(); at++) {
            json.append(at == 0 ? "" : ", ").append(string(values.get(at)));
        }
        return json.append(']').toString();
    }

    static String string(String value) {
        if (value == null) {
            return "null";
        }
        StringBuilder json = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"').toString();
    }

    private static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    private static String quoted(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }
}
