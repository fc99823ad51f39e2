package no.hdo.dw.pipeline.landing;

import java.nio.file.Path;
import java.util.List;
import no.hdo.dw.warehouse.DuckDbDatabase;
import org.jdbi.v3.core.Jdbi;

/**
 * The landing registry in the work warehouse ({@code meta} schema): which files are landed or
 * rejected, what each run did with each file, and the quarantine. Registering a landed file and its
 * quarantined records is one transaction, so a file is in the archive whole or not at all.
 */
public final class LandingRegistry {

    /**
     * What a run did with a file, one value: {@code STARTED} is written before the file is read and
     * stays only if the run died on it; {@code NOT_TAKEN} is what the inbox held outside the feeds.
     */
    public enum Outcome {
        STARTED,
        LANDED,
        SKIPPED,
        REJECTED,
        FAILED,
        NOT_TAKEN
    }

    /** What is known of a delivery (a file name): landed or rejected, with which content. */
    public record KnownFile(String fileName, String sha256, Outcome outcome, String reason) {}

    public record Counts(long read, long accepted, long quarantined) {

        public static final Counts NONE = new Counts(0, 0, 0);
    }

    public record LandedFile(FeedId feed, String fileName, String sha256, Path archivePath) {}

    private final Jdbi jdbi;
    private final Path landingRoot;

    /** Archive paths are kept relative to {@code landingRoot}, so a home can be moved or restored elsewhere. */
    public LandingRegistry(Jdbi jdbi, Path landingRoot) {
        this.jdbi = jdbi;
        this.landingRoot = landingRoot.toAbsolutePath();
    }

    /**
     * Every delivery of the feed landed or rejected before, by file name (a delivery is a file name),
     * in one query for the whole feed.
     */
    public java.util.Map<String, KnownFile> knownFiles(FeedId feed) {
        java.util.Map<String, KnownFile> known = new java.util.HashMap<>();
        jdbi.useHandle(handle -> handle.createQuery("""
                        select file_name, sha256, 'LANDED' as outcome, null as reason from meta.landed_file
                         where source = :source and feed = :feed
                        union all
                        select file_name, sha256, 'REJECTED', reason from meta.rejected_file
                         where source = :source and feed = :feed""")
                .bind("source", feed.source())
                .bind("feed", feed.feed())
                .map((rs, ctx) -> new KnownFile(
                        rs.getString(1), rs.getString(2), Outcome.valueOf(rs.getString(3)), rs.getString(4)))
                .forEach(file -> known.merge(
                        file.fileName(), file, (first, other) -> first.outcome() == Outcome.LANDED ? first : other)));
        return known;
    }

    /** A file's content hash as it was last computed, with the size and modification time it had then. */
    public record Fingerprint(String fileName, long sizeBytes, long modifiedAtNanos, String sha256) {}

    /** The fingerprints of the feed's files as they were last hashed, by file name, in one query. */
    public java.util.Map<String, Fingerprint> fingerprints(FeedId feed) {
        java.util.Map<String, Fingerprint> fingerprints = new java.util.HashMap<>();
        jdbi.useHandle(handle -> handle.createQuery("""
                        select file_name, size_bytes, modified_at_nanos, sha256 from meta.file_fingerprint
                         where source = :source and feed = :feed""")
                .bind("source", feed.source())
                .bind("feed", feed.feed())
                .map((rs, ctx) -> new Fingerprint(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getString(4)))
                .forEach(fingerprint -> fingerprints.put(fingerprint.fileName(), fingerprint)));
        return fingerprints;
    }

    /** Keeps the fingerprints of the files hashed tonight, in one transaction. */
    public void rememberFingerprints(FeedId feed, List<Fingerprint> hashed) {
        if (hashed.isEmpty()) {
            return;
        }
        // one statement per 500 files, in one transaction: a JDBC batch is a statement per row to DuckDB
        jdbi.useTransaction(handle -> {
            for (int from = 0; from < hashed.size(); from += 500) {
                List<Fingerprint> chunk = hashed.subList(from, Math.min(hashed.size(), from + 500));
                StringBuilder sql = new StringBuilder("insert or replace into meta.file_fingerprint"
                        + " (source, feed, file_name, size_bytes, modified_at_nanos, sha256) values ");
                for (int index = 0; index < chunk.size(); index++) {
                    sql.append(index == 0 ? "" : ", ")
                            .append("(:source, :feed, :file")
                            .append(index);
                    sql.append(", :size").append(index).append(", :modified").append(index);
                    sql.append(", :sha").append(index).append(')');
                }
                var update = handle.createUpdate(sql.toString())
                        .bind("source", feed.source())
                        .bind("feed", feed.feed());
                for (int index = 0; index < chunk.size(); index++) {
                    Fingerprint fingerprint = chunk.get(index);
                    update.bind("file" + index, fingerprint.fileName())
                            .bind("size" + index, fingerprint.sizeBytes())
                            .bind("modified" + index, fingerprint.modifiedAtNanos())
                            .bind("sha" + index, fingerprint.sha256());
                }
                update.execute();
            }
        });
    }

    /** A file of a feed with its content, as the runs that died on it are kept. */
    public record Content(String fileName, String sha256) {}

    /**
     * The earlier runs that started landing each file of the feed (name and content) and never finished
     * it: they died on it (killed, out of memory), oldest first. Only one run works on a home at a time,
     * so none of them is alive.
     */
    public java.util.Map<Content, List<Long>> runsThatDiedLanding(FeedId feed, long currentRunId) {
        java.util.Map<Content, List<Long>> died = new java.util.HashMap<>();
        jdbi.useHandle(handle -> handle.createQuery("""
                        select file_name, sha256, run_id from meta.file_event
                         where source = :source and feed = :feed and outcome = 'STARTED' and run_id <> :runId
                         order by file_name, sha256, run_id""")
                .bind("source", feed.source())
                .bind("feed", feed.feed())
                .bind("runId", currentRunId)
                .map((rs, ctx) -> java.util.Map.entry(new Content(rs.getString(1), rs.getString(2)), rs.getLong(3)))
                .forEach(entry -> died.computeIfAbsent(entry.getKey(), key -> new java.util.ArrayList<>())
                        .add(entry.getValue())));
        return died;
    }

    /**
     * Written, and committed, before the file is read: should the run die on it, the next run knows.
     * The run's final word on the file ({@code registerLanded}, {@code registerRejected} or
     * {@code registerFailed} with {@code started} true) then replaces it.
     */
    public void registerStarted(DeliveredFile file, long runId) {
        jdbi.useHandle(handle -> insertEvent(
                handle,
                runId,
                file.feed(),
                file.fileName(),
                file.sha256(),
                Outcome.STARTED,
                Counts.NONE,
                null,
                0,
                false));
    }

    public void registerLanded(
            DeliveredFile file,
            Path archivePath,
            Counts counts,
            long runId,
            Path quarantineParquet,
            double durationSeconds) {
        jdbi.useTransaction(handle -> {
            handle.createUpdate("""
                            insert into meta.landed_file (source, feed, file_name, sha256, size_bytes, delivery_stamp, archive_path,
                                                          records_read, records_accepted, records_quarantined, run_id)
                            values (:source, :feed, :fileName, :sha256, :size, :stamp, :archivePath, :read, :accepted, :quarantined, :runId)""")
                    .bind("source", file.feed().source())
                    .bind("feed", file.feed().feed())
                    .bind("fileName", file.fileName())
                    .bind("sha256", file.sha256())
                    .bind("size", file.sizeBytes())
                    .bind("stamp", file.deliveryStamp())
                    .bind(
                            "archivePath",
                            landingRoot
                                    .relativize(archivePath.toAbsolutePath())
                                    .toString()
                                    .replace('\\', '/'))
                    .bind("read", counts.read())
                    .bind("accepted", counts.accepted())
                    .bind("quarantined", counts.quarantined())
                    .bind("runId", runId)
                    .execute();
            if (quarantineParquet != null) {
                handle.execute(
                        "insert into meta.quarantined_record (source, feed, file_name, sha256, record_no, field, value, reason, run_id) "
                                + "select ?, ?, ?, ?, record_no, field, value, reason, ? from read_parquet('"
                                + DuckDbDatabase.sqlLiteral(quarantineParquet) + "')",
                        file.feed().source(),
                        file.feed().feed(),
                        file.fileName(),
                        file.sha256(),
                        runId);
            }
            insertEvent(
                    handle,
                    runId,
                    file.feed(),
                    file.fileName(),
                    file.sha256(),
                    Outcome.LANDED,
                    counts,
                    null,
                    durationSeconds,
                    true);
        });
    }

    /** {@code started}: whether this run registered the file as started (it was opened), so that this replaces it. */
    public void registerRejected(
            FeedId feed, String fileName, String sha256, long sizeBytes, String reason, long runId, boolean started) {
        jdbi.useTransaction(handle -> {
            handle.createUpdate("""
                            insert into meta.rejected_file (source, feed, file_name, sha256, size_bytes, reason, run_id)
                            values (:source, :feed, :fileName, :sha256, :size, :reason, :runId)
                            on conflict (source, feed, file_name) do nothing""")
                    .bind("source", feed.source())
                    .bind("feed", feed.feed())
                    .bind("fileName", fileName)
                    .bind("sha256", sha256)
                    .bind("size", sizeBytes)
                    .bind("reason", reason)
                    .bind("runId", runId)
                    .execute();
            insertEvent(handle, runId, feed, fileName, sha256, Outcome.REJECTED, Counts.NONE, reason, 0, started);
        });
    }

    public void registerSkipped(FeedId feed, String fileName, String sha256, String reason, long runId) {
        jdbi.useHandle(handle ->
                insertEvent(handle, runId, feed, fileName, sha256, Outcome.SKIPPED, Counts.NONE, reason, 0, false));
    }

    /** A file known before, and not landed again: its name, content and why. */
    public record Skipped(String fileName, String sha256, String reason) {}

    /** Many skipped files of one feed in one transaction: a night that knows every file does not commit once per file. */
    public void registerSkipped(FeedId feed, List<Skipped> files, long runId) {
        if (files.isEmpty()) {
            return;
        }
        // one statement per 500 files: DuckDB takes some milliseconds per single-row insert
        for (int from = 0; from < files.size(); from += 500) {
            List<Skipped> chunk = files.subList(from, Math.min(files.size(), from + 500));
            StringBuilder sql = new StringBuilder(
                    "insert into meta.file_event (run_id, source, feed, file_name, sha256,"
                            + " outcome, records_read, records_accepted, records_quarantined, reason, duration_seconds) values ");
            for (int index = 0; index < chunk.size(); index++) {
                sql.append(index == 0 ? "" : ", ")
                        .append("(:runId, :source, :feed, :file")
                        .append(index)
                        .append(", :sha")
                        .append(index)
                        .append(", 'SKIPPED', 0, 0, 0, :reason")
                        .append(index)
                        .append(", 0)");
            }
            sql.append(" on conflict do nothing");
            jdbi.useHandle(handle -> {
                var update = handle.createUpdate(sql.toString())
                        .bind("runId", runId)
                        .bind("source", feed.source())
                        .bind("feed", feed.feed());
                for (int index = 0; index < chunk.size(); index++) {
                    update.bind("file" + index, chunk.get(index).fileName())
                            .bind("sha" + index, chunk.get(index).sha256())
                            .bind("reason" + index, chunk.get(index).reason());
                }
                update.execute();
            });
        }
    }

    /** A file whose landing failed for a reason outside the file (a disk error): tried again by the next run. */
    public void registerFailed(FeedId feed, String fileName, String sha256, String reason, long runId) {
        jdbi.useHandle(handle ->
                insertEvent(handle, runId, feed, fileName, sha256, Outcome.FAILED, Counts.NONE, reason, 0, true));
    }

    /**
     * A file of a feed that was gone when its turn came (removed or renamed while the run went on): the
     * run's STARTED event on it becomes a NOT_TAKEN one of its path under the inbox, with the reason. The
     * name stays unknown, so a later run lands the file should it come back.
     */
    public void registerGone(FeedId feed, String fileName, String reason, long runId) {
        jdbi.useTransaction(handle -> {
            ofTheFile(
                            handle.createUpdate("delete from meta.file_event where " + THE_RUNS_STARTED_ROW),
                            runId,
                            feed,
                            fileName)
                    .execute();
            insertEvent(
                    handle,
                    runId,
                    feed,
                    feed.source() + "/" + feed.feed() + "/" + fileName,
                    null,
                    Outcome.NOT_TAKEN,
                    Counts.NONE,
                    reason,
                    0,
                    false);
        });
    }

    /**
     * Something in the inbox that belongs to no feed (a link, a folder, a file outside the feed
     * folders): {@code source} and {@code feed} are the first two parts of its path (or empty),
     * {@code path} the path under the inbox.
     */
    public void registerNotTaken(String source, String feed, String path, String reason, long runId) {
        jdbi.useHandle(handle -> insertEvent(
                handle, runId, new FeedId(source, feed), path, null, Outcome.NOT_TAKEN, Counts.NONE, reason, 0, false));
    }

    /** The run's STARTED row of a file, which a later word on the file replaces. */
    private static final String THE_RUNS_STARTED_ROW =
            "run_id = :runId and source = :source and feed = :feed and file_name = :fileName and outcome = 'STARTED'";

    private static org.jdbi.v3.core.statement.Update ofTheFile(
            org.jdbi.v3.core.statement.Update update, long runId, FeedId feed, String fileName) {
        return update.bind("runId", runId)
                .bind("source", feed.source())
                .bind("feed", feed.feed())
                .bind("fileName", fileName);
    }

    /**
     * The run's word on a file. With {@code replacesStarted} it replaces the run's own STARTED row in
     * place (one statement), and is inserted should there be none; otherwise the first word of a run on
     * a file stands.
     */
    private static void insertEvent(
            org.jdbi.v3.core.Handle handle,
            long runId,
            FeedId feed,
            String fileName,
            String sha256,
            Outcome outcome,
            Counts counts,
            String reason,
            double durationSeconds,
            boolean replacesStarted) {
        if (replacesStarted) {
            int replaced = ofTheFile(handle.createUpdate("""
                                    update meta.file_event
                                       set sha256 = :sha256, outcome = :outcome, records_read = :read, records_accepted = :accepted,
                                           records_quarantined = :quarantined, reason = :reason, duration_seconds = :duration,
                                           recorded_at = current_timestamp""" + " where " + THE_RUNS_STARTED_ROW), runId, feed, fileName)
                    .bind("sha256", sha256)
                    .bind("outcome", outcome.name())
                    .bind("read", counts.read())
                    .bind("accepted", counts.accepted())
                    .bind("quarantined", counts.quarantined())
                    .bind("reason", reason)
                    .bind("duration", durationSeconds)
                    .execute();
            if (replaced > 0) {
                return;
            }
        }
        handle.createUpdate("""
                        insert into meta.file_event (run_id, source, feed, file_name, sha256, outcome, records_read, records_accepted,
                                                     records_quarantined, reason, duration_seconds)
                        values (:runId, :source, :feed, :fileName, :sha256, :outcome, :read, :accepted, :quarantined, :reason, :duration)
                        on conflict do nothing""")
                .bind("runId", runId)
                .bind("source", feed.source())
                .bind("feed", feed.feed())
                .bind("fileName", fileName)
                .bind("sha256", sha256)
                .bind("outcome", outcome.name())
                .bind("read", counts.read())
                .bind("accepted", counts.accepted())
                .bind("quarantined", counts.quarantined())
                .bind("reason", reason)
                .bind("duration", durationSeconds)
                .execute();
    }

    /** The archive paths of a feed's landed files, oldest delivery first. */
    public List<LandedFile> landedFiles(FeedId feed) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        select file_name, sha256, archive_path from meta.landed_file
                         where source = :source and feed = :feed order by delivery_stamp, file_name""")
                .bind("source", feed.source())
                .bind("feed", feed.feed())
                .map((rs, ctx) ->
                        new LandedFile(feed, rs.getString(1), rs.getString(2), landingRoot.resolve(rs.getString(3))))
                .list());
    }
}
