package no.hdo.dw.jobs.turnus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import no.hdo.dw.jobs.nightly.NightlyParameters;
import no.hdo.dw.jobs.nightly.NightlyRun;
import no.hdo.dw.jobs.nightly.RunReport;
import no.hdo.dw.jobs.support.Inboxes;
import no.hdo.dw.jobs.support.WarehouseRows;
import no.hdo.dw.pipeline.turnus.PseudonymKey;
import no.hdo.dw.pipeline.turnus.Pseudonymiser;
import no.hdo.dw.warehouse.Home;

/**
 * A temporary home and inbox for the turnus functional tests: writes real feed files as the
 * rostering system delivers them (UTF-8, {@code ;}-separated, the contract's header), runs the
 * nightly job with a test key, and reads back what the work and the published warehouse hold, each
 * row as its columns joined by {@code |} with {@code ∅} for null.
 */
final class TurnusInbox {

    static final String EMPLOYEES_HEADER = "employee_no;org_unit;employment_type;position_pct;valid_from;valid_to;aml_dispensation";
    static final String SHIFTS_HEADER = "shift_id;employee_no;org_unit;start;end;shift_type";
    static final String ABSENCES_HEADER = "absence_id;employee_no;from_date;to_date;code;degree_pct";
    /**
     * The key of these tests: long and distinctive, so that a search of the home's bytes for it means
     * something. The runs read it from a key file beside the home, as an operator gives it.
     */
    static final String KEY_TEXT = "turnus-test-key-7f3c9b1e-ONLY-IN-MEMORY";
    static final PseudonymKey KEY = PseudonymKey.of(KEY_TEXT, "the tests");

    final Home home;
    final Path inbox;
    final Path keyFile;
    int minPersons = NightlyParameters.DEFAULT_MIN_PERSONS;

    TurnusInbox(Path temporaryFolder) {
        this.home = new Home(temporaryFolder.resolve("home"));
        this.inbox = temporaryFolder.resolve("inbox");
        this.keyFile = temporaryFolder.resolve("turnus-tests.key");
    }

    static String pseudonym(String employeeNo) {
        return new Pseudonymiser(KEY).pseudonym(employeeNo);
    }

    // ---- delivering files ----

    Path employees(String stamp, String... rows) {
        return deliver("employees", "employees_" + stamp + ".csv", EMPLOYEES_HEADER, rows);
    }

    Path shifts(String month, String stamp, String... rows) {
        return deliver("shifts", "shifts_" + month + "_" + stamp + ".csv", SHIFTS_HEADER, rows);
    }

    Path absences(String month, String stamp, String... rows) {
        return deliver("absences", "absences_" + month + "_" + stamp + ".csv", ABSENCES_HEADER, rows);
    }

    Path deliver(String feed, String fileName, String header, String... rows) {
        String text = Stream.concat(Stream.of(header), Arrays.stream(rows)).map(row -> row + "\n").collect(Collectors.joining());
        return Inboxes.deliver(inbox, "turnus", feed, fileName, text.getBytes(StandardCharsets.UTF_8));
    }

    // ---- running ----

    RunReport nightly(LocalDate runDate) {
        try {
            Files.writeString(keyFile, KEY_TEXT + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return NightlyRun.run(home, NightlyParameters.of(inbox, runDate).withMinPersons(minPersons)
                .withPseudonymKeySource(PseudonymKey.fileSource(keyFile)));
    }

    static RunReport.FeedReport feed(RunReport report, String feed) {
        return Inboxes.feed(report, "turnus", feed);
    }

    // ---- reading back ----

    List<String> published(String sql) {
        return WarehouseRows.published(home, sql);
    }

    List<String> work(String sql) {
        return WarehouseRows.work(home, sql);
    }

    /** {@code meta.quarantined_record} of turnus: {@code feed|file_name|record_no|field|value|reason|found_by}. */
    List<String> quarantine() {
        return work("select feed, file_name, record_no, field, value, reason, found_by from meta.quarantined_record "
                + "where source = 'turnus' order by feed, file_name, record_no");
    }
}
