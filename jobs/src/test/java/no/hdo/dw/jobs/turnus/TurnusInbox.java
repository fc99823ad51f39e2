package no.hdo.dw.jobs.turnus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import no.hdo.dw.feeds.TextFeed;
import no.hdo.dw.jobs.nightly.NightlyParameters;
import no.hdo.dw.jobs.nightly.NightlyRun;
import no.hdo.dw.jobs.nightly.RunReport;
import no.hdo.dw.jobs.support.Inboxes;
import no.hdo.dw.jobs.support.SourceInbox;
import no.hdo.dw.pipeline.turnus.PseudonymKey;
import no.hdo.dw.pipeline.turnus.Pseudonymiser;

/**
 * A temporary home and inbox for the turnus functional tests: writes real feed files as the
 * rostering system delivers them (UTF-8, {@code ;}-separated, the contract's header), runs the
 * nightly job with a test key, and reads back what the work and the published warehouse hold, each
 * row as its columns joined by {@code |} with {@code ∅} for null.
 */
final class TurnusInbox extends SourceInbox {

    /**
     * The key of these tests: long and distinctive, so that a search of the home's bytes for it means
     * something. The runs read it from a key file beside the home, as an operator gives it.
     */
    static final String KEY_TEXT = "turnus-test-key-7f3c9b1e-ONLY-IN-MEMORY";

    static final PseudonymKey KEY = PseudonymKey.of(KEY_TEXT, "the tests");

    final Path keyFile;
    int minPersons = NightlyParameters.DEFAULT_MIN_PERSONS;

    TurnusInbox(Path temporaryFolder) {
        super(temporaryFolder);
        this.keyFile = temporaryFolder.resolve("turnus-tests.key");
    }

    static String pseudonym(String employeeNo) {
        return new Pseudonymiser(KEY).pseudonym(employeeNo);
    }

    // ---- delivering files ----

    Path employees(String stamp, String... rows) {
        return TextFeed.EMPLOYEES.deliver(inbox, TextFeed.EMPLOYEES.fileName(stamp), rows);
    }

    Path shifts(String month, String stamp, String... rows) {
        return TextFeed.SHIFTS.deliver(inbox, TextFeed.SHIFTS.fileName(month, stamp), rows);
    }

    Path absences(String month, String stamp, String... rows) {
        return TextFeed.ABSENCES.deliver(inbox, TextFeed.ABSENCES.fileName(month, stamp), rows);
    }

    // ---- running ----

    @Override
    public RunReport nightly(LocalDate runDate) {
        try {
            Files.writeString(keyFile, KEY_TEXT + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return NightlyRun.run(
                home,
                NightlyParameters.of(inbox, runDate)
                        .withMinPersons(minPersons)
                        .withPseudonymKeySource(PseudonymKey.fileSource(keyFile)));
    }

    static RunReport.FeedReport feed(RunReport report, String feed) {
        return Inboxes.feed(report, "turnus", feed);
    }

    // ---- reading back ----

    /** {@code meta.quarantined_record} of turnus: {@code feed|file_name|record_no|field|value|reason|found_by}. */
    List<String> quarantine() {
        return work("select feed, file_name, record_no, field, value, reason, found_by from meta.quarantined_record "
                + "where source = 'turnus' order by feed, file_name, record_no");
    }
}
