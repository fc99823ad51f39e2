package no.hdo.dw.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class DomainsTests {

    @Test
    void aModelOrTestBelongsToTheDomainItsNameCarries() {
        assertThat(Domains.of("staging.stg_ledger__saft_lines")).isEqualTo("ledger");
        assertThat(Domains.of("marts.dim_calendar_month")).isEqualTo("calendar");
        assertThat(Domains.of("bi.bi_turnus_aml_rules")).isEqualTo("turnus");
        assertThat(Domains.of("assert_bi_video__keys_join")).isEqualTo("video");
        assertThat(Domains.of("assert_fct_medielogg_call__one_row_per_recording"))
                .isEqualTo("medielogg");
        assertThat(Domains.of("assert_ledger_saft__balances_add_up")).isEqualTo("ledger");
        assertThat(Domains.of("reporting.rpt_lifex_rollout_monthly")).isEqualTo("lifex");
        // the whole publication's: about every feed, or every bi view
        assertThat(Domains.of("bi.bi_source_freshness")).isNull();
        assertThat(Domains.of("assert_bi__columns_suit_power_bi")).isNull();
        // a word inside another is no domain
        assertThat(Domains.of("bi.bi_videos")).isNull();
    }

    @Test
    void aFailedSourceHoldsBackItselfAndAFailedCalendarEverySource() {
        // given the project's models, and what each domain reads

        // when a source's test fails, or the calendar's
        Set<String> ledger = Domains.heldBack(Set.of("ledger"));
        Set<String> calendar = Domains.heldBack(Set.of("calendar"));

        // then a source holds back only what reads it, and every source reads the calendar
        assertThat(ledger).containsExactly("ledger");
        assertThat(calendar).containsExactlyInAnyOrderElementsOf(Domains.ALL);
    }
}
