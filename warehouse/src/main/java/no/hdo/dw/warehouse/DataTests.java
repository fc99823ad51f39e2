package no.hdo.dw.warehouse;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.hdo.dw.warehouse.internal.Sha256;
import no.hdo.dw.warehouse.internal.SqlResources;
import no.hdo.dw.warehouse.internal.SqlResources.SqlFile;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The data tests under {@code sql/tests/}: each file is a query that returns the offending rows.
 * Any row is a failure, and a failure stops its domain before publishing (Domains).
 */
public final class DataTests {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(DataTests.class);
    private static final int SAMPLE_ROWS = 5;

    private DataTests() {}

    public record Failure(String test, long offendingRows, List<Map<String, Object>> sample) {

        public String describe() {
            return test + ": " + offendingRows + " offending row(s), e.g. " + sample;
        }
    }

    public static List<SqlFile> tests() {
        return SqlResources.list("tests");
    }

    /**
     * Runs every test; returns the failures (empty when all pass). A test that passed before over the
     * same inputs (the code and what the last build made of every model it names, {@code
     * meta.model_build}; the registry's rows when it reads them) is not run again: it would pass again.
     * A test that says it {@linkplain #checksEachKeyApart checks each key apart}, reads one model and
     * passed over that model as it was before tonight's merge of it runs over the merged keys only
     * ({@code meta.model_merge}): the rows of the other keys are the ones it passed over.
     */
    public static List<Failure> run(Jdbi jdbi) {
        List<SqlFile> tests = tests();
        List<Failure> failures = new ArrayList<>();
        log.info("Running {} data tests ...", tests.size());
        jdbi.useHandle(handle -> {
            Map<String, String> outputs = new HashMap<>();
            Map<String, String> passedBefore = new HashMap<>();
            Map<String, Merge> merges = new HashMap<>();
            boolean remembers = DuckDbDatabase.hasTable(handle, "meta", "model_build")
                    && DuckDbDatabase.hasTable(handle, "meta", "data_test_passed");
            if (remembers) {
                handle.createQuery("select model_name, output_sha256 from meta.model_build")
                        .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getString(2)))
                        .forEach(model -> outputs.put(model.getKey(), model.getValue()));
                handle.createQuery("select test_name, input_sha256 from meta.data_test_passed")
                        .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getString(2)))
                        .forEach(test -> passedBefore.put(test.getKey(), test.getValue()));
            }
            if (remembers && DuckDbDatabase.hasTable(handle, "meta", "model_merge")) {
                handle.createQuery("select model_name, merged_from_output_sha256, key_table from meta.model_merge")
                        .map((rs, ctx) -> new Merge(rs.getString(1), rs.getString(2), rs.getString(3)))
                        .forEach(merge -> merges.put(merge.model(), merge));
            }
            String codeOfAll = IncrementalBuild.codeOfAll();
            Map<String, String> passed = new LinkedHashMap<>();
            int skipped = 0;
            int overMergedKeys = 0;
            for (SqlFile test : tests) {
                String name = test.path().replaceFirst("^tests/", "").replaceFirst("\\.sql$", "");
                String sql = ModelBuild.stripTrailingSemicolon(test.text());
                String digest = remembers ? digest(handle, codeOfAll, sql, outputs) : null;
                if (digest != null && digest.equals(passedBefore.get(name))) {
                    passed.put(name, digest);
                    skipped++;
                    continue;
                }
                Merge merge = digest == null
                        ? null
                        : mergeItPassedBefore(handle, codeOfAll, test, outputs, merges, passedBefore.get(name));
                if (merge != null) {
                    sql = IncrementalBuild.rewrite(sql, Map.of(merge.model(), overMergedKeys(handle, merge)));
                    overMergedKeys++;
                }
                long count = handle.createQuery("select count(*) from (" + sql + "\n) offending")
                        .mapTo(Long.class)
                        .one();
                if (count > 0) {
                    List<Map<String, Object>> sample = handle.createQuery(
                                    "select * from (" + sql + "\n) offending limit " + SAMPLE_ROWS)
                            .mapToMap()
                            .list();
                    failures.add(new Failure(name, count, sample));
                } else if (digest != null) {
                    passed.put(name, digest);
                }
            }
            if (remembers) {
                handle.useTransaction(transaction -> {
                    transaction.execute("delete from meta.data_test_passed");
                    passed.forEach((test, digest) -> transaction
                            .createUpdate("insert into meta.data_test_passed values (:test, :digest)")
                            .bind("test", test)
                            .bind("digest", digest)
                            .execute());
                });
            }
            if (skipped > 0) {
                log.info("{} data test(s) passed before over the same inputs and were not run again", skipped);
            }
            if (overMergedKeys > 0) {
                log.info("{} data test(s) ran over the keys merged tonight only", overMergedKeys);
            }
            handle.execute("drop view if exists data_test__merged_rows");
        });
        return failures;
    }

    /** A model the last build merged: its output digest before, and the table of the keys it rewrote. */
    private record Merge(String model, String fromOutput, String keyTable) {}

    /**
     * A test that says, in a comment line of its own, {@code -- Checks each key apart}: the offending
     * rows of a key of the one model it reads come from that key's rows only (a uniqueness test, a
     * test of each row).
     */
    static boolean checksEachKeyApart(SqlFile test) {
        return test.text().lines().anyMatch(line -> line.strip().startsWith("-- Checks each key apart"));
    }

    /**
     * The merge of the one model {@code test} reads, if the test checks each key apart and passed over
     * that model as it was before the merge (its digest then is the one it passed with); else null.
     */
    private static Merge mergeItPassedBefore(
            Handle handle,
            String codeOfAll,
            SqlFile test,
            Map<String, String> outputs,
            Map<String, Merge> merges,
            String passedWith) {
        if (passedWith == null || !checksEachKeyApart(test)) {
            return null;
        }
        String sql = ModelBuild.stripTrailingSemicolon(test.text());
        var reads = IncrementalBuild.references(sql, String.join("|", ModelBuild.LAYERS));
        if (reads.size() != 1 || !IncrementalBuild.references(sql, "meta").isEmpty()) {
            return null;
        }
        Merge merge = merges.get(reads.iterator().next());
        if (merge == null) {
            return null;
        }
        Map<String, String> before = new HashMap<>(outputs);
        before.put(merge.model(), merge.fromOutput());
        return passedWith.equals(digest(handle, codeOfAll, sql, before)) ? merge : null;
    }

    /** A view of the rows of the keys the merge rewrote. */
    private static String overMergedKeys(Handle handle, Merge merge) {
        List<String> key = handle.createQuery("select column_name from duckdb_columns()"
                        + " where database_name = current_database() and schema_name || '.' || table_name = :table"
                        + " order by column_index")
                .bind("table", merge.keyTable())
                .mapTo(String.class)
                .list();
        handle.execute("create or replace temp view data_test__merged_rows as select merged.* from " + merge.model()
                + " as merged semi join " + merge.keyTable() + " as changed on "
                + IncrementalBuild.matching(key, "merged", "changed"));
        return "data_test__merged_rows";
    }

    /** What a test reads, as a digest; null when it reads something the build does not describe. */
    private static String digest(Handle handle, String codeOfAll, String sql, Map<String, String> outputs) {
        MessageDigest digest = Sha256.digest();
        Sha256.update(digest, codeOfAll);
        Sha256.update(digest, sql);
        for (String reference : IncrementalBuild.references(sql, String.join("|", ModelBuild.LAYERS))) {
            String output = outputs.get(reference);
            if (output == null) {
                return null;
            }
            Sha256.update(digest, reference + "=" + output);
        }
        if (!IncrementalBuild.references(sql, "raw").isEmpty()) {
            return null;
        }
        for (String table : IncrementalBuild.references(sql, "meta")) {
            Sha256.update(digest, table + "=" + IncrementalBuild.contentDigest(handle, table));
        }
        return Sha256.hex(digest);
    }
}
