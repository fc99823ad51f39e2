package no.hdo.dw.warehouse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes what analysts and the report author may read: the reporting tables and the bi views
 * (materialised as tables) in a DuckDB file, each bi view also as a Parquet file (Snappy, which Power
 * BI reads), the models' descriptions as the file's comments and as the data catalogue
 * ({@link Catalog}; the system property {@code hdo.dw.publish.no-catalog=true} leaves it out, to
 * measure it), the Power BI kit built from it in {@code powerbi/} ({@link PowerBiKit}; {@code
 * hdo.dw.publish.no-kit=true} leaves it out) and the manifest.
 *
 * <p>A publication is one folder, {@code publications/run-<N>/}, written whole under a hidden name
 * and renamed when complete; {@code published} is a relative symbolic link to it, replaced in one
 * rename. Readers keep the stable paths {@code published/warehouse.duckdb} and {@code
 * published/parquet/}, and whatever they open belongs to one night: there is no moment at which
 * the DuckDB file is of one night and a Parquet file of another. The publication before the current
 * one is kept (a reader that opened it goes on), older ones are deleted. A run that dies while
 * writing leaves a hidden folder, which the next run deletes; one that dies between its rename and
 * its link leaves a complete publication, which {@link #recover} links.
 */
public final class Publisher {

    private static final Logger log = LoggerFactory.getLogger(Publisher.class);
    private static final List<String> PUBLISHED_SCHEMAS = List.of("reporting", "bi");
    private static final Pattern PUBLICATION = Pattern.compile("run-(\\d+)");

    /** Part of each recorded digest: a new value, when how a table is published changes, copies none across it. */
    private static final String PUBLISHED_AS = "published-1";

    private Publisher() {}

    public record Publication(Path warehouse, List<Path> parquetFiles, int tables) {}

    public static Publication publish(Jdbi jdbi, Home home, long runId, LocalDate runDate) {
        return publish(jdbi, home, runId, runDate, Map.of());
    }

    /**
     * Publishes tonight's tables, but for the domains in {@code heldBack} (domain to the reason: the
     * failed data tests) the previous publication's tables and Parquet files as they were; a held
     * domain the previous publication does not have is left out. {@code bi.bi_domain_status} says per
     * domain which run its tables are from.
     */
    public static Publication publish(
            Jdbi jdbi, Home home, long runId, LocalDate runDate, Map<String, String> heldBack) {
        return publish(jdbi, home, runId, runDate, heldBack, true);
    }

    /**
     * As above; with {@code fromUnchanged} (every night but {@code --full-refresh}), a table whose
     * build output digest ({@code meta.model_build}) is the one the previous publication recorded
     * for it is copied from that publication, and its Parquet file shared, instead of computed again.
     */
    public static Publication publish(
            Jdbi jdbi, Home home, long runId, LocalDate runDate, Map<String, String> heldBack, boolean fromUnchanged) {
        home.create();
        log.info("Publishing ...");
        recover(home);
        Path previous = current(home);
        Path previousWarehouse = previous == null ? null : previous.resolve(WAREHOUSE_FILE);
        boolean fromPrevious =
                !heldBack.isEmpty() && previousWarehouse != null && Files.isRegularFile(previousWarehouse);
        Path folder = home.publications().resolve(".run-" + runId + ".tmp");
        Path complete = home.publications().resolve("run-" + runId);
        deleteTree(complete);
        createFolders(folder.resolve("parquet"));
        List<String[]> objects = jdbi.withHandle(handle -> handle.createQuery("""
                        select schema_name, table_name from duckdb_tables() where database_name = current_database() and schema_name in ('reporting', 'bi')
                        union all
                        select schema_name, view_name from duckdb_views() where database_name = current_database() and schema_name in ('bi') and not internal
                        order by 1, 2""")
                .map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2)})
                .list());
        List<String[]> tonight =
                objects.stream().filter(object -> !isHeldBack(object, heldBack)).toList();
        List<String[]> kept = new ArrayList<>();
        Map<String, String> digests = new java.util.TreeMap<>();
        Map<String, String> recordedDigests =
                previous == null ? Map.of() : ParquetFingerprints.read(previous, ParquetFingerprints.MODEL_DIGESTS);
        Map<String, String> previousDigests = fromUnchanged ? recordedDigests : Map.of();
        Map<String, String> outputs = builtOutputs(jdbi);
        Set<String> unchanged = new HashSet<>();
        boolean withPrevious = previousWarehouse != null && Files.isRegularFile(previousWarehouse);
        boolean withCatalog = !Boolean.getBoolean("hdo.dw.publish.no-catalog");
        // A night that may copy tables from the previous publication starts from a copy of its file and
        // drops what it does not keep: a file copy instead of the kept tables' rows copied one by one
        // (1.5 s for 53 tables at ten times the volume, against 0.1 s). A full refresh writes a new file.
        boolean fromCopy = withPrevious && fromUnchanged;
        if (fromCopy) {
            try {
                Files.copy(previousWarehouse, folder.resolve(WAREHOUSE_FILE));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot copy " + previousWarehouse + " into " + folder, e);
            }
        }
        jdbi.useHandle(handle -> {
            handle.execute(
                    "attach '" + DuckDbDatabase.sqlLiteral(folder.resolve(WAREHOUSE_FILE)) + "' as published_next");
            if (withPrevious) {
                handle.execute("attach '" + DuckDbDatabase.sqlLiteral(previousWarehouse)
                        + "' as published_previous (read_only)");
            }
            try {
                for (String schema : PUBLISHED_SCHEMAS) {
                    handle.execute("create schema if not exists published_next." + schema);
                }
                List<String> previousTables = withPrevious
                        ? handle.createQuery("""
                                select schema_name || '.' || table_name from duckdb_tables()
                                where database_name = 'published_previous'""").mapTo(String.class).list()
                        : List.of();
                // built from the same inputs as the previous publication's: its rows are these
                for (String[] object : tonight) {
                    String name = object[0] + "." + object[1];
                    String digest = outputs.get(name);
                    if (digest != null && digest.equals(previousDigests.get(name)) && previousTables.contains(name)) {
                        unchanged.add(name);
                    }
                }
                // a held domain keeps the previous publication's tables, and the run they are from
                if (fromPrevious) {
                    for (String[] object : objects) {
                        if (isHeldBack(object, heldBack) && previousTables.contains(object[0] + "." + object[1])) {
                            kept.add(object);
                        }
                    }
                }
                Set<String> fromThePrevious = new HashSet<>(unchanged);
                kept.forEach(object -> fromThePrevious.add(object[0] + "." + object[1]));
                for (String table : previousTables) {
                    if (fromCopy && !fromThePrevious.contains(table)) {
                        handle.execute("drop table published_next." + table);
                    } else if (!fromCopy && fromThePrevious.contains(table)) {
                        handle.execute("create table published_next." + table + " as select * from published_previous."
                                + table);
                    }
                }
                for (String[] object : tonight) {
                    String name = object[0] + "." + object[1];
                    String digest = outputs.get(name);
                    if (digest != null) {
                        digests.put(name, digest);
                    }
                    if (!unchanged.contains(name)) {
                        handle.execute("create table published_next." + name + " as select * from " + name);
                    }
                }
                log.info(
                        "Tables: {} computed, {} built from the same inputs as the previous publication's and {}",
                        tonight.size() - unchanged.size(),
                        unchanged.size(),
                        fromCopy ? "kept in a copy of its file" : "copied from it");
                Map<String, DataRun> dataRuns = new LinkedHashMap<>();
                for (String[] object : kept) {
                    String before = recordedDigests.get(object[0] + "." + object[1]);
                    if (before != null) {
                        digests.put(object[0] + "." + object[1], before);
                    }
                }
                if (fromPrevious) {
                    dataRuns.putAll(previousDataRuns(handle, previousTables));
                }
                // published_at in Oslo wall time: Power BI holds no time zone (outputs.md)
                handle.execute("create table published_next.bi.bi_publication as select " + runId
                        + "::bigint as run_id, date '" + runDate + "' as run_date,"
                        + " cast(timezone('Europe/Oslo', current_timestamp) as timestamp) as published_at");
                handle.execute("create table published_next.bi.bi_domain_status (domain varchar, status varchar,"
                        + " data_run_id bigint, data_run_date date, reason varchar)");
                for (String domain : Domains.ALL) {
                    boolean held = heldBack.containsKey(domain);
                    DataRun before = dataRuns.getOrDefault(domain, new DataRun(null, null));
                    handle.createUpdate("insert into published_next.bi.bi_domain_status values (?, ?, ?, ?, ?)")
                            .bind(0, domain)
                            .bind(1, held ? "held back" : "published")
                            .bind(2, held ? before.runId() : Long.valueOf(runId))
                            .bind(3, held ? before.runDate() : runDate)
                            .bind(4, held ? heldBack.get(domain) : null)
                            .execute();
                }
                // in Parquet too: the Power BI kit reads every bi table from its file
                for (String table : List.of("bi_publication", "bi_domain_status")) {
                    handle.execute("copy published_next.bi." + table + " to '"
                            + DuckDbDatabase.sqlLiteral(
                                    folder.resolve("parquet").resolve(table + ".parquet"))
                            + "' (format parquet, compression snappy)");
                }
                if (withCatalog) {
                    long catalogStarted = System.nanoTime();
                    Catalog catalog = Catalog.read(handle, "published_next", runId, runDate);
                    catalog.comment(handle, "published_next");
                    catalog.write(folder.resolve("catalog.md"), folder.resolve("catalog.json"));
                    log.info(
                            "Described {} tables in the catalogue in {} s",
                            catalog.entries().size(),
                            String.format("%.2f", (System.nanoTime() - catalogStarted) / 1e9));
                    if (!Boolean.getBoolean("hdo.dw.publish.no-kit")) {
                        long kitStarted = System.nanoTime();
                        PowerBiKit.Model model = PowerBiKit.write(
                                catalog,
                                folder.resolve("powerbi"),
                                home.publishedParquet().toString() + java.io.File.separator);
                        log.info(
                                "Wrote the Power BI kit ({} tables, {} relationships, {} measures) in {} s",
                                model.tables().size(),
                                model.relationships().size(),
                                model.measures().size(),
                                String.format("%.2f", (System.nanoTime() - kitStarted) / 1e9));
                    }
                }
                handle.execute("checkpoint published_next");
            } finally {
                handle.execute("detach published_next");
                if (withPrevious) {
                    handle.execute("detach published_previous");
                }
            }
        });

        List<Path> parquetFiles = new ArrayList<>(List.of(
                home.publishedParquet().resolve("bi_publication.parquet"),
                home.publishedParquet().resolve("bi_domain_status.parquet")));
        Map<String, String> previousFingerprints = previous == null ? Map.of() : ParquetFingerprints.read(previous);
        Map<String, String> fingerprints = new java.util.TreeMap<>();
        int[] written = {0, 0};
        jdbi.useHandle(handle -> {
            handle.execute("attach '" + DuckDbDatabase.sqlLiteral(folder.resolve(WAREHOUSE_FILE))
                    + "' as published_next (read_only)");
            try {
                List<String[]> parquetObjects = new ArrayList<>(tonight);
                parquetObjects.addAll(kept);
                for (String[] object : parquetObjects) {
                    if (!object[0].equals("bi")) {
                        continue;
                    }
                    String file = object[1] + ".parquet";
                    Path target = folder.resolve("parquet").resolve(file);
                    String table = "published_next.bi." + object[1];
                    Path before = previous == null
                            ? null
                            : previous.resolve("parquet").resolve(file);
                    String name = object[0] + "." + object[1];
                    // equal content as last night: the file is shared with the previous publication, not written
                    String fingerprint = unchanged.contains(name) && previousFingerprints.containsKey(file)
                            ? previousFingerprints.get(file)
                            : ParquetFingerprints.of(handle, table);
                    fingerprints.put(file, fingerprint);
                    if (fingerprint.equals(previousFingerprints.get(file)) && Files.isRegularFile(before)) {
                        shareOrCopy(before, target);
                        written[1]++;
                    } else {
                        handle.execute("copy " + table + " to '" + DuckDbDatabase.sqlLiteral(target)
                                + "' (format parquet, compression snappy)");
                        written[0]++;
                    }
                    parquetFiles.add(home.publishedParquet().resolve(file));
                }
            } finally {
                handle.execute("detach published_next");
            }
        });
        ParquetFingerprints.write(folder, fingerprints);
        ParquetFingerprints.write(folder, ParquetFingerprints.MODEL_DIGESTS, digests);
        log.info(
                "Parquet: {} files written, {} unchanged since the previous publication and shared with it",
                written[0],
                written[1]);
        List<String[]> published = new ArrayList<>(tonight);
        published.addAll(kept);
        published.sort(Comparator.comparing((String[] object) -> object[0]).thenComparing(object -> object[1]));
        writeManifest(folder.resolve("manifest.json"), runId, runDate, published);

        // Every file is complete: the folder gets its name, then the link turns to it in one rename.
        move(folder, complete);
        log.info("Publication {} written; linking it", complete.getFileName());
        link(home, complete);
        deleteOlderPublications(home);
        int tables = published.size() + 2;
        if (heldBack.isEmpty()) {
            log.info(
                    "Published {} tables to {} and {} Parquet files",
                    tables,
                    home.publishedWarehouse(),
                    parquetFiles.size());
        } else {
            log.info(
                    "Published {} tables to {} and {} Parquet files; held back {} (of them {} tables kept as"
                            + " the previous publication had them)",
                    tables,
                    home.publishedWarehouse(),
                    parquetFiles.size(),
                    heldBack.keySet(),
                    kept.size());
        }
        return new Publication(home.publishedWarehouse(), parquetFiles, tables);
    }

    /** The run a domain's published tables are from. */
    /**
     * Each model's output digest from the last build ({@code meta.model_build}), with the version of
     * how tables are published; none when the warehouse has no build state.
     */
    private static Map<String, String> builtOutputs(Jdbi jdbi) {
        return jdbi.withHandle(handle -> {
            Map<String, String> outputs = new HashMap<>();
            if (DuckDbDatabase.hasTable(handle, "meta", "model_build")) {
                handle.createQuery("select model_name, output_sha256 from meta.model_build")
                        .map((rs, ctx) -> Map.entry(rs.getString(1), PUBLISHED_AS + " " + rs.getString(2)))
                        .forEach(model -> outputs.put(model.getKey(), model.getValue()));
            }
            return outputs;
        });
    }

    private record DataRun(Long runId, LocalDate runDate) {}

    /** Per domain, the run its tables of the previous publication are from (its own status, else its run). */
    private static Map<String, DataRun> previousDataRuns(org.jdbi.v3.core.Handle handle, List<String> previousTables) {
        Map<String, DataRun> runs = new LinkedHashMap<>();
        if (previousTables.contains("bi.bi_domain_status")) {
            handle.createQuery("select domain, data_run_id, data_run_date from published_previous.bi.bi_domain_status")
                    .map((rs, ctx) -> Map.entry(
                            rs.getString(1), new DataRun((Long) rs.getObject(2), rs.getObject(3, LocalDate.class))))
                    .forEach(run -> runs.put(run.getKey(), run.getValue()));
        } else if (previousTables.contains("bi.bi_publication")) {
            DataRun run = handle.createQuery("select run_id, run_date from published_previous.bi.bi_publication")
                    .map((rs, ctx) -> new DataRun(rs.getLong(1), rs.getObject(2, LocalDate.class)))
                    .one();
            Domains.ALL.forEach(domain -> runs.put(domain, run));
        }
        return runs;
    }

    /** Whether the object (a reporting table or bi view) belongs to a domain held back tonight. */
    private static boolean isHeldBack(String[] object, Map<String, String> heldBack) {
        String domain = Domains.of(object[1]);
        return domain != null && heldBack.containsKey(domain);
    }

    /**
     * A hard link to the previous publication's file (no bytes written; each publication still holds a
     * whole file that outlives the other's deletion), or a copy where the file system has no hard links.
     */
    private static void shareOrCopy(Path from, Path to) {
        try {
            Files.createLink(to, from);
        } catch (IOException | UnsupportedOperationException e) {
            try {
                Files.copy(from, to, StandardCopyOption.COPY_ATTRIBUTES);
            } catch (IOException copyFailed) {
                throw new UncheckedIOException("cannot copy " + from + " to " + to, copyFailed);
            }
        }
    }

    /**
     * Tidies what a run that died while publishing left: its hidden half-written folder goes; a
     * complete publication newer than the linked one (the run died between its rename and its link)
     * is linked, as the run would have done.
     */
    public static void recover(Home home) {
        if (!Files.isDirectory(home.publications())) {
            return;
        }
        for (Path path : list(home.publications())) {
            if (path.getFileName().toString().startsWith(".")) {
                deleteTree(path);
            }
        }
        deleteTree(home.root().resolve(LINK_TEMPORARY));
        List<Path> publications = publications(home);
        if (publications.isEmpty()) {
            return;
        }
        Path newest = publications.get(publications.size() - 1);
        if (!newest.equals(current(home))) {
            log.info("Linking {}, which a run that died after writing it did not link", newest);
            link(home, newest);
            deleteOlderPublications(home);
        }
    }

    private static final String WAREHOUSE_FILE = "warehouse.duckdb";
    private static final String LINK_TEMPORARY = ".published.link.tmp";

    /** The complete publications, oldest first. */
    private static List<Path> publications(Home home) {
        return list(home.publications()).stream()
                .filter(path ->
                        PUBLICATION.matcher(path.getFileName().toString()).matches())
                .sorted(Comparator.comparingLong(Publisher::runIdOf))
                .toList();
    }

    private static long runIdOf(Path publication) {
        Matcher matcher = PUBLICATION.matcher(publication.getFileName().toString());
        return matcher.matches() ? Long.parseLong(matcher.group(1)) : -1;
    }

    /** The publication {@code published} points to, or null when there is none (or it is a folder of old). */
    private static Path current(Home home) {
        Path published = home.published();
        if (!Files.isSymbolicLink(published)) {
            return null;
        }
        try {
            return published.resolveSibling(Files.readSymbolicLink(published)).normalize();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the link " + published, e);
        }
    }

    /**
     * Turns {@code published} to {@code publication}: a new relative link (so the home can move as a
     * folder) renamed over the old one. A {@code published} folder of the layout before publications
     * is moved in among them first, once.
     */
    private static void link(Home home, Path publication) {
        Path published = home.published();
        if (Files.isDirectory(published, LinkOption.NOFOLLOW_LINKS)) {
            Path former = home.publications().resolve("run-0");
            log.info("Moving the publication folder of the former layout to {}", former);
            deleteTree(former);
            move(published, former);
        }
        Path temporary = home.root().resolve(LINK_TEMPORARY);
        deleteTree(temporary);
        try {
            Files.createSymbolicLink(temporary, home.root().relativize(publication));
        } catch (IOException | UnsupportedOperationException e) {
            throw new WarehouseException(
                    "cannot make the link " + published + " to the new publication "
                            + publication + ": the home needs a file system with symbolic links ("
                            + (e instanceof IOException io ? Errors.ioReason(io) : e.getMessage()) + ")",
                    e);
        }
        move(temporary, published);
    }

    /** Keeps the linked publication and the one before it. */
    private static void deleteOlderPublications(Home home) {
        Path current = current(home);
        List<Path> older = publications(home).stream()
                .filter(path -> !path.equals(current) && (current == null || runIdOf(path) < runIdOf(current)))
                .toList();
        for (int i = 0; i < older.size() - 1; i++) {
            try {
                deleteTree(older.get(i));
            } catch (UncheckedIOException e) {
                // a reader may still hold it where open files cannot be deleted: the next run tries again
                log.warn("Could not delete the old publication {} yet: {}", older.get(i), e.getMessage());
            }
        }
    }

    private static void writeManifest(Path file, long runId, LocalDate runDate, List<String[]> objects) {
        StringBuilder json = new StringBuilder();
        json.append("{\n  \"run_id\": ")
                .append(runId)
                .append(",\n  \"run_date\": \"")
                .append(runDate)
                .append("\",\n  \"objects\": [");
        for (int i = 0; i < objects.size(); i++) {
            json.append(i == 0 ? "\n" : ",\n")
                    .append("    \"")
                    .append(objects.get(i)[0])
                    .append('.')
                    .append(objects.get(i)[1])
                    .append('"');
        }
        json.append("\n  ]\n}\n");
        try {
            Files.writeString(file, json, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void move(Path from, Path to) {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move " + from + " to " + to, e);
        }
    }

    private static List<Path> list(Path folder) {
        try (Stream<Path> paths = Files.list(folder)) {
            return paths.toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
    }

    private static void createFolders(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + folder, e);
        }
    }

    private static void deleteTree(Path path) {
        try {
            Folders.deleteTree(path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + path, e);
        }
    }
}
