package no.hdo.dw.pipeline.landing;

import static no.hdo.dw.feeds.Workbooks.row;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import no.hdo.dw.feeds.LifexTracker;
import no.hdo.dw.feeds.Workbooks;
import no.hdo.dw.pipeline.ledger.BudgetFeed;
import no.hdo.dw.pipeline.lifex.LifexTrackerFeed;
import no.hdo.dw.pipeline.support.Inbox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;

/**
 * A delivery stamp (or a tracker's snapshot date) in the future is a mistyped name: 2062 for 2026. Such a
 * file would be the newest delivery and win over every real one until then (the whole 2026 budget was
 * replaced by its rows, exit 0, with a freshness of -13 438 days). It is refused for its name, saying so,
 * and the same bytes under the corrected name land.
 */
class FutureStampLandingIntegrationTests {

    private static final String HEADER = "year;month;account;department;amount";

    @TempDir
    Path temporary;

    @Test
    void aStampOrSnapshotDateInTheFutureIsRefusedForItsNameAndTheCorrectedNameLands() {
        // given the 2026 budget, and a correction of it whose stamp says 2062 instead of 2026
        Inbox inbox = new Inbox(temporary);
        inbox.deliverText("ledger", "budget", "budget_2026_20251215120000.csv", HEADER, "2026;1;3000;;-1000,00");
        inbox.deliverText("ledger", "budget", "budget_2026_20621216120000.csv", HEADER, "2026;1;3000;;-5,00");
        // and a tracker snapshot dated 2062
        LifexTracker.deliver(
                inbox.inbox,
                "2062-02-27",
                new Workbooks()
                        .sheet(
                                "Kontrollrom",
                                LifexTracker.header(),
                                row(
                                        "AMK Bodø",
                                        "AMK",
                                        "Nord",
                                        "NLSH",
                                        LocalDate.of(2025, 10, 6),
                                        LocalDate.of(2025, 10, 6),
                                        "Omlagt")));

        // when the two feeds land
        assertThat(inbox.land(BudgetFeed.ID).status()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(inbox.land(LifexTrackerFeed.ID).status()).isEqualTo(BatchStatus.COMPLETED);

        // then both are refused for their names, saying the stamp is in the future, and the budget in effect stays
        assertThat(inbox.work("select file_name, reason from meta.rejected_file order by file_name"))
                .satisfiesExactly(
                        budget -> assertThat(budget)
                                .startsWith(
                                        "budget_2026_20621216120000.csv|the file name budget_2026_20621216120000.csv"
                                                + " says it was delivered on 2062-12-16 12:00, in the future (it is now ")
                                .endsWith(" in Oslo): as the newest delivery it would win over every real one; a"
                                        + " mistyped name?"),
                        tracker -> assertThat(tracker)
                                .startsWith("lifex_tracker_2062-02-27.xlsx|the file name lifex_tracker_2062-02-27.xlsx"
                                        + " says it was delivered on 2062-02-27 00:00, in the future"));
        assertThat(inbox.landed("ledger", "budget", "amount_nok", "1")).containsExactly("-1000.00");

        // when the correction comes under its right name
        inbox.deliverText("ledger", "budget", "budget_2026_20251216120000.csv", HEADER, "2026;1;3000;;-5,00");
        long next = inbox.land(BudgetFeed.ID).runId();

        // then it lands as a new delivery
        assertThat(inbox.fileOutcomes(next, "ledger", "budget")).containsExactly("LANDED|1", "SKIPPED|2");
    }
}
