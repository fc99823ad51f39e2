package no.hdo.dw.jobs.support;

import java.nio.file.Path;
import no.hdo.dw.feeds.Inbox;
import no.hdo.dw.jobs.nightly.RunReport;

/**
 * What the source inboxes of the functional tests have in common: a file is delivered to
 * {@code inbox/<source>/<feed>/<file>}, as the senders do (the files themselves are written by the
 * feeds kit, {@code no.hdo.dw.feeds}), and the run report is looked up by feed.
 */
public final class Inboxes {

    private Inboxes() {}

    /** Writes the bytes to {@code inbox/<source>/<feed>/<fileName>}, making the folders (the feeds kit's {@link Inbox}). */
    public static Path deliver(Path inbox, String source, String feed, String fileName, byte[] bytes) {
        return Inbox.deliver(inbox, source, feed, fileName, bytes);
    }

    /** The report of one feed; the run report lists every source's feeds. */
    /** A Bliksund file of one completed five-minute call at 08:00 on {@code day} (yyyy-MM-dd), Oslo time in winter. */
    public static Path deliverBliksundCall(Path inbox, String fileName, String callId, String day) {
        return deliver(
                inbox,
                "video",
                "bliksund",
                fileName,
                ("{\"callId\":\"" + callId + "\",\"start\":\"" + day + "T08:00:00+01:00\",\"end\":\"" + day
                                + "T08:05:00+01:00\",\"centre\":\"AMK Oslo\",\"status\":\"COMPLETED\",\"participants\":2}\n")
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    public static RunReport.FeedReport feed(RunReport report, String source, String feed) {
        return report.feeds().stream()
                .filter(f -> f.source().equals(source) && f.feed().equals(feed))
                .findFirst()
                .orElseThrow(() ->
                        new AssertionError("no feed report for " + source + "/" + feed + " in " + report.feeds()));
    }
}
