package no.hdo.dw.pipeline.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import no.hdo.dw.pipeline.landing.FeedId;
import no.hdo.dw.warehouse.Home;

/**
 * A temporary inbox and home for the landing tests: delivers files to
 * {@code inbox/<source>/<feed>/<file>} as the senders do (a feed's files are written by the feeds
 * kit, {@code no.hdo.dw.feeds}: {@code TextFeed.X.deliver(inbox.inbox, ...)}, {@code LifexTracker.deliver}), lands one feed with its landing step
 * ({@link LandingStepRun}) and reads back the registry, the quarantine and the landed rows
 * ({@link LandedRows}). One per test: {@code new Inbox(temporaryFolder)}.
 */
public final class Inbox {

    public final Home home;
    public final Path inbox;

    public Inbox(Path temporaryFolder) {
        this.home = new Home(temporaryFolder.resolve("home"));
        this.inbox = temporaryFolder.resolve("inbox");
    }

    /** Writes the bytes to {@code inbox/<source>/<feed>/<fileName>}, making the folders (the feeds kit's {@code Inbox}). */
    public Path deliver(String source, String feed, String fileName, byte[] bytes) {
        return no.hdo.dw.feeds.Inbox.deliver(inbox, source, feed, fileName, bytes);
    }

    /** A text file: the header line and the rows, each ended by {@code \n}, UTF-8. */
    public Path deliverText(String source, String feed, String fileName, String header, String... rows) {
        String text = Stream.concat(Stream.of(header), Arrays.stream(rows))
                .map(row -> row + "\n")
                .collect(Collectors.joining());
        return deliver(source, feed, fileName, text.getBytes(StandardCharsets.UTF_8));
    }

    /** A copy of {@code file} under its own name. */
    public Path copy(String source, String feed, Path file) {
        try {
            return deliver(source, feed, file.getFileName().toString(), Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lands the feed's new files with its landing step (under the tests' pseudonym key). */
    public LandingStepRun.Ended land(FeedId feed) {
        return LandingStepRun.land(home, inbox, feed);
    }

    public List<String> work(String sql) {
        return LandedRows.work(home, sql);
    }

    public List<String> quarantine(String source) {
        return LandedRows.quarantine(home, source);
    }

    public List<String> rejected(String source) {
        return LandedRows.rejectedFiles(home, source);
    }

    public List<String> landedFiles(String source, String feed) {
        return LandedRows.landedFiles(home, source, feed);
    }

    public List<String> landed(String source, String feed, String columns, String order) {
        return LandedRows.landed(home, source, feed, columns, order);
    }

    public List<String> archived(String source) {
        return LandedRows.archived(home, source);
    }

    /** {@code outcome|count} of the file events of a run: what the run report counts per feed. */
    public List<String> fileOutcomes(long runId, String source, String feed) {
        return work("select outcome, count(*) from meta.file_event where run_id = " + runId + " and source = '" + source
                + "' and feed = '" + feed + "' group by outcome order by outcome");
    }
}
