package no.hdo.dw.warehouse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.hdo.dw.warehouse.internal.SqlResources;
import no.hdo.dw.warehouse.internal.SqlResources.SqlFile;
import org.jdbi.v3.core.Jdbi;

/**
 * The data tests under {@code sql/tests/}: each file is a query that returns the offending rows.
 * Any row is a failure, and a failure stops the run before publishing.
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

    /** Runs every test; returns the failures (empty when all pass). */
    public static List<Failure> run(Jdbi jdbi) {
        List<Failure> failures = new ArrayList<>();
        List<SqlFile> tests = tests();
        log.info("Running {} data tests ...", tests.size());
        jdbi.useHandle(handle -> {
            for (SqlFile test : tests) {
                String sql = ModelBuild.stripTrailingSemicolon(test.text());
                long count = handle.createQuery("select count(*) from (" + sql + "\n) offending")
                        .mapTo(Long.class)
                        .one();
                if (count > 0) {
                    List<Map<String, Object>> sample = handle.createQuery(
                                    "select * from (" + sql + "\n) offending limit " + SAMPLE_ROWS)
                            .mapToMap()
                            .list();
                    failures.add(new Failure(
                            test.path().replaceFirst("^tests/", "").replaceFirst("\\.sql$", ""), count, sample));
                }
            }
        });
        return failures;
    }
}
