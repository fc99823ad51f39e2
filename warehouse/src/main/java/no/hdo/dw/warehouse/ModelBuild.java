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
 * <p>The whole build is one transaction: a failed build leaves the previous one in place.
 */
public final class ModelBuild {

    private static final Logger log = LoggerFactory.getLogger(ModelBuild.class);

    /** The layers in the order data flows through them. */
    public static final List<String> LAYERS = List.of("staging", "intermediate", "marts", "reporting", "bi");

    private static final Pattern MATERIALIZED =
            Pattern.compile("--\\s*materialized:\\s*(\\w+)", Pattern.CASE_INSENSITIVE);

    private static final Pattern REFERENCE = Pattern.compile("\\b(" + String.join("|", LAYERS) + ")\\.(\\w+)\\b");

    /** How often a long build says how far it is. */
    private static final long PROGRESS_EVERY_NANOS = 5_000_000_000L;

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
                    if (!kind.equals("table") && !kind.equals("view")) {
                        throw new WarehouseException("model " + qualifiedName() + " (sql/" + path
                                + ") is materialized as '" + matcher.group(1) + "': a model is a table or a view");
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

    /**
     * Runs every model. {@code run_date} is available to table models as
     * {@code getvariable('run_date')}; views must not use it, since they outlive the session.
     * {@code rawViews} (re)create the {@code raw} views over the landing archive first, in the same
     * transaction.
     */
    public static int run(Jdbi jdbi, LocalDate runDate, List<String> rawViews) {
        return run(jdbi, runDate, rawViews, Map.of());
    }

    /**
     * As {@link #run(Jdbi, LocalDate, List)}, with more settings for the table models as DuckDB
     * variables ({@code getvariable('min_persons')}): whole numbers or text.
     */
    public static int run(Jdbi jdbi, LocalDate runDate, List<String> rawViews, Map<String, Object> variables) {
        List<Model> models = models();
        long started = System.nanoTime();
        log.info("Building {} models from the landing archive ...", models.size());
        jdbi.useTransaction(handle -> {
            handle.execute("set variable run_date = date '" + runDate + "'");
            for (Map.Entry<String, Object> variable : variables.entrySet()) {
                if (!variable.getKey().matches("[a-z_]+")) {
                    throw new IllegalArgumentException("not a variable name: " + variable.getKey());
                }
                Object value = variable.getValue();
                String literal = value instanceof Integer || value instanceof Long
                        ? value.toString()
                        : "'" + String.valueOf(value).replace("'", "''") + "'";
                handle.execute("set variable " + variable.getKey() + " = " + literal);
            }
            handle.execute("create schema if not exists raw");
            for (String rawView : rawViews) {
                handle.execute(rawView);
            }
            for (String layer : reversed(LAYERS)) {
                handle.execute("drop schema if exists " + layer + " cascade");
            }
            for (String layer : LAYERS) {
                handle.execute("create schema " + layer);
            }
            createMacros(handle);
            Seeds.load(handle);
            long lastProgress = System.nanoTime();
            int done = 0;
            for (Model model : models) {
                String kind = model.isView() ? "view" : "table";
                if (System.nanoTime() - lastProgress > PROGRESS_EVERY_NANOS) {
                    // On a long build, where it is: the operator reading the log sees it move.
                    lastProgress = System.nanoTime();
                    log.info(
                            "Building models: {} of {} done, now {} ({} s)",
                            done,
                            models.size(),
                            model.qualifiedName(),
                            String.format("%.1f", (lastProgress - started) / 1e9));
                }
                done++;
                try {
                    handle.execute("create " + kind + " " + model.qualifiedName() + " as\n" + model.sql());
                } catch (RuntimeException e) {
                    throw new WarehouseException(
                            "model " + model.qualifiedName() + " (sql/" + model.path() + ") failed: "
                                    + Errors.rootMessage(e),
                            e);
                }
                log.debug("Built {} {}", kind, model.qualifiedName());
            }
        });
        log.info("Built {} models in {} s", models.size(), String.format("%.1f", (System.nanoTime() - started) / 1e9));
        return models.size();
    }

    /**
     * Runs only the models {@code which} selects, in dependency order, replacing them if they exist
     * and dropping nothing else: the models they read that are not selected must exist already (as
     * views or as tables). Lets a test build one part of the warehouse on input tables it made itself.
     */
    public static List<Model> runOnly(Jdbi jdbi, LocalDate runDate, Predicate<Model> which) {
        List<Model> selected = models().stream().filter(which).toList();
        jdbi.useTransaction(handle -> {
            handle.execute("set variable run_date = date '" + runDate + "'");
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
