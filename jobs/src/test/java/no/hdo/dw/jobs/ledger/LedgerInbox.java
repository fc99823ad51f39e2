package no.hdo.dw.jobs.ledger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import no.hdo.dw.feeds.SaftFile;
import no.hdo.dw.feeds.TextFeed;
import no.hdo.dw.jobs.nightly.RunReport;
import no.hdo.dw.jobs.support.Inboxes;
import no.hdo.dw.jobs.support.SourceInbox;

/**
 * A temporary warehouse home and inbox for the ledger functional tests: delivers real SAF-T,
 * budget and open-items files, runs the nightly job, and reads back the work and published
 * warehouse, each row as its columns joined by {@code |} with {@code ∅} for null.
 */
final class LedgerInbox extends SourceInbox {

    /** The tax authority's example files, byte for byte (test resources {@code saf-t/}, see its README). */
    static final Path REFERENCE = resource("saf-t");

    static Path resource(String name) {
        try {
            return Path.of(LedgerInbox.class.getClassLoader().getResource(name).toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    LedgerInbox(Path temporaryFolder) {
        super(temporaryFolder);
    }

    /** A reference file, byte for byte, under the feed's file name {@code SAF-T Financial_<orgnr>_<stamp>_1_1.xml}. */
    Path saftReference(String referenceFile, String orgnr, String stamp) {
        try {
            return deliver("saft", saftName(orgnr, stamp), Files.readAllBytes(REFERENCE.resolve(referenceFile)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A reference file without its opening and closing balances (the elements removed, the lines kept, so records keep
     * their line numbers): the tax authority's 1.20 examples have balances that do not add up to their lines.
     */
    Path saftReferenceWithoutBalances(String referenceFile, String orgnr, String stamp) {
        try {
            String text = Files.readString(REFERENCE.resolve(referenceFile), StandardCharsets.UTF_8)
                    .replaceAll(
                            "<(\\w+:)?(Opening|Closing)(Debit|Credit)Balance>[^<]*</(\\w+:)?(Opening|Closing)(Debit|Credit)Balance>",
                            "");
            return deliver("saft", saftName(orgnr, stamp), text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String saftName(String orgnr, String stamp) {
        return SaftFile.fileName(orgnr, stamp);
    }

    Path saft(String stamp, String xml) {
        return deliver("saft", saftName("999999999", stamp), xml.getBytes(StandardCharsets.UTF_8));
    }

    Path budget(int year, String stamp, String... rows) {
        return TextFeed.BUDGET.deliver(inbox, TextFeed.BUDGET.fileName(String.valueOf(year), stamp), rows);
    }

    Path openItems(String asOf, String stamp, String... rows) {
        return TextFeed.OPEN_ITEMS.deliver(inbox, TextFeed.OPEN_ITEMS.fileName(asOf, stamp), rows);
    }

    Path mapping(String stamp, String... rows) {
        return TextFeed.REPORT_LINE_MAPPING.deliver(inbox, TextFeed.REPORT_LINE_MAPPING.fileName(stamp), rows);
    }

    Path deliver(String feed, String fileName, byte[] bytes) {
        return Inboxes.deliver(inbox, "ledger", feed, fileName, bytes);
    }

    static RunReport.FeedReport feed(RunReport report, String feed) {
        return Inboxes.feed(report, "ledger", feed);
    }

    /** {@code meta.quarantined_record} of the ledger: {@code feed|file_name|record_no|field|value|reason}. */
    List<String> quarantine() {
        return quarantine("ledger");
    }

    /** {@code meta.rejected_file} of the ledger: {@code feed|file_name|reason}. */
    List<String> rejectedFiles() {
        return rejected("ledger");
    }
}
