package no.hdo.dw.warehouse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import no.hdo.dw.warehouse.internal.SqlResources;
import no.hdo.dw.warehouse.internal.SqlResources.SqlFile;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the star schemas from the SQL models under {@code sql/}: one {@code select} per file,
 * the file name is the object's name and the top folder its layer (and schema); staging and
 * intermediate models sit in a folder per source below it ({@code sql/staging/ledger/...}), which
 * does not change their names, so a name must be unique within its layer. Staging, intermediate
 * and bi models become views, marts and reporting models tables, unless a model's opening comment
 * says {@code -- Materialized: table} (or {@code view}). The seeds ({@link Seeds}) are
 * loaded first, as tables {@code seeds.<name>}, after the macros of {@code sql/macros/}. Models refer to each other as
 * {@code <layer>.<name>}, from which the build order follows.
 *
 * <p>The whole build is one transaction: a failed build leaves the previous one in place. A build
 * stands on the last one where it can (issue 13): see {@link #run}.
 */
public final class ModelBuild {

    private static final Logger log = LoggerFactory.getLogger(ModelBuild.class);

    /** The layers in the order data flows through them. */
    public static final List<String> LAYERS = List.of("staging", "intermediate", "marts", "reporting", "bi");

    private static final Pattern MATERIALIZED =
            Pattern.compile("--\\s*materialized:\\s*(\\w+)", Pattern.CASE_INSENSITIVE);

    private static final Pattern REFERENCE = Pattern.compile("\\b(" + String.join("|", LAYERS) + ")\\.(\\w+)\\b");

    private ModelBuild() {}

    /** A model: {@code path} is its file below {@code sql/} (e.g. {@code staging/ledger/stg_ledger__budget.sql}). */
    public record Model(String layer, String name, String sql, String path) {

        public Model(String layer, String name, String sql) {
            this(layer, name, sql, layer + "/" + name + ".sql");
        }

        public String qualifiedName() {
            return layer + "." + name;
        }

        /**
         * Staging, intermediate and bi models are views, marts and reporting models tables, unless the
         * model's opening comment says otherwise in a line {@code -- Materialized: table} (or
         * {@code view}), as dbt's {@code materialized}: an intermediate model that many others read
         * is a table, so that they do not each compute it again.
         */
        public boolean isView() {
            return materialized()
                    .map(kind -> kind.equals("view"))
                    .orElse(layer.equals("staging") || layer.equals("intermediate") || layer.equals("bi"));
        }

        /**
         * An incremental table ({@code -- Materialized: incremental by <key>[, <key>]; newest by <order>}):
         * with {@code newest by}, the newest row per key of what it reads, through row-wise views to the
         * landing archive, merged over the night's new files; without, one row per key of the one
         * incremental model it reads, rewritten for the keys that model's merge changed. {@code
         * incremental by month <column>; months from <table>}: rewritten for the months whose rows
         * changed in that table; without {@code months from} (small monthly snapshots), for the months
         * whose rows computed again differ from the table's.
         */
        public boolean isIncremental() {
            return materialized().map(kind -> kind.equals("incremental")).orElse(false);
        }

        /** The key an incremental model's rows are merged by. */
        public List<String> uniqueKey() {
            return clause("by")
                    .map(keys -> List.of(keys.split("\\s*,\\s*")))
                    .orElseThrow(() -> new WarehouseException("model " + qualifiedName() + " (sql/" + path
                            + ") is incremental but does not say by which key: -- Materialized: incremental by <key>"));
        }

        /** The order in which an incremental model's newest row comes first ({@code delivery_stamp desc, ...}), if it keeps the newest. */
        public java.util.Optional<String> newestBy() {
            return clause("newest by");
        }

        /**
         * The column by whose month an incremental model is rewritten, a date or a yyyymm number
         * ({@code incremental by month <column>; months from <table>}): the months whose rows changed in
         * that table, a map of what each month's rows are computed from (the delivery that supplies it,
         * or fingerprints of its inputs).
         */
        public java.util.Optional<String> monthColumn() {
            return clause("by")
                    .filter(by -> by.startsWith("month "))
                    .map(by -> by.substring("month ".length()).strip());
        }

        /** The table whose changed rows name the months a month-partitioned model rewrites. */
        public java.util.Optional<String> monthsFrom() {
            return clause("months from");
        }

        /** The instant column whose Oslo month a row belongs to, for {@code nightly --rebuild-months}. */
        public java.util.Optional<String> monthsBy() {
            return clause("months by");
        }

        /** The clause of the {@code -- Materialized: incremental ...} line that starts with {@code name}, without it. */
        private java.util.Optional<String> clause(String name) {
            String line = materializedLine();
            for (String clause : line.split(";")) {
                String text = clause.strip().replaceAll("\\.$", "");
                if (text.toLowerCase(java.util.Locale.ROOT).startsWith(name + " ")) {
                    return java.util.Optional.of(text.substring(name.length()).strip());
                }
            }
            return java.util.Optional.empty();
        }

        /** What follows {@code incremental} on the {@code -- Materialized:} line and its lines indented below it. */
        private String materializedLine() {
            StringBuilder found = null;
            for (String line : sql.lines().toList()) {
                String text = line.strip();
                if (!text.startsWith("--")) {
                    break;
                }
                if (found != null) {
                    if (!line.startsWith("--   ")) {
                        break;
                    }
                    found.append(' ').append(text.substring(2).strip());
                    continue;
                }
                Matcher matcher = MATERIALIZED.matcher(text);
                if (matcher.lookingAt()) {
                    found = new StringBuilder(text.substring(matcher.end()).strip());
                }
            }
            return found == null ? "" : found.toString();
        }

        /** What the model's {@code -- Materialized:} line says, if it has one ({@code table} or {@code view}). */
        public java.util.Optional<String> materialized() {
            for (String line : sql.lines().toList()) {
                String text = line.strip();
                if (!text.startsWith("--")) {
                    break;
                }
                Matcher matcher = MATERIALIZED.matcher(text);
                if (matcher.lookingAt()) {
                    String kind = matcher.group(1).toLowerCase(java.util.Locale.ROOT);
                    if (!kind.equals("table") && !kind.equals("view") && !kind.equals("incremental")) {
                        throw new WarehouseException("model " + qualifiedName() + " (sql/" + path
                                + ") is materialized as '" + matcher.group(1)
                                + "': a model is a table, a view or incremental");
                    }
                    return java.util.Optional.of(kind);
                }
            }
            return java.util.Optional.empty();
        }
    }

    public static List<Model> models() {
        Map<String, Model> byName = new LinkedHashMap<>();
        for (String layer : LAYERS) {
            for (SqlFile file : SqlResources.list(layer)) {
                Model model = new Model(layer, file.baseName(), stripTrailingSemicolon(file.text()), file.path());
                Model before = byName.put(model.qualifiedName(), model);
                if (before != null) {
                    throw new WarehouseException("two models are named " + model.qualifiedName() + ": sql/"
                            + before.path() + " and sql/" + model.path());
                }
            }
        }
        return inDependencyOrder(byName);
    }

    /** Whether a build may stand on the last one ({@link #INCREMENTAL}) or rebuilds every model ({@link #FULL}). */
    public enum Refresh {
        INCREMENTAL,
        FULL
    }

    /**
     * What a build did with each table model: built it whole, merged what changed into it (the night's
     * new files by key, or the changed months), or kept it (its inputs unchanged, or no month of it
     * changed).
     */
    public enum Action {
        BUILT,
        MERGED,
        KEPT,
        VIEW
    }

    /** What a build did: whether it was full, and each model's action, in build order. */
    public record Summary(boolean full, Map<String, Action> actions, double seconds) {

        public Summary {
            actions = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(actions));
        }

        public List<String> models(Action action) {
            return actions.entrySet().stream()
                    .filter(entry -> entry.getValue() == action)
                    .map(Map.Entry::getKey)
                    .toList();
        }

        public String describe() {
            return String.format(
                    java.util.Locale.ROOT,
                    "%s build of %d models in %.1f s: %d tables built, %d merged, %d kept",
                    full ? "full" : "incremental",
                    actions.size(),
                    seconds,
                    models(Action.BUILT).size(),
                    models(Action.MERGED).size(),
                    models(Action.KEPT).size());
        }
    }

    /**
     * Runs every model, in one transaction. {@code run_date} is available to table models as
     * {@code getvariable('run_date')} (through the macro {@code run_date()}); views must not use it,
     * since they outlive the session. {@code variables} are more settings for the table models
     * ({@code min_persons}): whole numbers or text. The {@code raw} views over the landing archive are
     * (re)created first.
     *
     * <p>An {@link Refresh#INCREMENTAL} build stands on the last committed one ({@code meta.model_build}):
     * a table whose code and inputs (the models, raw files, registry rows and settings it reads) are
     * those it was last built from is kept; an incremental model whose code is unchanged and whose raw
     * views only gained files is merged over the new files; every other table is built whole. With no
     * last build, or {@link Refresh#FULL}, every schema is dropped and every model built.
     *
     * <p>With {@code rebuildMonths} (null: none), an incremental build also computes again, from the
     * whole landing archive, the rows of those months in the incremental models ({@code months by} in
     * their {@code -- Materialized:} line), and builds every other table whole ({@code nightly
     * --rebuild-months}).
     */
    public static Summary run(
            Jdbi jdbi,
            LocalDate runDate,
            List<RawView> rawViews,
            Map<String, Object> variables,
            Refresh refresh,
            MonthRange rebuildMonths,
            long runId) {
        List<Model> models = models();
        long started = System.nanoTime();
        Summary summary = jdbi.inTransaction(handle -> {
            Map<String, Object> settings = new LinkedHashMap<>();
            settings.put("run_date", runDate);
            settings.putAll(variables);
            setVariables(handle, settings);
            handle.execute("create schema if not exists raw");
            for (RawView rawView : rawViews) {
                handle.execute(rawView.statement());
            }
            BuildState last = refresh == Refresh.FULL ? BuildState.none() : BuildState.read(handle);
            boolean full = last.isEmpty();
            log.info(
                    "Building {} models from the landing archive ({}) ...",
                    models.size(),
                    full
                            ? (refresh == Refresh.FULL ? "full refresh" : "full: no earlier build to stand on")
                            : "incremental, on the build of run " + last.runId()
                                    + (rebuildMonths == null ? "" : ", the months " + rebuildMonths + " rebuilt"));
            if (full) {
                for (String layer : reversed(LAYERS)) {
                    handle.execute("drop schema if exists " + layer + " cascade");
                }
            }
            for (String layer : LAYERS) {
                handle.execute("create schema if not exists " + layer);
            }
            createMacros(handle);
            Seeds.load(handle);
            IncrementalBuild build = new IncrementalBuild(handle, models, rawViews, settings, last, rebuildMonths);
            Map<String, Action> actions = build.runAll();
            build.state().write(handle, runId);
            return new Summary(full, actions, (System.nanoTime() - started) / 1e9);
        });
        log.info("Built the models: {}", summary.describe());
        return summary;
    }

    static void setVariables(Handle handle, Map<String, Object> settings) {
        for (Map.Entry<String, Object> variable : settings.entrySet()) {
            if (!variable.getKey().matches("[a-z_]+")) {
                throw new IllegalArgumentException("not a variable name: " + variable.getKey());
            }
            handle.execute("set variable " + variable.getKey() + " = " + literal(variable.getValue()));
        }
    }

    static String literal(Object value) {
        if (value instanceof Integer || value instanceof Long) {
            return value.toString();
        }
        if (value instanceof LocalDate date) {
            return "date '" + date + "'";
        }
        return "'" + String.valueOf(value).replace("'", "''") + "'";
    }

    /**
     * Runs only the models {@code which} selects, in dependency order, replacing them if they exist
     * and dropping nothing else: the models they read that are not selected must exist already (as
     * views or as tables). Lets a test build one part of the warehouse on input tables it made itself.
     */
    public static List<Model> runOnly(Jdbi jdbi, LocalDate runDate, Predicate<Model> which) {
        List<Model> selected = models().stream().filter(which).toList();
        jdbi.useTransaction(handle -> {
            setVariables(handle, Map.of("run_date", runDate));
            for (String layer : LAYERS) {
                handle.execute("create schema if not exists " + layer);
            }
            createMacros(handle);
            Seeds.load(handle);
            for (Model model : selected) {
                String kind = model.isView() ? "view" : "table";
                try {
                    handle.execute("create or replace " + kind + " " + model.qualifiedName() + " as\n" + model.sql());
                } catch (RuntimeException e) {
                    throw new WarehouseException(
                            "model " + model.qualifiedName() + " (sql/" + model.path() + ") failed: "
                                    + Errors.rootMessage(e),
                            e);
                }
            }
        });
        return selected;
    }

    /**
     * Creates the macros of {@code sql/macros/} (the DuckDB-only functions behind names of our own),
     * statement by statement: each ends with a semicolon at the end of a line.
     */
    static void createMacros(Handle handle) {
        for (SqlFile file : SqlResources.list("macros")) {
            for (String statement : file.text().split(";\\s*(\\r?\\n|$)")) {
                String code = statement
                        .lines()
                        .filter(line -> !line.strip().startsWith("--"))
                        .collect(Collectors.joining("\n"))
                        .strip();
                if (code.isEmpty()) {
                    continue;
                }
                if (code.contains("meta.landed_file") && !DuckDbDatabase.hasTable(handle, "meta", "landed_file")) {
                    continue; // a database of a test that has no landing registry: no model there reads it
                }
                try {
                    handle.execute(code);
                } catch (RuntimeException e) {
                    throw new WarehouseException(
                            "macro of sql/" + file.path() + " failed: " + Errors.rootMessage(e) + "\n" + code, e);
                }
            }
        }
    }

    static List<Model> inDependencyOrder(Map<String, Model> byName) {
        Set<String> done = new LinkedHashSet<>();
        List<Model> ordered = new ArrayList<>();
        for (String name : byName.keySet()) {
            visit(name, byName, done, new LinkedHashSet<>(), ordered);
        }
        return ordered;
    }

    private static void visit(
            String name, Map<String, Model> byName, Set<String> done, Set<String> path, List<Model> ordered) {
        if (done.contains(name)) {
            return;
        }
        if (!path.add(name)) {
            throw new WarehouseException(
                    "models refer to each other in a cycle: " + String.join(" -> ", path) + " -> " + name);
        }
        Model model = byName.get(name);
        Matcher matcher = REFERENCE.matcher(model.sql());
        while (matcher.find()) {
            String reference = matcher.group(1) + "." + matcher.group(2);
            if (!reference.equals(name) && byName.containsKey(reference)) {
                visit(reference, byName, done, path, ordered);
            }
        }
        path.remove(name);
        done.add(name);
        ordered.add(model);
    }

    private static List<String> reversed(List<String> list) {
        List<String> copy = new ArrayList<>(list);
        java.util.Collections.reverse(copy);
        return copy;
    }

    static String stripTrailingSemicolon(String sql) {
        String trimmed = sql.strip();
        return trimmed.endsWith(";") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
    }
}
