package no.hdo.dw.jobs.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import no.hdo.dw.warehouse.DuckDbDatabase;
import no.hdo.dw.warehouse.Home;

/**
 * The content of a publication, for comparing two: every table of the published DuckDB file and
 * every Parquet export, as sorted rows of text. Columns that say when or by which run something
 * was published are left out, since they differ between runs by nature.
 */
public final class PublishedContent {

    private static final List<String> RUN_COLUMNS = List.of("run_id", "published_at", "data_run_id");

    private PublishedContent() {}

    public static Map<String, List<String>> of(Home home) {
        Map<String, List<String>> content = new TreeMap<>();
        try (DuckDbDatabase published = DuckDbDatabase.openReadOnly(home.publishedWarehouse())) {
            published.jdbi().useHandle(handle -> {
                List<String> tables = handle.createQuery(
                                "select schema_name || '.' || table_name from duckdb_tables() where database_name = current_database() order by 1")
                        .mapTo(String.class)
                        .list();
                for (String table : tables) {
                    content.put(table, rows(handle, table));
                }
            });
        }
        try (DuckDbDatabase scratch = DuckDbDatabase.inMemory();
                Stream<Path> files = Files.list(home.publishedParquet())) {
            for (Path file : files.filter(path -> path.toString().endsWith(".parquet"))
                    .sorted()
                    .toList()) {
                scratch.jdbi()
                        .useHandle(handle -> content.put(
                                "parquet:" + file.getFileName(),
                                rows(handle, "read_parquet('" + file.toAbsolutePath() + "')")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return content;
    }

    private static List<String> rows(org.jdbi.v3.core.Handle handle, String relation) {
        List<String> columns = handle.createQuery("select column_name from (describe select * from " + relation + ")")
                .mapTo(String.class)
                .list();
        List<String> kept = new ArrayList<>(columns);
        kept.removeAll(RUN_COLUMNS);
        if (kept.isEmpty()) {
            return List.of();
        }
        String select = String.join(
                " || '|' || ",
                kept.stream()
                        .map(column -> "coalesce(cast(\"" + column + "\" as varchar), '∅')")
                        .toList());
        return handle.createQuery("select " + select + " as row_text from " + relation + " order by 1")
                .mapTo(String.class)
                .list();
    }
}
