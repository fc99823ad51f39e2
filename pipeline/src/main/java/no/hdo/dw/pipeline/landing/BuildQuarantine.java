package no.hdo.dw.pipeline.landing;

import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records the quarantine that only the build can find: checks across records or feeds (turnus:
 * overlapping employment rows, a shift with no employment that day). A source states them as views
 * {@code intermediate.int_<source>__quarantined} with the columns of {@code meta.quarantined_record}
 * ({@code source, feed, file_name, sha256, record_no, field, value, reason}); the models leave those
 * rows out of everything they build. A row is recorded once, by the first run that finds it, with
 * {@code found_by = 'build'}, so the run report counts it where it is new.
 */
public final class BuildQuarantine {

    private static final Logger log = LoggerFactory.getLogger(BuildQuarantine.class);

    private BuildQuarantine() {}

    /** Inserts the rows of every quarantine view not yet in {@code meta.quarantined_record}; returns how many. */
    public static int record(Jdbi jdbi, long runId) {
        return jdbi.inTransaction(handle -> {
            List<String> views = handle.createQuery("""
                            select view_name from duckdb_views()
                             where database_name = current_database() and schema_name = 'intermediate'
                               and view_name like 'int\\_%\\_\\_quarantined' escape '\\' and not internal
                             order by view_name""").mapTo(String.class).list();
            int inserted = 0;
            for (String view : views) {
                inserted += handle.createUpdate("""
                                insert into meta.quarantined_record (source, feed, file_name, sha256, record_no, field, value, reason, run_id, found_by)
                                select found.source, found.feed, found.file_name, found.sha256, found.record_no, found.field, found.value,
                                       found.reason, :runId, 'build'
                                  from intermediate.<view> as found
                                 where not exists (
                                       select 1 from meta.quarantined_record as known
                                        where known.source = found.source and known.feed = found.feed and known.file_name = found.file_name
                                          and known.sha256 = found.sha256 and known.record_no = found.record_no
                                          and known.reason = found.reason)""")
                        .define("view", view)
                        .bind("runId", runId)
                        .execute();
            }
            if (inserted > 0) {
                log.info("Quarantined {} record(s) found by checks across records", inserted);
            }
            return inserted;
        });
    }
}
