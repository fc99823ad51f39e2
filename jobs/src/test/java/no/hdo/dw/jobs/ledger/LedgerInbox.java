package no.hdo.dw.jobs.ledger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import no.hdo.dw.jobs.nightly.NightlyRun;
import no.hdo.dw.jobs.nightly.RunReport;
import no.hdo.dw.jobs.support.Inboxes;
import no.hdo.dw.jobs.support.WarehouseRows;
import no.hdo.dw.warehouse.Home;

/**
 * A temporary warehouse home and inbox for the ledger functional tests: delivers real SAF-T,
 * budget and open-items files, runs the nightly job, and reads back the work and published
 * warehouse, each row as its columns joined by {@code |} with {@code ∅} for null.
 */
final class LedgerInbox {

    /** The tax authority's example files, byte for byte (test resources {@code saf-t/}, see its README). */
    static final Path REFERENCE = resource("saf-t");

    static Path resource(String name) {
        try {
            return Path.of(LedgerInbox.class.getClassLoader().getResource(name).toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    final Home home;
    final Path inbox;

    LedgerInbox(Path temporaryFolder) {
        this.home = new Home(temporaryFolder.resolve("home"));
        this.inbox = temporaryFolder.resolve("inbox");
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
                    .replaceAll("<(\\w+:)?(Opening|Closing)(Debit|Credit)Balance>[^<]*</(\\w+:)?(Opening|Closing)(Debit|Credit)Balance>", "");
            return deliver("saft", saftName(orgnr, stamp), text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String saftName(String orgnr, String stamp) {
        return "SAF-T Financial_" + orgnr + "_" + stamp + "_1_1.xml";
    }

    Path saft(String stamp, String xml) {
        return deliver("saft", saftName("999999999", stamp), xml.getBytes(StandardCharsets.UTF_8));
    }

    Path budget(int year, String stamp, String... rows) {
        return deliver("budget", "budget_" + year + "_" + stamp + ".csv",
                text("year;month;account;department;amount", rows).getBytes(StandardCharsets.UTF_8));
    }

    Path openItems(String asOf, String stamp, String... rows) {
        return deliver("receivables", "open_items_" + asOf + "_" + stamp + ".csv",
                text("customer_id;customer_name;invoice_no;invoice_date;due_date;amount;currency", rows).getBytes(StandardCharsets.UTF_8));
    }

    private static String text(String header, String... rows) {
        StringBuilder text = new StringBuilder(header).append('\n');
        for (String row : rows) {
            text.append(row).append('\n');
        }
        return text.toString();
    }

    Path mapping(String stamp, String... rows) {
        return deliver("mapping", "report_line_mapping_" + stamp + ".csv",
                text("report_line;account_from;account_to;valid_from;valid_to", rows).getBytes(StandardCharsets.UTF_8));
    }

    Path deliver(String feed, String fileName, byte[] bytes) {
        return Inboxes.deliver(inbox, "ledger", feed, fileName, bytes);
    }

    RunReport nightly(LocalDate runDate) {
        return NightlyRun.run(home, inbox, runDate);
    }

    static RunReport.FeedReport feed(RunReport report, String feed) {
        return Inboxes.feed(report, "ledger", feed);
    }

    List<String> published(String sql) {
        return WarehouseRows.published(home, sql);
    }

    List<String> work(String sql) {
        return WarehouseRows.work(home, sql);
    }

    /** {@code meta.quarantined_record} of the ledger: {@code feed|file_name|record_no|field|value|reason}. */
    List<String> quarantine() {
        return WarehouseRows.quarantine(home, "ledger");
    }

    /** {@code meta.rejected_file} of the ledger: {@code feed|file_name|reason}. */
    List<String> rejectedFiles() {
        return WarehouseRows.rejectedFiles(home, "ledger");
    }
}
