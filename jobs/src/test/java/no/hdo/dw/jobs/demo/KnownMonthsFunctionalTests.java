package no.hdo.dw.jobs.demo;

import static no.hdo.dw.jobs.support.CommandLineRun.hdoDw;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import no.hdo.dw.jobs.support.CommandLineRun.Captured;
import no.hdo.dw.jobs.support.DemoPublication;
import org.junit.jupiter.api.Test;

/**
 * No data is not zero (definitions.md, "Known months"), on the demo's publication: its sources cover
 * February 2025 to February 2026 (the demo runs on 1 March 2026; the video files of 1 March cover
 * March too), so January 2025 and the months after are unknown in every trend and in the result
 * table's actuals, while a covered month with nothing in it stays 0.
 */
class KnownMonthsFunctionalTests {

    private static List<String> csv(String... arguments) {
        String[] withHome = new String[arguments.length + 4];
        System.arraycopy(arguments, 0, withHome, 0, arguments.length);
        withHome[arguments.length] = "--format";
        withHome[arguments.length + 1] = "csv";
        withHome[arguments.length + 2] = "--home";
        withHome[arguments.length + 3] = DemoPublication.get().home().root().toString();
        Captured captured = hdoDw(withHome);
        assertThat(captured.exitCode()).as(captured.err()).isZero();
        return captured.out().lines().toList();
    }

    @Test
    void everyTrendIsEmptyBeforeAndAfterTheDataAndZeroOnlyInsideIt() {
        // when: a window from January 2025 and one to April 2026
        // then
        assertThat(csv("trend", "video-calls", "--to", "2025-02", "--months", "2"))
                .containsExactly("month,bliksund,snla,total", "2025-01,,,", "2025-02,8814,5423,14237");
        assertThat(csv("trend", "aml-breaches", "--to", "2026-04", "--months", "3"))
                .containsExactly("month,breaches", "2026-02,11", "2026-03,", "2026-04,");
        assertThat(csv("trend", "overtime", "--to", "2025-02", "--months", "2"))
                .containsExactly("month,overtime_hours", "2025-01,", "2025-02,281.00");
        assertThat(csv("trend", "callout-hours", "--to", "2026-03", "--months", "2"))
                .containsExactly("month,callout_hours", "2026-02,104.00", "2026-03,");
        assertThat(csv("trend", "headcount", "--to", "2026-03", "--months", "2"))
                .containsExactly(
                        "month,permanent,temporary,trainees,total,fte", "2026-02,95,4,4,103,102.20", "2026-03,,,,,");
        // the video files of 1 March cover March, which has no calls yet

        assertThat(csv("trend", "video-calls", "--to", "2026-04", "--months", "2"))
                .containsExactly("month,bliksund,snla,total", "2026-03,0,0,0", "2026-04,,,");
        assertThat(csv("trend", "sick-leave", "--to", "2025-02", "--months", "2"))
                .containsExactly(
                        "month,short_term_pct,long_term_pct,total_pct", "2025-01,,,", "2025-02,1.70,0.23,1.93");
        assertThat(csv("trend", "medielogg-uptime", "--to", "2026-03", "--months", "2"))
                .containsExactly("month,central_pct,end_user_pct", "2026-02,100.00,100.00", "2026-03,,");
    }

    @Test
    void theCumulativeRolloutIsUnknownAfterTheLastSnapshotNotZero() {
        // then: covered months with no cutover are 0, the month after the newest snapshot is unknown
        assertThat(csv("trend", "lifex-rollout", "--to", "2026-03", "--months", "14"))
                .startsWith("month,cutovers,cumulative", "2025-02,0,0", "2025-03,0,0")
                .endsWith("2026-02,2,43", "2026-03,,");
    }

    @Test
    void aResultPeriodWithAnUncoveredMonthShowsTheBudgetAndLeavesTheActualsEmpty() {
        // when: March 2026 has no SAF-T period
        List<String> march = csv("report", "result", "--from", "2026-03", "--to", "2026-03");

        // then: every row has its budget and annual budget, and no actual, deviation or year to date actual
        assertThat(march).hasSize(29);
        for (String row : march.subList(1, march.size())) {
            // the amounts are the last seven fields (a line name may hold a quoted comma)
            String[] fields = row.split(",", -1);
            String[] cells = java.util.Arrays.copyOfRange(fields, fields.length - 8, fields.length);
            assertThat(cells[1]).as(row).isEmpty();
            assertThat(cells[2]).as(row).isNotEmpty();
            assertThat(cells[3]).as(row).isEmpty();
            assertThat(cells[4]).as(row).isEmpty();
            assertThat(cells[5]).as(row).isNotEmpty();
            assertThat(cells[6]).as(row).isEmpty();
            assertThat(cells[7]).as(row).isNotEmpty();
        }
        assertThat(march.get(1)).startsWith("Driftsinntekt,,21065111.87,,,58832298.94,,226566247.82");
    }
}
