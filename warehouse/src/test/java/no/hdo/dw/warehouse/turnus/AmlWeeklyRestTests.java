package no.hdo.dw.warehouse.turnus;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * WEEKLY_REST (definitions.md): for each ISO week with working time (Monday 00:00 to Monday 00:00
 * local time), the longest continuous free time inside the week is at least 35 h, 28 h with
 * dispensation; dated the week's Sunday. The week of 2026-01-05 ends on Sunday 2026-01-11.
 */
class AmlWeeklyRestTests extends AmlRuleTests {

    @Test
    void thirtyFiveHoursIsJustInside() {
        // given Monday - Thursday 07 - 15, then Saturday and Sunday 02 - 10: Thursday 15:00 - Saturday 02:00 is 35 h
        engine.employee(PERSON, false)
                .everyDay("ORD", "2026-01-05", "2026-01-08", "07:00", "15:00")
                .everyDay("ORD", "2026-01-10", "2026-01-11", "02:00", "10:00");

        // when / then
        assertThat(engine.breaches("WEEKLY_REST")).isEmpty();
    }

    @Test
    void oneMinuteLessIsABreachDatedTheSunday() {
        // given the same week with Saturday's shift a minute earlier
        engine.employee(PERSON, false)
                .everyDay("ORD", "2026-01-05", "2026-01-08", "07:00", "15:00")
                .shift("ORD", "2026-01-10 01:59", "2026-01-10 10:00")
                .shift("ORD", "2026-01-11 02:00", "2026-01-11 10:00");

        // when / then
        assertThat(engine.breaches("WEEKLY_REST")).containsExactly(breach("WEEKLY_REST", "2026-01-11", "34.98", "35"));
    }

    @Test
    void withDispensationTwentyEightHoursIsInsideAndOneMinuteLessIsABreach() {
        // given a person with dispensation; week 1: longest rest Thursday 15:00 - Friday 18:59 (27.98 h);
        // week 2: the same pattern with Friday at 19:00 (28 h)
        engine.employee(PERSON, true)
                .everyDay("ORD", "2026-01-05", "2026-01-08", "07:00", "15:00")
                .shift("ORD", "2026-01-09 18:59", "2026-01-09 23:00")
                .shift("ORD", "2026-01-10 18:00", "2026-01-10 23:00")
                .shift("ORD", "2026-01-11 12:00", "2026-01-11 20:00")
                .everyDay("ORD", "2026-01-12", "2026-01-15", "07:00", "15:00")
                .shift("ORD", "2026-01-16 19:00", "2026-01-16 23:00")
                .shift("ORD", "2026-01-17 18:00", "2026-01-17 23:00")
                .shift("ORD", "2026-01-18 12:00", "2026-01-18 20:00");

        // when / then
        assertThat(engine.breaches("WEEKLY_REST")).containsExactly(breach("WEEKLY_REST", "2026-01-11", "27.98", "28"));
        assertThat(engine.dispensationFlags("WEEKLY_REST")).containsExactly(true);
    }

    @Test
    void withoutDispensationTwentyEightHoursIsABreach() {
        // given the week whose longest rest is Thursday 15:00 - Friday 19:00
        engine.employee(PERSON, false)
                .everyDay("ORD", "2026-01-05", "2026-01-08", "07:00", "15:00")
                .shift("ORD", "2026-01-09 19:00", "2026-01-09 23:00")
                .shift("ORD", "2026-01-10 18:00", "2026-01-10 23:00")
                .shift("ORD", "2026-01-11 12:00", "2026-01-11 20:00");

        // when / then
        assertThat(engine.breaches("WEEKLY_REST")).containsExactly(breach("WEEKLY_REST", "2026-01-11", "28", "35"));
    }

    @Test
    void freeTimeFromTheWeeksStartCounts() {
        // given nothing until Tuesday 11:00 (35 h after Monday 00:00), then a shift every day; and the same a week
        // later from Tuesday 10:59
        engine.employee(PERSON, false)
                .shift("ORD", "2026-01-06 11:00", "2026-01-06 19:00")
                .everyDay("ORD", "2026-01-07", "2026-01-11", "07:00", "15:00")
                .shift("ORD", "2026-01-13 10:59", "2026-01-13 19:00")
                .everyDay("ORD", "2026-01-14", "2026-01-18", "07:00", "15:00");

        // when / then: the second week's rest from Monday 00:00 is 34.98 h (its Sunday's 9 h to the week's end is
        // shorter)
        assertThat(engine.breaches("WEEKLY_REST")).containsExactly(breach("WEEKLY_REST", "2026-01-18", "34.98", "35"));
    }

    @Test
    void restAcrossTheWeekBoundaryIsCutAtTheBoundary() {
        // given every day 07 - 15 in the first week, then nothing until Wednesday 07:00 of the next
        engine.employee(PERSON, false)
                .everyDay("ORD", "2026-01-05", "2026-01-11", "07:00", "15:00")
                .everyDay("ORD", "2026-01-14", "2026-01-18", "07:00", "15:00");

        // when / then: the 64 h from Sunday 15:00 give the first week only its last 9 h (its longest is 16 h);
        // the second week has 55 h from Monday 00:00
        assertThat(engine.breaches("WEEKLY_REST")).containsExactly(breach("WEEKLY_REST", "2026-01-11", "16", "35"));
    }

    @Test
    void standbyIsRestButCallOutsBreakIt() {
        // given Monday - Thursday 07 - 15, standby from Friday 07:00 to Monday 07:00, call-outs on Friday and Saturday
        // evening
        engine.employee(PERSON, false)
                .everyDay("ORD", "2026-01-05", "2026-01-08", "07:00", "15:00")
                .shift("BV", "2026-01-09 07:00", "2026-01-12 07:00")
                .shift("UTR", "2026-01-09 20:00", "2026-01-09 21:00")
                .shift("UTR", "2026-01-10 20:00", "2026-01-10 21:00");

        // when / then: Thursday 15:00 - Friday 20:00 is the longest rest, 29 h (without the call-outs it would be 81 h)
        assertThat(engine.breaches("WEEKLY_REST")).containsExactly(breach("WEEKLY_REST", "2026-01-11", "29", "35"));
    }

    @Test
    void theSpringForwardWeekHasOneHourLess() {
        // given the week of 24 March 2025 (167 h): Monday - Friday 07 - 15 and Saturday 04 - 12, 36 h on the clock to
        // the week's end but 35 h real; the next week the same with Saturday until 12:01 (35.98 h real)
        engine.employee(PERSON, false)
                .everyDay("ORD", "2025-03-24", "2025-03-28", "07:00", "15:00")
                .shift("ORD", "2025-03-29 04:00", "2025-03-29 12:00")
                .everyDay("ORD", "2025-03-31", "2025-04-04", "07:00", "15:00")
                .shift("ORD", "2025-04-05 04:00", "2025-04-05 12:01");

        // when / then
        assertThat(engine.breaches("WEEKLY_REST")).isEmpty();
    }

    @Test
    void theSpringForwardWeekWithAMinuteLessIsABreach() {
        // given Saturday 29 March 2025 until 12:01: 34.98 h real to Monday 00:00
        engine.employee(PERSON, false)
                .everyDay("ORD", "2025-03-24", "2025-03-28", "07:00", "15:00")
                .shift("ORD", "2025-03-29 04:00", "2025-03-29 12:01");

        // when / then
        assertThat(engine.breaches("WEEKLY_REST")).containsExactly(breach("WEEKLY_REST", "2025-03-30", "34.98", "35"));
    }

    @Test
    void theFallBackWeekHasOneHourMore() {
        // given the week of 20 October 2025 (169 h): Saturday 04 - 14, 34 h on the clock to the week's end, 35 h real
        engine.employee(PERSON, false)
                .everyDay("ORD", "2025-10-20", "2025-10-24", "07:00", "15:00")
                .shift("ORD", "2025-10-25 04:00", "2025-10-25 14:00");

        // when / then
        assertThat(engine.breaches("WEEKLY_REST")).isEmpty();
    }

    @Test
    void theFallBackWeekWithAMinuteLessIsABreach() {
        // given Saturday until 14:01: 34.98 h real
        engine.employee(PERSON, false)
                .everyDay("ORD", "2025-10-20", "2025-10-24", "07:00", "15:00")
                .shift("ORD", "2025-10-25 04:00", "2025-10-25 14:01");

        // when / then
        assertThat(engine.breaches("WEEKLY_REST")).containsExactly(breach("WEEKLY_REST", "2025-10-26", "34.98", "35"));
    }
}
