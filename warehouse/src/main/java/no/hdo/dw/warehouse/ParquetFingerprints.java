package no.hdo.dw.warehouse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/**
 * What a published Parquet file holds, in one line: its columns with their types, its row count and
 * the sum of its rows' hashes (order-free, so equal content in another row order counts as equal). A
 * publication keeps them in {@value #FILE}, outside {@code parquet/} (Power BI reads that folder
 * whole), so that the next one can share an unchanged file instead of writing it again.
 */
final class ParquetFingerprints {

    static final String FILE = "parquet-fingerprints.tsv";

    /**
     * The build's output digest ({@code meta.model_build}) of each published table, so that the next
     * publication can copy a table whose digest is unchanged instead of computing its view again.
     */
    static final String MODEL_DIGESTS = "model-digests.tsv";

    /** Bumped when the way files are written changes (compression, writer), so that no file is shared across it. */
    private static final String WRITER = "snappy-1";

    private ParquetFingerprints() {}

    /** The fingerprint of {@code table} (database.schema.name). */
    static String of(Handle handle, String table) {
        String[] parts = table.split("\\.");
        String columns = handle.createQuery("""
                        select string_agg(column_name || ' ' || data_type, ', ' order by ordinal_position)
                        from information_schema.columns
                        where table_catalog = ? and table_schema = ? and table_name = ?""")
                .bind(0, parts[0])
                .bind(1, parts[1])
                .bind(2, parts[2])
                .mapTo(String.class)
                .one();
        String content = handle.createQuery(
                        "select count(*) || ' ' || coalesce(cast(sum(hash(row_of_table)) as varchar), '-') from "
                                + table + " as row_of_table")
                .mapTo(String.class)
                .one();
        return WRITER + " | " + columns + " | " + content;
    }

    /** The fingerprints a publication left, by file name; none for a publication from before them. */
    static Map<String, String> read(Path publication) {
        return read(publication, FILE);
    }

    /** The lines of one of a publication's {@code .tsv} files, as a map of their two fields. */
    static Map<String, String> read(Path publication, String name) {
        Path file = publication.resolve(name);
        Map<String, String> fingerprints = new LinkedHashMap<>();
        if (!Files.isRegularFile(file)) {
            return fingerprints;
        }
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                int tab = line.indexOf('\t');
                if (tab > 0) {
                    fingerprints.put(line.substring(0, tab), line.substring(tab + 1));
                }
            }
        } catch (IOException e) {
            // without them every file is written again: slower, never wrong
            return Map.of();
        }
        return fingerprints;
    }

    static void write(Path publication, Map<String, String> fingerprints) {
        write(publication, FILE, fingerprints);
    }

    static void write(Path publication, String name, Map<String, String> values) {
        List<String> lines = values.entrySet().stream()
                .map(entry -> entry.getKey() + "\t" + entry.getValue())
                .toList();
        try {
            Files.write(publication.resolve(name), lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + publication.resolve(name), e);
        }
    }
}
