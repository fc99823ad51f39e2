package no.hdo.dw.jobs.nightly;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import no.hdo.dw.jobs.support.Inboxes;
import no.hdo.dw.jobs.support.WarehouseRows;
import no.hdo.dw.warehouse.Home;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A night with nothing new (issue 13): no model is built, no test run and nothing republished; the
 * publication of the night that built it stands. A new delivery, or a day that changes what the
 * models of the day make (a new reporting month), builds again.
 */
class NothingNewNightFunctionalTests {

    @TempDir
    Path temporary;

    @Test
    void aNightWithNothingNewStandsOnTheLastBuildAndANewFileOrMonthBuildsAgain() throws Exception {
        // given a home that published a Bliksund delivery on 2 March
        Path inbox = temporary.resolve("inbox");
        Home home = new Home(temporary.resolve("home"));
        Inboxes.deliverBliksundCall(inbox, "bliksund_20260302020000.jsonl", "b-1", "2026-03-01");
        RunReport first = NightlyRun.run(home, inbox, LocalDate.of(2026, 3, 2));
        assertThat(first.published()).as(first.message()).isTrue();
        Path publication = home.published().toRealPath();

        // when the next night finds nothing new
        RunReport second = NightlyRun.run(home, inbox, LocalDate.of(2026, 3, 3));

        // then it stands on the first night's build: same publication, its report says so, the freshness is of today
        assertThat(second.published()).isTrue();
        assertThat(second.unchangedSinceRun()).isEqualTo(first.runId());
        assertThat(home.published().toRealPath()).isEqualTo(publication);
        assertThat(second.freshness())
                .filteredOn(feed -> feed.feed().equals("bliksund"))
                .singleElement()
                .satisfies(feed -> assertThat(feed.ageDays()).isEqualTo(1));
        assertThat(second.exitCode()).isEqualTo(first.exitCode());

        // and when a new file comes, the night builds and publishes it
        Inboxes.deliverBliksundCall(inbox, "bliksund_20260304020000.jsonl", "b-2", "2026-03-03");
        RunReport third = NightlyRun.run(home, inbox, LocalDate.of(2026, 3, 4));
        assertThat(third.unchangedSinceRun()).isNull();
        assertThat(home.published().toRealPath()).isNotEqualTo(publication);
        assertThat(WarehouseRows.published(home, "select count(*) from bi.bi_video_calls"))
                .containsExactly("2");

        // and a night in a new reporting month (the day before it is in April), with nothing new, builds again
        RunReport april = NightlyRun.run(home, inbox, LocalDate.of(2026, 4, 2));
        assertThat(april.unchangedSinceRun()).isNull();
        assertThat(WarehouseRows.published(
                        home, "select month_label from bi.bi_calendar_month where is_reporting_month"))
                .containsExactly("2026-04");
        // and the night after stands on it again
        RunReport after = NightlyRun.run(home, inbox, LocalDate.of(2026, 4, 3));
        assertThat(after.unchangedSinceRun()).isEqualTo(april.runId());
    }
}
