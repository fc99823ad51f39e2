package no.hdo.dw.warehouse;

import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import no.hdo.dw.warehouse.BuildState.Digests;
import no.hdo.dw.warehouse.ModelBuild.Action;
import no.hdo.dw.warehouse.ModelBuild.Model;
import no.hdo.dw.warehouse.internal.Sha256;
import no.hdo.dw.warehouse.internal.SqlResources;
import org.jdbi.v3.core.Handle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One build's walk over the models, in dependency order, inside {@link ModelBuild#run}'s transaction:
 * each model's digests (its code through to the landing archive, and that with the files, registry
 * rows and settings it reads), and what to do with it. A view is (re)created. A table whose input
 * digest is the last build's is kept. An incremental model whose code digest is the last build's is
 * merged: one that keeps the newest row per key reads its row-wise views over the new files only and
 * ranks those rows with the ones it kept for their keys; one that follows another is rewritten for the
 * keys that model's merge changed; one partitioned by month is rewritten for the months whose rows
 * changed in its map of which delivery supplies each month. Every other table is built whole.
 */
final class IncrementalBuild {

    private static final Logger log = LoggerFactory.getLogger(IncrementalBuild.class);

    /** Part of every code digest: a new value, when what keeping or merging means changes, rebuilds every model once. */
    private static final String ENGINE = "incremental-build-1";

    private static final String LAYER_PATTERN = String.join("|", ModelBuild.LAYERS);

    private static final Pattern VARIABLE_MACRO = Pattern.compile(
            "macro\\s+(\\w+)\\s*\\(\\s*\\)\\s+as\\s+getvariable\\('(\\w+)'\\)", Pattern.CASE_INSENSITIVE);

    private static final Pattern GET_VARIABLE = Pattern.compile("getvariable\\('(\\w+)'\\)");

    private static final Pattern LANDED_FILES = Pattern.compile("\\blanded_files\\('(\\w+)'\\)");

    /** A model that takes this long is named in the log with its time. */
    private static final double SLOW_MODEL_SECONDS = 0.5;

    /** How often a long build says how far it is. */
    private static final long PROGRESS_EVERY_NANOS = 5_000_000_000L;

    private final Handle handle;
    private final List<Model> models;
    private final Map<String, Model> byName = new LinkedHashMap<>();
    private final Map<String, RawView> rawByName = new LinkedHashMap<>();
    private final Map<String, Object> settings;
    private final BuildState last;
    /** {@code nightly --rebuild-months}, or null. */
    private final MonthRange rebuildMonths;

    private final String codeOfAll;
    private final Map<String, String> variableMacros = new LinkedHashMap<>();
    private final Map<String, String> existing;
    private final Map<String, String> metaDigests = new HashMap<>();
    private final Map<String, Digests> digests = new LinkedHashMap<>();
    private final Map<String, Action> actions = new LinkedHashMap<>();
    private final List<String> temporaries = new ArrayList<>();
    private final Map<String, Reads> reads = new HashMap<>();
    /** The tables that name the months of a month-partitioned model ({@code months from}). */
    private final Set<String> monthMaps = new LinkedHashSet<>();
    /** Of each such map rebuilt tonight, the temporary table of its rows before. */
    private final Map<String, String> monthMapsBefore = new HashMap<>();
    /** Of each model merged by key tonight, the temporary view of the keys whose rows it rewrote. */
    private final Map<String, String> mergedKeys = new LinkedHashMap<>();
    /** Of such a model, the temporary table of its rows of those keys as the merge wrote them, where it knows them. */
    private final Map<String, String> mergedRows = new HashMap<>();
    /** The months rewritten in each month-partitioned model, as yyyy-MM. */
    private final Map<String, List<String>> rewrittenMonths = new LinkedHashMap<>();

    IncrementalBuild(
            Handle handle,
            List<Model> models,
            List<RawView> rawViews,
            Map<String, Object> settings,
            BuildState last,
            MonthRange rebuildMonths) {
        this.handle = handle;
        this.rebuildMonths = rebuildMonths;
        this.models = models;
        models.forEach(model -> byName.put(model.qualifiedName(), model));
        models.forEach(model -> model.monthsFrom().ifPresent(monthMaps::add));
        rawViews.forEach(view -> rawByName.put(view.name(), view));
        this.settings = settings;
        this.last = last;
        for (SqlResources.SqlFile file : SqlResources.list("macros")) {
            Matcher matcher = VARIABLE_MACRO.matcher(file.text());
            while (matcher.find()) {
                variableMacros.put(matcher.group(1), matcher.group(2));
            }
        }
        this.codeOfAll = codeOfAll();
        this.existing = existingObjects();
    }

    /** The digest of what every model's code includes: the macros, the seeds and {@link #ENGINE}. */
    static String codeOfAll() {
        MessageDigest all = Sha256.digest();
        Sha256.update(all, ENGINE);
        for (SqlResources.SqlFile file : SqlResources.list("macros")) {
            Sha256.update(all, file.path());
            Sha256.update(all, file.text());
        }
        for (SqlResources.SqlFile file : SqlResources.list("seeds", ".csv")) {
            Sha256.update(all, file.path());
            Sha256.update(all, file.text());
        }
        return Sha256.hex(all);
    }

    Map<String, Action> runAll() {
        dropModelsThatAreGone();
        long started = System.nanoTime();
        long lastProgress = started;
        int done = 0;
        for (Model model : models) {
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
            Digests now = digestsOf(model);
            digests.put(model.qualifiedName(), now);
            Action action;
            long modelStarted = System.nanoTime();
            try {
                action = build(model, now);
                digests.put(model.qualifiedName(), withOutput(model, now, action));
            } catch (RuntimeException e) {
                throw new WarehouseException(
                        "model " + model.qualifiedName() + " (sql/" + model.path() + ") failed: "
                                + Errors.rootMessage(e),
                        e);
            }
            actions.put(model.qualifiedName(), action);
            double seconds = (System.nanoTime() - modelStarted) / 1e9;
            // where a long build's time goes, for the operator and the benchmarks
            if (seconds >= SLOW_MODEL_SECONDS) {
                log.info("{} {} in {} s", action, model.qualifiedName(), String.format("%.1f", seconds));
            } else {
                log.debug("{} {}", action, model.qualifiedName());
            }
        }
        keepWhatWasMerged();
        for (int index = temporaries.size() - 1; index >= 0; index--) {
            handle.execute("drop " + temporaries.get(index));
        }
        return actions;
    }

    /**
     * What each merge rewrote, for the data tests ({@code meta.model_merge} and a table of its keys): a
     * test that checks each key apart then needs to look at those keys only; and the months each month
     * rewrite did ({@code meta.model_months}), for the operator.
     */
    private void keepWhatWasMerged() {
        List<String> before = handle.createQuery("select table_name from duckdb_tables()"
                        + " where database_name = current_database() and schema_name = 'meta'"
                        + " and starts_with(table_name, 'merged_keys__')")
                .mapTo(String.class)
                .list();
        for (String table : before) {
            handle.execute("drop table meta." + table);
        }
        handle.execute("delete from meta.model_merge");
        handle.execute("delete from meta.model_months");
        rewrittenMonths.forEach((name, months) ->
                months.forEach(month -> handle.createUpdate("insert into meta.model_months values (:model, :month)")
                        .bind("model", name)
                        .bind("month", month)
                        .execute()));
        mergedKeys.forEach((name, keys) -> {
            String keyTable = "meta.merged_keys__" + flat(name);
            handle.execute("create table " + keyTable + " as select * from " + keys);
            handle.createUpdate("insert into meta.model_merge values (:model, :from, :keys)")
                    .bind("model", name)
                    .bind("from", last.digests(name).output())
                    .bind("keys", keyTable)
                    .execute();
        });
    }

    /** The state this build leaves, for the next one. */
    BuildState state() {
        Map<String, List<String>> rawFiles = new LinkedHashMap<>();
        rawByName.forEach((name, view) -> rawFiles.put(name, fileNames(view.files())));
        return new BuildState(null, digests, rawFiles, actions);
    }

    private Action build(Model model, Digests now) {
        String name = model.qualifiedName();
        String kind = model.isView() ? "view" : "table";
        String existingKind = existing.get(name);
        if (existingKind != null && !existingKind.equals(kind)) {
            // it changed from view to table or back
            handle.execute("drop " + existingKind + " " + name);
            existingKind = null;
        }
        if (model.isView()) {
            handle.execute("create or replace view " + name + " as\n" + model.sql());
            return Action.VIEW;
        }
        Digests before = existingKind == null ? null : last.digests(name);
        // a rebuild of named months keeps no table: one that is not incremental holds every month
        if (before != null && before.input().equals(now.input()) && rebuildMonths == null) {
            return Action.KEPT;
        }
        if (before != null && model.isIncremental() && before.code().equals(now.code())) {
            Optional<String> whyNot = model.monthColumn().isPresent()
                    ? rewriteMonths(model)
                    : model.newestBy().isPresent() ? mergeNewest(model) : mergeFollower(model);
            if (whyNot.isEmpty()) {
                // a month rewrite that found no month to rewrite left the table as it was
                return model.monthColumn().isPresent() && !rewrittenMonths.containsKey(name)
                        ? Action.KEPT
                        : Action.MERGED;
            }
            log.info("Building {} whole: {}", name, whyNot.get());
        }
        if (existingKind != null && monthMaps.contains(name)) {
            // what it said before, for the models whose months it names
            monthMapsBefore.put(name, temporary("table", "months_before__" + flat(name), "select * from " + name));
        }
        handle.execute("create or replace table " + name + " as\n" + model.sql());
        return Action.BUILT;
    }

    /**
     * Rewrites, in a model partitioned by month, the months whose rows changed in its map ({@code
     * months from}): delete and insert per month, from the whole archive. The map says, per month, what
     * the month's rows are computed from: the delivery that supplies it (the ledger's periods), or
     * fingerprints of its inputs as far as the rules reach (turnus). Exact when nothing else the model
     * reads changed ({@link #coveredBy}) and its raw views only gained files (a delivered file never
     * changes). Empty if rewritten, else why not.
     */
    private Optional<String> rewriteMonths(Model model) {
        String name = model.qualifiedName();
        String column = model.monthColumn().orElseThrow();
        if (model.monthsFrom().isEmpty()) {
            return rewriteChangedMonths(model, column);
        }
        String map = model.monthsFrom().orElseThrow();
        // a month's rows come from what they came from before if nothing the map does not cover changed
        Set<String> pathRaw = new LinkedHashSet<>();
        Optional<String> changed =
                pathToTheArchive(model, table -> coveredBy(map, table), new LinkedHashSet<>(), pathRaw);
        if (changed.isEmpty()) {
            changed = pathRaw.stream()
                    .filter(raw -> newFiles(raw).isEmpty())
                    .findFirst()
                    .map(IncrementalBuild::lostAFile);
        }
        if (changed.isPresent()) {
            return changed;
        }
        String months;
        if (actions.get(map) == Action.KEPT) {
            months = "select " + column + " from " + name + " where false";
        } else if (monthMapsBefore.containsKey(map)) {
            String before = monthMapsBefore.get(map);
            months = "select " + column + " from ((select * from " + before + " except select * from " + map
                    + ") union (select * from " + map + " except select * from " + before + "))";
        } else {
            return Optional.of(map + " was not there before");
        }
        rewrite(model, months, "(" + model.sql() + ")");
        return Optional.empty();
    }

    /**
     * Rewrites, in a small model partitioned by month without a map (a monthly snapshot), the months
     * whose rows differ between its rows computed again and the table's: exact by construction, since
     * every other month's rows are the fresh ones already. Empty: always rewritten.
     */
    private Optional<String> rewriteChangedMonths(Model model, String column) {
        String name = model.qualifiedName();
        String fresh = temporary("table", "month_rows__" + flat(name), model.sql());
        String months = "select " + column + " from ((select * from " + fresh + " except all select * from " + name
                + ") union all (select * from " + name + " except all select * from " + fresh + "))";
        rewrite(model, months, fresh);
        return Optional.empty();
    }

    /** Deletes and inserts, from {@code rows}, the months {@code months} selects and those of {@code --rebuild-months}. */
    private void rewrite(Model model, String months, String rows) {
        String name = model.qualifiedName();
        String column = model.monthColumn().orElseThrow();
        boolean byDate = isDate(name, column);
        if (rebuildMonths != null) {
            String named = byDate ? rebuildMonths.dateCondition(column) : rebuildMonths.keyCondition(column);
            months += " union select " + column + " from " + name + " where " + named + " union select " + column
                    + " from " + rows + " as fresh where " + named;
        }
        String touched = temporary(
                "table", "merge_months__" + flat(name), "select distinct " + column + " from (" + months + ")");
        List<String> rewritten = handle.createQuery("select distinct "
                        + (byDate
                                ? "strftime(" + column + ", '%Y-%m')"
                                : "printf('%d-%02d', " + column + " // 100, " + column + " % 100)")
                        + " from " + touched + " order by 1")
                .mapTo(String.class)
                .list();
        if (rewritten.isEmpty()) {
            // nothing to rewrite: the fresh rows of a map's model are not computed (the breaches' cost their whole
            // rules)
            return;
        }
        handle.execute("delete from " + name + " where " + column + " in (select " + column + " from " + touched + ")");
        handle.execute("insert into " + name + " by name select * from " + rows + " as fresh where fresh." + column
                + " in (select " + column + " from " + touched + ")");
        log.info("Rewrote the month(s) {} of {}", String.join(", ", rewritten), name);
        rewrittenMonths.put(name, rewritten);
    }

    /**
     * Empty if {@code table}, read on the way from a month-partitioned model to the archive, cannot
     * change a month's rows without changing the month's rows in {@code map}: it is the map or
     * unchanged, the map is computed from it, or it is computed only from such tables. The map's
     * author makes its rows name, per month, everything that month's rows are computed from; the
     * oracle test (a full rebuild after every night) checks it.
     */
    private Optional<String> coveredBy(String map, String table) {
        if (table.equals(map) || outputUnchanged(table) || upstreamOf(map).contains(table)) {
            return Optional.empty();
        }
        Set<String> pathRaw = new LinkedHashSet<>();
        Optional<String> notCovered =
                pathToTheArchive(byName.get(table), read -> coveredBy(map, read), new LinkedHashSet<>(), pathRaw);
        return notCovered.isPresent() || !pathRaw.isEmpty() ? Optional.of(table + " changed") : Optional.empty();
    }

    /** Every model {@code model} is computed from, through the models it reads. */
    private Set<String> upstreamOf(String model) {
        Set<String> found = new LinkedHashSet<>();
        Deque<String> next = new ArrayDeque<>(List.of(model));
        while (!next.isEmpty()) {
            for (String read : reads(byName.get(next.pop())).models()) {
                if (found.add(read)) {
                    next.push(read);
                }
            }
        }
        return found;
    }

    /** Whether the month column of a month-partitioned table is a date (else a yyyymm number). */
    private boolean isDate(String table, String column) {
        int dot = table.indexOf('.');
        return handle.createQuery("select data_type from duckdb_columns() where database_name = current_database()"
                        + " and schema_name = :schema and table_name = :table and column_name = :column")
                .bind("schema", table.substring(0, dot))
                .bind("table", table.substring(dot + 1))
                .bind("column", column)
                .mapTo(String.class)
                .findOne()
                .map(type -> type.equals("DATE"))
                .orElse(true);
    }

    /**
     * Merges the night's new files into a model that keeps the newest row per key: what it reads is
     * evaluated over the new files only (every model on the way to the landing archive is a view that
     * maps rows to rows, reading no registry table or setting), and those rows are ranked with the rows
     * it kept for their keys. Exact, since the newest of the kept newest and the new rows is the newest
     * of all. Empty if merged, else why not.
     */
    private Optional<String> mergeNewest(Model model) {
        Set<String> pathViews = new LinkedHashSet<>();
        Set<String> pathRaw = new LinkedHashSet<>();
        // every model on the way must be a view that maps rows to rows
        Optional<String> notRowWise =
                pathToTheArchive(model, table -> Optional.of("it reads the table " + table), pathViews, pathRaw);
        if (notRowWise.isPresent()) {
            return notRowWise;
        }
        Map<String, String> deltaNames = new LinkedHashMap<>();
        int newFiles = 0;
        for (String raw : pathRaw) {
            Optional<List<Path>> added = newFiles(raw);
            if (added.isEmpty()) {
                return Optional.of(lostAFile(raw));
            }
            newFiles += added.get().size();
            deltaNames.put(
                    raw,
                    temporary("view", "delta__" + flat(raw), rawByName.get(raw).selectOver(added.get())));
        }
        for (String pathView : pathViews) {
            deltaNames.put(
                    pathView,
                    temporary(
                            "view",
                            "delta__" + flat(pathView),
                            rewrite(byName.get(pathView).sql(), deltaNames)));
        }
        String name = model.qualifiedName();
        List<String> key = model.uniqueKey();
        String rows = temporary("table", "merge_rows__" + flat(name), rewrite(model.sql(), deltaNames));
        String keys = temporary(
                "table",
                "merge_new_keys__" + flat(name),
                "select distinct " + String.join(", ", key) + " from " + rows);
        // the kept rows of the night's keys with their row ids, so that deleting them is no second scan of
        // the table (at ten times the volume, 21 M media-log calls: 0.5-1.0 s a night)
        String kept = temporary(
                "table",
                "merge_kept__" + flat(name),
                "select kept.rowid as merge_row_id, kept.* from " + name + " as kept semi join " + keys
                        + " as changed on " + matching(key, "kept", "changed"));
        String winners = temporary(
                "table",
                "merge_winners__" + flat(name),
                "select * exclude (merge_rank) from (select *, row_number() over (partition by "
                        + String.join(", ", key) + " order by "
                        + model.newestBy().orElseThrow()
                        + ") as merge_rank from (select * from " + rows + " union all by name select * exclude"
                        + " (merge_row_id) from " + kept + ")) where merge_rank = 1");
        handle.execute("delete from " + name + " where rowid in (select merge_row_id from " + kept + ")");
        handle.execute("insert into " + name + " by name select * from " + winners);
        if (newFiles > 0) {
            log.info("Merged {} new file(s) into {}", newFiles, name);
        }
        String changed = keys;
        if (rebuildMonths != null) {
            changed = rebuildTheMonths(model, keys);
        } else {
            mergedRows.put(name, winners);
        }
        // for a model that follows this one, and the data tests
        mergedKeys.put(name, temporary("view", "merge_keys__" + flat(name), "select * from " + changed));
        return Optional.empty();
    }

    /**
     * {@code nightly --rebuild-months}: the rows of the keys that are in those months, in the table or
     * in the whole landing archive, computed again from the whole archive. Returns the temporary table
     * of the keys merged tonight: these and the night's new ones ({@code newKeys}).
     */
    private String rebuildTheMonths(Model model, String newKeys) {
        String name = model.qualifiedName();
        List<String> key = model.uniqueKey();
        String monthsBy = model.monthsBy()
                .orElseThrow(() -> new WarehouseException("model " + name + " (sql/" + model.path()
                        + ") is incremental but does not say by which instant its months go: months by <column>"));
        String fresh = temporary(
                "table",
                "rebuilt_rows__" + flat(name),
                "select * from (" + model.sql() + ") as fresh where " + rebuildMonths.condition("fresh." + monthsBy)
                        + " or exists (select 1 from " + name + " as kept where "
                        + rebuildMonths.condition("kept." + monthsBy) + " and " + matching(key, "kept", "fresh") + ")");
        String columns = String.join(", ", key);
        String keys = temporary(
                "table",
                "rebuilt_keys__" + flat(name),
                "select " + columns + " from " + fresh + " union select " + columns + " from " + name + " where "
                        + rebuildMonths.condition(monthsBy));
        replaceRows(name, key, keys, fresh);
        log.info("Rebuilt the months {} of {} from the whole landing archive", rebuildMonths, name);
        return temporary(
                "table",
                "merge_all_keys__" + flat(name),
                "select " + columns + " from " + keys + " union select " + columns + " from " + newKeys);
    }

    /**
     * Rewrites, in a model with one row per key of the one incremental model it reads, the rows of
     * the keys that model's merge changed, from those keys' rows. Empty if merged, else why not.
     */
    private Optional<String> mergeFollower(Model model) {
        Reads reads = reads(model);
        if (!reads.raw().isEmpty() || reads.theRegistry() || !reads.settings().isEmpty()) {
            return Optional.of("it reads the landing archive, the registry or a setting");
        }
        String merged = null;
        for (String reference : reads(model).models()) {
            if (mergedKeys.containsKey(reference)) {
                if (merged != null) {
                    return Optional.of("it reads two merged models");
                }
                merged = reference;
            } else if (!outputUnchanged(reference)) {
                return Optional.of(reference + " changed and was not merged");
            }
        }
        if (merged == null) {
            return Optional.of("it reads no merged model");
        }
        Model source = byName.get(merged);
        List<String> key = model.uniqueKey();
        if (!source.uniqueKey().equals(key)) {
            return Optional.of("its key " + key + " is not that of " + merged + " " + source.uniqueKey());
        }
        String name = model.qualifiedName();
        String sourceKeys = mergedKeys.get(merged);
        // the source's rows of the merged keys: the ones its merge wrote, else found in it
        String changed = mergedRows.containsKey(merged)
                ? mergedRows.get(merged)
                : temporary(
                        "view",
                        "merge_changed__" + flat(name),
                        "select source.* from " + merged + " as source semi join " + sourceKeys + " as changed on "
                                + matching(key, "source", "changed"));
        String rows = temporary("table", "merge_rows__" + flat(name), rewrite(model.sql(), Map.of(merged, changed)));
        replaceRows(name, key, sourceKeys, rows);
        mergedRows.put(name, rows);
        // for a model that follows this one, and the data tests
        mergedKeys.put(name, temporary("view", "merge_keys__" + flat(name), "select * from " + sourceKeys));
        return Optional.empty();
    }

    private void replaceRows(String table, List<String> key, String keys, String rows) {
        handle.execute("delete from " + table + " as kept using " + keys + " as changed where "
                + matching(key, "kept", "changed"));
        handle.execute("insert into " + table + " by name select * from " + rows);
    }

    /**
     * The views and raw views from {@code model} to the landing archive, in build order, into
     * {@code pathViews} and {@code pathRaw}; empty if none of them reads the registry or a setting and
     * {@code aTable} finds nothing against each table read on the way, else why not.
     */
    private Optional<String> pathToTheArchive(
            Model model, Function<String, Optional<String>> aTable, Set<String> pathViews, Set<String> pathRaw) {
        if (reads(model).theRegistry() || !reads(model).settings().isEmpty()) {
            return Optional.of(model.qualifiedName() + " reads the registry or a setting");
        }
        for (String raw : reads(model).raw()) {
            if (!rawByName.containsKey(raw)) {
                return Optional.of(raw + " is not a raw view of this build");
            }
            pathRaw.add(raw);
        }
        for (String reference : reads(model).models()) {
            Model read = byName.get(reference);
            Optional<String> whyNot =
                    read.isView() ? pathToTheArchive(read, aTable, pathViews, pathRaw) : aTable.apply(reference);
            if (whyNot.isPresent()) {
                return whyNot;
            }
            if (read.isView()) {
                pathViews.add(reference);
            }
        }
        return Optional.empty();
    }

    /** The files landed for {@code raw} since the last build, if it still has every file that build read. */
    private Optional<List<Path>> newFiles(String raw) {
        return added(last.rawFiles(raw), rawByName.get(raw).files());
    }

    private static String lostAFile(String raw) {
        return "a file of " + raw + " that the last build read is no longer landed";
    }

    /** The files of {@code now} that {@code before} did not have, if {@code now} still has all of those. */
    private static Optional<List<Path>> added(List<String> before, List<Path> now) {
        Map<String, Integer> left = new HashMap<>();
        before.forEach(file -> left.merge(file, 1, Integer::sum));
        List<Path> added = new ArrayList<>();
        for (Path file : now) {
            String name = file.toAbsolutePath().toString();
            Integer count = left.get(name);
            if (count == null) {
                added.add(file);
            } else if (count == 1) {
                left.remove(name);
            } else {
                left.put(name, count - 1);
            }
        }
        return left.isEmpty() ? Optional.of(added) : Optional.empty();
    }

    private Digests digestsOf(Model model) {
        MessageDigest code = Sha256.digest();
        MessageDigest input = Sha256.digest();
        Sha256.update(code, codeOfAll);
        Sha256.update(code, model.path());
        Sha256.update(code, model.sql());
        for (String reference : reads(model).models()) {
            Digests read = digests.get(reference);
            Sha256.update(code, reference + "=" + read.code());
            Sha256.update(input, reference + "=" + read.output());
        }
        Reads reads = reads(model);
        for (String raw : reads.raw()) {
            Sha256.update(code, raw);
            RawView view = rawByName.get(raw);
            // a raw view this build did not make: its content is unknown, so the model is never kept
            Sha256.update(input, view != null ? view.statement() : raw + "@" + System.nanoTime());
        }
        for (String table : reads.meta()) {
            Sha256.update(code, table);
            Sha256.update(input, metaDigests.computeIfAbsent(table, this::contentDigest));
        }
        for (String source : reads.landedSources()) {
            Sha256.update(code, "landed_files:" + source);
            Sha256.update(
                    input,
                    metaDigests.computeIfAbsent(
                            "landed_files:" + source,
                            key -> contentDigest("(select * from meta.landed_file where source = '"
                                    + source.replace("'", "''") + "')")));
        }
        for (String variable : reads.settings()) {
            Sha256.update(code, variable);
            Sha256.update(input, variable + "=" + settings.get(variable));
        }
        String codeDigest = Sha256.hex(code);
        Sha256.update(input, codeDigest);
        String inputDigest = Sha256.hex(input);
        return new Digests(codeDigest, inputDigest, inputDigest);
    }

    /**
     * A table that reads a setting (the run date) is new each day by its input, though its rows mostly
     * are not: the models that read it take a digest of its rows instead, so they are kept when the
     * day changed nothing in it. Such tables are small (the calendar, the employees of the day).
     */
    private Digests withOutput(Model model, Digests now, Action action) {
        if (model.isView() || reads(model).settings().isEmpty()) {
            return now;
        }
        if (action == Action.KEPT) {
            return now.withOutput(last.digests(model.qualifiedName()).output());
        }
        return now.withOutput(contentDigest(model.qualifiedName()));
    }

    private boolean outputUnchanged(String model) {
        Digests before = last.digests(model);
        return before != null && before.output().equals(digests.get(model).output());
    }

    private String contentDigest(String table) {
        return contentDigest(handle, table);
    }

    /** The rows of {@code table} (a name or a parenthesised select) as a digest ({@link Sha256#ofRows}). */
    static String contentDigest(Handle handle, String table) {
        try {
            return Sha256.ofRows(handle, table);
        } catch (RuntimeException e) {
            return table + " unreadable@" + System.nanoTime();
        }
    }

    /**
     * What a model's SQL, its comments left out, reads: the models, the raw views over the landing
     * archive, the registry's tables ({@code meta.x}), the sources whose registry rows it reads through
     * {@code landed_files('<source>')}, and the settings it reads by {@code getvariable} or a macro that does.
     */
    private record Reads(
            Set<String> models, Set<String> raw, Set<String> meta, Set<String> landedSources, Set<String> settings) {

        boolean theRegistry() {
            return !meta.isEmpty() || !landedSources.isEmpty();
        }
    }

    /** What {@code model} reads, parsed once per build. */
    private Reads reads(Model model) {
        return reads.computeIfAbsent(model.qualifiedName(), name -> {
            String sql = code(model.sql());
            Set<String> models = new LinkedHashSet<>();
            for (String reference : references(sql, LAYER_PATTERN)) {
                if (!reference.equals(name) && byName.containsKey(reference)) {
                    models.add(reference);
                }
            }
            Set<String> sources = new LinkedHashSet<>();
            Matcher landed = LANDED_FILES.matcher(sql);
            while (landed.find()) {
                sources.add(landed.group(1));
            }
            Set<String> settings = new LinkedHashSet<>();
            variableMacros.forEach((macro, variable) -> {
                if (Pattern.compile("\\b" + macro + "\\s*\\(").matcher(sql).find()) {
                    settings.add(variable);
                }
            });
            Matcher getVariable = GET_VARIABLE.matcher(sql);
            while (getVariable.find()) {
                settings.add(getVariable.group(1));
            }
            return new Reads(models, references(sql, "raw"), references(sql, "meta"), sources, settings);
        });
    }

    /** What SQL, its comments left out, names in the schemas {@code pattern} matches. */
    static Set<String> references(String sql, String pattern) {
        Set<String> found = new LinkedHashSet<>();
        Matcher matcher = Pattern.compile("\\b(" + pattern + ")\\.(\\w+)\\b").matcher(code(sql));
        while (matcher.find()) {
            found.add(matcher.group(1) + "." + matcher.group(2));
        }
        return found;
    }

    /** The SQL without its {@code --} comments (a comment naming a registry table does not read it). */
    private static String code(String sql) {
        return sql.lines()
                .map(line -> {
                    int comment = line.indexOf("--");
                    boolean inText = comment >= 0
                            && line.substring(0, comment)
                                                    .chars()
                                                    .filter(c -> c == '\'')
                                                    .count()
                                            % 2
                                    == 1;
                    return comment < 0 || inText ? line : line.substring(0, comment);
                })
                .collect(Collectors.joining("\n"));
    }

    /** {@code sql} with the objects {@code names} maps replaced by what it maps them to. */
    static String rewrite(String sql, Map<String, String> names) {
        Matcher matcher =
                Pattern.compile("\\b(" + LAYER_PATTERN + "|raw)\\.(\\w+)\\b").matcher(sql);
        return matcher.replaceAll(found ->
                Matcher.quoteReplacement(names.getOrDefault(found.group(1) + "." + found.group(2), found.group())));
    }

    private String temporary(String kind, String name, String select) {
        handle.execute("create or replace temp " + kind + " " + name + " as\n" + select);
        temporaries.add(kind + " if exists " + name);
        return name;
    }

    static String matching(List<String> key, String left, String right) {
        return key.stream()
                .map(column -> left + "." + column + " is not distinct from " + right + "." + column)
                .collect(Collectors.joining(" and "));
    }

    static String flat(String qualifiedName) {
        return qualifiedName.replace('.', '_');
    }

    private static List<String> fileNames(List<Path> files) {
        return files.stream().map(file -> file.toAbsolutePath().toString()).toList();
    }

    private Map<String, String> existingObjects() {
        String layers =
                ModelBuild.LAYERS.stream().map(layer -> "'" + layer + "'").collect(Collectors.joining(", "));
        Map<String, String> objects = new LinkedHashMap<>();
        handle.createQuery("select schema_name || '.' || table_name, 'table' from duckdb_tables()"
                        + " where database_name = current_database() and not temporary and schema_name in (" + layers
                        + ") union all select schema_name || '.' || view_name, 'view' from duckdb_views()"
                        + " where database_name = current_database() and not temporary and not internal"
                        + " and schema_name in (" + layers + ")")
                .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getString(2)))
                .forEach(object -> objects.put(object.getKey(), object.getValue()));
        return objects;
    }

    /** Drops what an earlier build made of a model that is no longer in {@code sql/}. */
    private void dropModelsThatAreGone() {
        existing.entrySet().removeIf(object -> {
            if (byName.containsKey(object.getKey())) {
                return false;
            }
            handle.execute("drop " + object.getValue() + " if exists " + object.getKey() + " cascade");
            log.info("Dropped {} {}: its model is gone", object.getValue(), object.getKey());
            return true;
        });
    }
}
