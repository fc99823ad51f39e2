package no.hdo.dw.pipeline.landing;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.jdbi.v3.core.Jdbi;

import no.hdo.dw.warehouse.DuckDbDatabase;

/**
 * The landing registry in the work warehouse ({@code meta} schema): which files are landed or
 * rejected, what each run did with each file, and the quarantine. Registering a landed file and its
 * quarantined records is one transaction, so a file is in the archive whole or not at all.
 */
public final class LandingRegistry {

    public enum Outcome { LANDED, SKIPPED_KNOWN, REJECTED }

    /** What is already known of a file's content. */
    public record KnownFile(String fileName, Outcome outcome, String reason) {
    }

    public record Counts(long read, long accepted, long quarantined) {

        public static final Counts NONE = new Counts(0, 0, 0);
    }

    public record LandedFile(FeedId feed, String fileName, String sha256, Path archivePath) {
    }

    private final Jdbi jdbi;
    private final Path landingRoot;

    /** Archive paths are kept relative to {@code landingRoot}, so a home can be moved or restored elsewhere. */
    public LandingRegistry(Jdbi jdbi, Path landingRoot) {
        this.jdbi = jdbi;
        this.landingRoot = landingRoot.toAbsolutePath();
    }

    /** A landed or rejected file with this content, if any. */
    public Optional<KnownFile> findBySha256(FeedId feed, String sha256) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        select file_name, 'LANDED' as outcome, null as reason from meta.landed_file
                         where source = :source and feed = :feed and sha256 = :sha256
                        union all
                        select file_name, 'REJECTED', reason from meta.rejected_file
                         where source = :source and feed = :feed and sha256 = :sha256
                        limit 1""")
                .bind("sha256", sha256).bind("source", feed.source()).bind("feed", feed.feed())
                .map((rs, ctx) -> new KnownFile(rs.getString(1), Outcome.valueOf(rs.getString(2)), rs.getString(3)))
                .findOne());
    }

    /** The content (SHA-256) a file of this name was landed with, if it was. */
    public Optional<String> landedSha256(FeedId feed, String fileName) {
        return jdbi.withHandle(handle -> handle.createQuery(
                        "select sha256 from meta.landed_file where source = :source and feed = :feed and file_name = :fileName")
                .bind("source", feed.source()).bind("feed", feed.feed()).bind("fileName", fileName)
                .mapTo(String.class).findOne());
    }

    public void registerLanded(DeliveredFile file, Path archivePath, Counts counts, long runId, Path quarantineParquet, double durationSeconds) {
        jdbi.useTransaction(handle -> {
            handle.createUpdate("""
                            insert into meta.landed_file (source, feed, file_name, sha256, size_bytes, delivery_stamp, archive_path,
                                                          records_read, records_accepted, records_quarantined, run_id)
                            values (:source, :feed, :fileName, :sha256, :size, :stamp, :archivePath, :read, :accepted, :quarantined, :runId)""")
                    .bind("source", file.feed().source()).bind("feed", file.feed().feed())
                    .bind("fileName", file.fileName()).bind("sha256", file.sha256()).bind("size", file.sizeBytes())
                    .bind("stamp", file.deliveryStamp())
                    .bind("archivePath", landingRoot.relativize(archivePath.toAbsolutePath()).toString().replace('\\', '/'))
                    .bind("read", counts.read()).bind("accepted", counts.accepted()).bind("quarantined", counts.quarantined())
                    .bind("runId", runId)
                    .execute();
            if (quarantineParquet != null) {
                handle.execute("insert into meta.quarantined_record (source, feed, file_name, sha256, record_no, field, value, reason, run_id) "
                        + "select ?, ?, ?, ?, record_no, field, value, reason, ? from read_parquet('" + DuckDbDatabase.sqlLiteral(quarantineParquet) + "')",
                        file.feed().source(), file.feed().feed(), file.fileName(), file.sha256(), runId);
            }
            insertEvent(handle, runId, file.feed(), file.fileName(), file.sha256(), Outcome.LANDED, counts, null, durationSeconds);
        });
    }

    public void registerRejected(FeedId feed, String fileName, String sha256, long sizeBytes, String reason, long runId) {
        jdbi.useTransaction(handle -> {
            handle.createUpdate("""
                            insert into meta.rejected_file (source, feed, file_name, sha256, size_bytes, reason, run_id)
                            values (:source, :feed, :fileName, :sha256, :size, :reason, :runId)
                            on conflict do nothing""")
                    .bind("source", feed.source()).bind("feed", feed.feed()).bind("fileName", fileName)
                    .bind("sha256", sha256).bind("size", sizeBytes).bind("reason", reason).bind("runId", runId)
                    .execute();
            insertEvent(handle, runId, feed, fileName, sha256, Outcome.REJECTED, Counts.NONE, reason, 0);
        });
    }

    public void registerSkipped(FeedId feed, String fileName, String sha256, String reason, long runId) {
        jdbi.useHandle(handle -> insertEvent(handle, runId, feed, fileName, sha256, Outcome.SKIPPED_KNOWN, Counts.NONE, reason, 0));
    }

    private static void insertEvent(org.jdbi.v3.core.Handle handle, long runId, FeedId feed, String fileName, String sha256,
            Outcome outcome, Counts counts, String reason, double durationSeconds) {
        // A restarted run may see a file again: the first word of a run on a file stands.
        handle.createUpdate("""
                        insert into meta.file_event (run_id, source, feed, file_name, sha256, outcome, records_read, records_accepted,
                                                     records_quarantined, reason, duration_seconds)
                        values (:runId, :source, :feed, :fileName, :sha256, :outcome, :read, :accepted, :quarantined, :reason, :duration)
                        on conflict do nothing""")
                .bind("runId", runId).bind("source", feed.source()).bind("feed", feed.feed()).bind("fileName", fileName)
                .bind("sha256", sha256).bind("outcome", outcome.name()).bind("read", counts.read())
                .bind("accepted", counts.accepted()).bind("quarantined", counts.quarantined()).bind("reason", reason)
                .bind("duration", durationSeconds)
                .execute();
    }

    /** The archive paths of a feed's landed files, oldest delivery first. */
    public List<LandedFile> landedFiles(FeedId feed) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        select file_name, sha256, archive_path from meta.landed_file
                         where source = :source and feed = :feed order by delivery_stamp, file_name""")
                .bind("source", feed.source()).bind("feed", feed.feed())
                .map((rs, ctx) -> new LandedFile(feed, rs.getString(1), rs.getString(2), landingRoot.resolve(rs.getString(3))))
                .list());
    }

}
