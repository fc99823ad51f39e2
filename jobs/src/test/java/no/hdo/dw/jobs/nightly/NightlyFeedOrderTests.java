package no.hdo.dw.jobs.nightly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import no.hdo.dw.pipeline.landing.FeedSpec;
import no.hdo.dw.pipeline.ledger.BudgetFeed;
import no.hdo.dw.pipeline.ledger.MappingFeed;
import no.hdo.dw.pipeline.ledger.ReceivablesFeed;
import no.hdo.dw.pipeline.ledger.SaftFeed;
import no.hdo.dw.pipeline.lifex.LifexTrackerFeed;
import no.hdo.dw.pipeline.medielogg.MedieloggAvailabilityFeed;
import no.hdo.dw.pipeline.medielogg.MedieloggCallsFeed;
import no.hdo.dw.pipeline.turnus.AbsencesFeed;
import no.hdo.dw.pipeline.turnus.EmployeesFeed;
import no.hdo.dw.pipeline.turnus.Pseudonymiser;
import no.hdo.dw.pipeline.turnus.ShiftsFeed;
import no.hdo.dw.pipeline.video.BliksundFeed;
import no.hdo.dw.pipeline.video.SnlaFeed;
import org.junit.jupiter.api.Test;

/** The job's landing steps follow the stated list of feeds, whatever order the beans come in. */
class NightlyFeedOrderTests {

    private static List<FeedSpec<?, ?>> everyFeed() {
        Pseudonymiser noKey = new Pseudonymiser(null);
        return List.of(
                new LifexTrackerFeed(),
                new SnlaFeed(),
                new MappingFeed(),
                new ShiftsFeed(noKey),
                new BliksundFeed(),
                new SaftFeed(),
                new MedieloggAvailabilityFeed(),
                new BudgetFeed(),
                new EmployeesFeed(noKey),
                new ReceivablesFeed(),
                new AbsencesFeed(noKey),
                new MedieloggCallsFeed());
    }

    @Test
    void theFeedsLandInTheStatedOrder() {
        // given the configured feeds in some order
        List<FeedSpec<?, ?>> shuffled = new ArrayList<>(everyFeed());
        Collections.shuffle(shuffled, new java.util.Random(14));

        // when
        List<FeedSpec<?, ?>> ordered = NightlyJobConfiguration.inFeedOrder(shuffled);

        // then
        assertThat(ordered)
                .extracting(feed -> feed.id().source() + "/" + feed.id().feed())
                .containsExactly(
                        "video/bliksund",
                        "video/snla",
                        "ledger/saft",
                        "ledger/budget",
                        "ledger/receivables",
                        "ledger/mapping",
                        "turnus/employees",
                        "turnus/shifts",
                        "turnus/absences",
                        "medielogg/calls",
                        "medielogg/availability",
                        "lifex/tracker");
    }

    @Test
    void aFeedMissingFromEitherSideStopsTheStart() {
        List<FeedSpec<?, ?>> withoutSnla = everyFeed().stream()
                .filter(feed -> !feed.id().feed().equals("snla"))
                .toList();
        List<FeedSpec<?, ?>> snlaTwice = new ArrayList<>(everyFeed());
        snlaTwice.add(new SnlaFeed());

        assertThatThrownBy(() -> NightlyJobConfiguration.inFeedOrder(withoutSnla))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("snla")
                .hasMessageContaining("not configured");
        assertThatThrownBy(() -> NightlyJobConfiguration.inFeedOrder(snlaTwice))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("snla")
                .hasMessageContaining("configured twice");
    }
}
