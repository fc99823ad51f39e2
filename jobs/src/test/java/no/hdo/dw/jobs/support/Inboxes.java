package no.hdo.dw.jobs.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import no.hdo.dw.jobs.nightly.RunReport;

/**
 * What the source inboxes of the functional tests have in common: a file is delivered to
 * {@code inbox/<source>/<feed>/<file>}, as the senders do, and the run report is looked up by feed.
 */
public final class Inboxes {

    private Inboxes() {
    }

    /** Writes the bytes to {@code inbox/<source>/<feed>/<fileName>}, making the folders. */
    public static Path deliver(Path inbox, String source, String feed, String fileName, byte[] bytes) {
        try {
            Path folder = Files.createDirectories(inbox.resolve(source).resolve(feed));
            return Files.write(folder.resolve(fileName), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The report of one feed; the run report lists every source's feeds. */
    public static RunReport.FeedReport feed(RunReport report, String source, String feed) {
        return report.feeds().stream().filter(f -> f.source().equals(source) && f.feed().equals(feed)).findFirst()
                .orElseThrow(() -> new AssertionError("no feed report for " + source + "/" + feed + " in " + report.feeds()));
    }
}
