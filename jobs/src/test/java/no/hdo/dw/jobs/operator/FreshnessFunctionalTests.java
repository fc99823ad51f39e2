package no.hdo.dw.jobs.operator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import no.hdo.dw.jobs.support.CommandLineRun;
import no.hdo.dw.jobs.support.Inboxes;
import no.hdo.dw.jobs.support.WarehouseRows;
import no.hdo.dw.warehouse.Home;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A feed past its freshness error threshold (definitions.md, "Freshness of the sources"): the night
 * still publishes, exits 4, names the feed in the run report, and publishes every feed's freshness
 * ({@code bi_source_freshness}). The statuses at their edges are the warehouse's
 * {@code FeedFreshnessTests}.
 */
class FreshnessFunctionalTests {

    @TempDir
    Path temporary;

    @Test
    void aFeedPastItsErrorThresholdIsPublishedWithItsAgeAndTheNightExitsFour() throws IOException {
        // given a Bliksund delivery of 20 February and an SNLA delivery of 27 February, on the night of 2 March:
        // Bliksund is 10 days old (error after 4), SNLA 3 days (warn after 2)
        Path inbox = temporary.resolve("inbox");
        Home home = new Home(temporary.resolve("home"));
        Inboxes.deliverBliksundCall(inbox, "bliksund_20260220020000.jsonl", "b-1", "2026-02-19");
        Inboxes.deliver(
                inbox,
                "video",
                "snla",
                "snla_20260227020000.csv",
                "Samtale-ID;Starttid;Sluttid;Sentral;Status\r\nS-1;26.02.2026 09:00:00;26.02.2026 09:04:00;AMK Bergen;Fullført\r\n"
                        .getBytes(java.nio.charset.Charset.forName("windows-1252")));

        // when the nightly job runs
        CommandLineRun.Captured night = CommandLineRun.hdoDw(
                "nightly", "--home", home.root().toString(), "--inbox", inbox.toString(), "--date", "2026-03-02");

        // then it published, exits 4, and the run report names the stale feeds with their age
        assertThat(night.exitCode()).as(night.err()).isEqualTo(4);
        assertThat(night.out())
                .contains("published, exit code 4")
                .contains(
                        "Stale feed video/bliksund: error, newest delivery 2026-02-20, 10 days old (warn after 2, error after 4)")
                .contains(
                        "Stale feed video/snla: warn, newest delivery 2026-02-27, 3 days old (warn after 2, error after 4)")
                .doesNotContain("Stale feed ledger");
        try (Stream<Path> reports = Files.list(home.root().resolve("runs"))) {
            assertThat(Files.readString(reports.filter(file -> file.toString().endsWith(".json"))
                            .findFirst()
                            .orElseThrow()))
                    .contains("\"freshness\"", "\"status\" : \"error\"");
        }
        // and the publication carries every feed's freshness, a never-delivered feed as none
        assertThat(WarehouseRows.published(
                        home,
                        "select source || '/' || feed, newest_delivery_date, age_days, status from bi.bi_source_freshness"
                                + " where source in ('video', 'ledger') order by feed_order"))
                .containsExactly(
                        "video/bliksund|2026-02-20|10|error",
                        "video/snla|2026-02-27|3|warn",
                        "ledger/saft|∅|∅|none",
                        "ledger/budget|∅|∅|none",
                        "ledger/receivables|∅|∅|none");
        assertThat(home.published().resolve("parquet/bi_source_freshness.parquet"))
                .exists();
    }
}
