package no.hdo.dw.warehouse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes what analysts and the report author may read: the reporting tables and the bi views
 * (materialised as tables) go into a new DuckDB file, which then replaces
 * {@code published/warehouse.duckdb} in one rename; each bi view is also written as a Parquet file
 * (Snappy, which Power BI reads). The models' descriptions go into the new file as comments and into
 * the data catalogue, {@code published/catalog.md} and {@code catalog.json} ({@link Catalog}); the
 * system property {@code hdo.dw.publish.no-catalog=true} leaves the catalogue out (to measure it).
 *
 * <p>A reader that has the old file open keeps reading the old file; a run that fails before the
 * swaps leaves the previous publication as it was. The swaps are noted in a journal first, so a run
 * that dies half-way through them is completed by the next run.
 */
public final class Publisher {

    private static final Logger log = LoggerFactory.getLogger(Publisher.class);
    private static final List<String> PUBLISHED_SCHEMAS = List.of("reporting", "bi");

    private Publisher() {}

    public record Publication(Path warehouse, List<Path> parquetFiles, int tables) {}

    public static Publication publish(Jdbi jdbi, Home home, long runId, LocalDate runDate) {
        home.create();
        log.info("Publishing ...");
        // First finish what a run that died while swapping left, then clear its half-written files.
        recover(home);
        deleteStaleTemporaries(home.published());
        deleteStaleTemporaries(home.publishedParquet());
        Path target = home.publishedWarehouse();
        Path next = home.published().resolve(".warehouse-" + runId + ".duckdb.tmp");
        List<String[]> objects = jdbi.withHandle(handle -> handle.createQuery("""
                        select schema_name, table_name from duckdb_tables() where database_name = current_database() and schema_name in ('reporting')
                        union all
                        select schema_name, view_name from duckdb_views() where database_name = current_database() and schema_name in ('bi') and not internal
                        order by 1, 2""")
                .map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2)})
                .list());
        Map<Path, Path> swaps = new LinkedHashMap<>();
        boolean withCatalog = !Boolean.getBoolean("hdo.dw.publish.no-catalog");
        Path catalogMarkdown = home.published().resolve(".catalog.md.tmp");
        Path catalogJson = home.published().resolve(".catalog.json.tmp");
        jdbi.useHandle(handle -> {
            handle.execute("attach '" + DuckDbDatabase.sqlLiteral(next) + "' as published_next");
            try {
                for (String schema : PUBLISHED_SCHEMAS) {
                    handle.execute("create schema published_next." + schema);
                }
                for (String[] object : objects) {
                    String name = object[0] + "." + object[1];
                    handle.execute("create table published_next." + name + " as select * from " + name);
                }
                // published_at in Oslo wall time: Power BI holds no time zone (outputs.md)
                handle.execute("create table published_next.bi.bi_publication as select " + runId
                        + "::bigint as run_id, date '" + runDate + "' as run_date,"
                        + " cast(timezone('Europe/Oslo', current_timestamp) as timestamp) as published_at");
                if (withCatalog) {
                    long catalogStarted = System.nanoTime();
                    Catalog catalog = Catalog.read(handle, "published_next", runId, runDate);
                    catalog.comment(handle, "published_next");
                    catalog.write(catalogMarkdown, catalogJson);
                    log.info(
                            "Described {} tables in the catalogue in {} s",
                            catalog.entries().size(),
                            String.format("%.2f", (System.nanoTime() - catalogStarted) / 1e9));
                }
                handle.execute("checkpoint published_next");
            } finally {
                handle.execute("detach published_next");
            }
        });
        swaps.put(next, target);
        if (withCatalog) {
            swaps.put(catalogMarkdown, home.published().resolve("catalog.md"));
            swaps.put(catalogJson, home.published().resolve("catalog.json"));
        }

        List<Path> parquetFiles = new ArrayList<>();
        Path parquetFolder = home.publishedParquet();
        jdbi.useHandle(handle -> {
            for (String[] object : objects) {
                if (!object[0].equals("bi")) {
                    continue;
                }
                Path file = parquetFolder.resolve(object[1] + ".parquet");
                Path temporary = parquetFolder.resolve("." + object[1] + ".parquet.tmp");
                handle.execute("copy (select * from bi." + object[1] + ") to '" + DuckDbDatabase.sqlLiteral(temporary)
                        + "' (format parquet, compression snappy)");
                swaps.put(temporary, file);
                parquetFiles.add(file);
            }
        });
        swaps.put(writeManifest(home, runId, runDate, objects), home.published().resolve("manifest.json"));

        // Every new file is complete: note the swaps, then make them. A crash from here on is rolled
        // forward by the next run (recover), so the files of two publications are never left mixed.
        writeJournal(home, swaps);
        recover(home);
        log.info("Published {} tables to {} and {} Parquet files", objects.size() + 1, target, parquetFiles.size());
        return new Publication(target, parquetFiles, objects.size() + 1);
    }

    /** Completes the swaps of a publication that was interrupted after all its files were written. */
    public static void recover(Home home) {
        Path journal = journal(home);
        if (!Files.exists(journal)) {
            return;
        }
        try {
            for (String line : Files.readAllLines(journal, StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                String[] paths = line.split("\t");
                Path from = Path.of(paths[0]);
                if (Files.exists(from)) {
                    move(from, Path.of(paths[1]));
                }
            }
            Files.delete(journal);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot complete the publication noted in " + journal, e);
        }
    }

    private static Path journal(Home home) {
        return home.published().resolve(".publication-swaps");
    }

    private static void writeJournal(Home home, Map<Path, Path> swaps) {
        StringBuilder text = new StringBuilder();
        swaps.forEach((from, to) -> text.append(from.toAbsolutePath())
                .append('\t')
                .append(to.toAbsolutePath())
                .append('\n'));
        Path temporary = home.published().resolve(".publication-swaps.tmp");
        try {
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        move(temporary, journal(home));
    }

    private static Path writeManifest(Home home, long runId, LocalDate runDate, List<String[]> objects) {
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
        Path temporary = home.published().resolve(".manifest.json.tmp");
        try {
            Files.writeString(temporary, json, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return temporary;
    }

    private static void move(Path from, Path to) {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move " + from + " to " + to, e);
        }
    }

    /** The half-written files of runs that died while publishing: hidden {@code .tmp} files (and a DuckDB WAL). */
    private static void deleteStaleTemporaries(Path published) {
        try (DirectoryStream<Path> stale = Files.newDirectoryStream(published, ".*.tmp*")) {
            for (Path path : stale) {
                deleteQuietly(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + published, e);
        }
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
