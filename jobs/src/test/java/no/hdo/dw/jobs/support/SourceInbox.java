package no.hdo.dw.jobs.support;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import no.hdo.dw.jobs.nightly.NightlyRun;
import no.hdo.dw.jobs.nightly.RunReport;
import no.hdo.dw.warehouse.Home;

/**
 * What a source's test inbox is: a temporary warehouse home and inbox, the nightly job run on them,
 * and the work and published warehouses read back, each row as its columns joined by {@code |} with
 * {@code ∅} for null. The subclasses deliver their source's files (written by the feeds kit).
 */
public abstract class SourceInbox {

    public final Home home;
    public final Path inbox;

    protected SourceInbox(Path temporaryFolder) {
        this.home = new Home(temporaryFolder.resolve("home"));
        this.inbox = temporaryFolder.resolve("inbox");
    }

    public RunReport nightly(LocalDate runDate) {
        return NightlyRun.run(home, inbox, runDate);
    }

    public List<String> published(String sql) {
        return WarehouseRows.published(home, sql);
    }

    public List<String> work(String sql) {
        return WarehouseRows.work(home, sql);
    }

    /** {@code meta.quarantined_record} of a source: {@code feed|file_name|record_no|field|value|reason}. */
    public List<String> quarantine(String source) {
        return WarehouseRows.quarantine(home, source);
    }

    /** {@code meta.rejected_file} of a source: {@code feed|file_name|reason}. */
    public List<String> rejected(String source) {
        return WarehouseRows.rejectedFiles(home, source);
    }
}
