package no.hdo.dw.warehouse.turnus;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * OVERTIME_WEEK (at most 10 h, 20 h with dispensation), OVERTIME_4_WEEKS (25 h, 50 h) and
 * OVERTIME_52_WEEKS (200 h, 300 h) of definitions.md: OT hours in the ISO week, in the week and the
 * 3 before it, and in the week and the 51 before it; dated the week's Sunday.
 */
class AmlOvertimeTests extends AmlRuleTests {

    @Test
    void tenHoursOfOvertimeAWeekIsJustInsideAndOverlappingOvertimeCountsOnce() {
        // given ordinary hours, and overtime Saturday 08 - 14 and 12 - 18 (10 h together)
        engine.employee(PERSON, false)
                .everyDay("ORD", "2026-01-05", "2026-01-09", "07:00", "15:00")
                .shift("OT", "2026-01-10 08:00", "2026-01-10 14:00")
                .shift("OT", "2026-01-10 12:00", "2026-01-10 18:00");

        // when / then
        assertThat(engine.breaches("OVERTIME_WEEK")).isEmpty();
    }

    @Test
    void oneMinuteMoreIsABreachDatedTheSunday() {
        // given
        engine.employee(PERSON, false).shift("OT", "2026-01-10 08:00", "2026-01-10 18:01");

        // when / then
        assertThat(engine.breaches("OVERTIME_WEEK"))
                .containsExactly(breach("OVERTIME_WEEK", "2026-01-11", "10.02", "10"));
    }

    @Test
    void withDispensationTwentyHoursIsInsideAndOneMinuteMoreIsABreach() {
        // given a person with dispensation: 20 h of overtime in the first week, 20 h 01 min in the second
        engine.employee(PERSON, true)
                .shift("OT", "2026-01-10 08:00", "2026-01-10 18:00")
                .shift("OT", "2026-01-11 08:00", "2026-01-11 18:00")
                .shift("OT", "2026-01-17 08:00", "2026-01-17 18:00")
                .shift("OT", "2026-01-18 08:00", "2026-01-18 18:01");

        // when / then
        assertThat(engine.breaches("OVERTIME_WEEK"))
                .containsExactly(breach("OVERTIME_WEEK", "2026-01-18", "20.02", "20"));
    }

    @Test
    void overtimeAcrossTheWeekBoundaryCountsInBothWeeks() {
        // given 7 h of overtime on Saturday and overtime Sunday 20:00 - Monday 04:00
        engine.employee(PERSON, false)
                .shift("OT", "2026-01-10 10:00", "2026-01-10 17:00")
                .shift("OT", "2026-01-11 20:00", "2026-01-12 04:00");

        // when / then: 11 h in the first week, 4 h in the second
        assertThat(engine.breaches("OVERTIME_WEEK")).containsExactly(breach("OVERTIME_WEEK", "2026-01-11", "11", "10"));
    }

    @Test
    void theSpringForwardNightIsOneHourShorter() {
        // given overtime Saturday 29 March 2025 22:00 - Sunday 09:00: 11 h on the clock, 10 h real
        engine.employee(PERSON, false).shift("OT", "2025-03-29 22:00", "2025-03-30 09:00");

        // when / then
        assertThat(engine.breaches("OVERTIME_WEEK")).isEmpty();
    }

    @Test
    void theFallBackNightIsOneHourLonger() {
        // given overtime Saturday 25 October 2025 22:00 - Sunday 07:01: 9.02 h on the clock, 10.02 h real
        engine.employee(PERSON, false).shift("OT", "2025-10-25 22:00", "2025-10-26 07:01");

        // when / then
        assertThat(engine.breaches("OVERTIME_WEEK"))
                .containsExactly(breach("OVERTIME_WEEK", "2025-10-26", "10.02", "10"));
    }

    @Test
    void twentyFiveHoursInFourWeeksIsJustInsideAndOneMinuteMoreIsABreach() {
        // given overtime of 7, 6, 6 and 6 h in four weeks, then 6 h 01 min in the fifth
        engine.employee(PERSON, false)
                .shift("OT", "2026-01-10 08:00", "2026-01-10 15:00")
                .everyWeek("OT", "2026-01-17", 3, "08:00", "14:00")
                .shift("OT", "2026-02-07 08:00", "2026-02-07 14:01");

        // when / then: weeks 1 - 4 hold 25 h; weeks 2 - 5 hold 6 + 6 + 6 + 6.02 = 24.02 h
        assertThat(engine.breaches("OVERTIME_4_WEEKS")).isEmpty();
    }

    @Test
    void oneMinuteOverTwentyFiveHoursInFourWeeksIsABreach() {
        // given overtime of 7, 6, 6 and 6 h 01 min in four weeks
        engine.employee(PERSON, false)
                .shift("OT", "2026-01-10 08:00", "2026-01-10 15:00")
                .everyWeek("OT", "2026-01-17", 2, "08:00", "14:00")
                .shift("OT", "2026-01-31 08:00", "2026-01-31 14:01");

        // when / then
        assertThat(engine.breaches("OVERTIME_4_WEEKS"))
                .containsExactly(breach("OVERTIME_4_WEEKS", "2026-02-01", "25.02", "25"));
    }

    @Test
    void withDispensationFiftyHoursInFourWeeksIsInsideAndOneMinuteMoreIsABreach() {
        // given a person with dispensation: 12.5 h of overtime a week for four weeks, then 12 h 31 min
        engine.employee(PERSON, true)
                .everyWeek("OT", "2026-01-10", 4, "08:00", "20:30")
                .shift("OT", "2026-02-07 08:00", "2026-02-07 20:31");

        // when / then: weeks 1 - 4 hold 50 h, weeks 2 - 5 hold 50.02 h
        assertThat(engine.breaches("OVERTIME_4_WEEKS"))
                .containsExactly(breach("OVERTIME_4_WEEKS", "2026-02-08", "50.02", "50"));
    }

    @Test
    void weeksWithWorkButNoOvertimeAreCheckedToo() {
        // given overtime of 10, 10 and 6 h in three weeks, then two weeks of ordinary work only
        engine.employee(PERSON, false)
                .everyWeek("OT", "2026-01-10", 2, "08:00", "18:00")
                .shift("OT", "2026-01-24 08:00", "2026-01-24 14:00")
                .shift("ORD", "2026-01-26 07:00", "2026-01-26 15:00")
                .shift("ORD", "2026-02-02 07:00", "2026-02-02 15:00");

        // when / then: 26 h in the windows ending on the third and the fourth Sunday, 16 h in the fifth
        assertThat(engine.breaches("OVERTIME_4_WEEKS"))
                .containsExactly(
                        breach("OVERTIME_4_WEEKS", "2026-01-25", "26", "25"),
                        breach("OVERTIME_4_WEEKS", "2026-02-01", "26", "25"));
    }

    @Test
    void fourWeeksEndingInTheDaylightSavingWeeksCountRealHours() {
        // given 8 + 8 h and then a night of overtime: in spring 10 h on the clock, 9 h real (25 h in all);
        // in autumn 9 h on the clock, 10 h real (26 h in all)
        engine.employee(PERSON, false)
                .everyWeek("OT", "2025-03-15", 2, "08:00", "16:00")
                .shift("OT", "2025-03-29 22:00", "2025-03-30 08:00")
                .everyWeek("OT", "2025-10-11", 2, "08:00", "16:00")
                .shift("OT", "2025-10-25 22:00", "2025-10-26 07:00");

        // when / then
        assertThat(engine.breaches("OVERTIME_4_WEEKS"))
                .containsExactly(breach("OVERTIME_4_WEEKS", "2025-10-26", "26", "25"));
    }

    @Test
    void fiftyTwoWeeksOfOvertimeRollOverAYearWithBothDaylightSavingChanges() {
        // given 4 h of overtime each week for 53 weeks from Monday 6 January 2025 (Wednesdays 16 - 20), except
        // in the two daylight-saving weeks, where it is a Saturday night: 23:00 - 04:00 in March (5 h on the
        // clock, 4 h real), 23:00 - 02:00 (+01:00) in October (3 h on the clock, 4 h real)
        engine.employee(PERSON, false)
                .everyWeek("OT", "2025-01-08", 11, "16:00", "20:00")
                .shift("OT", "2025-03-29 23:00", "2025-03-30 04:00")
                .everyWeek("OT", "2025-04-02", 29, "16:00", "20:00")
                .shift("OT", "2025-10-25 23:00", "2025-10-26 02:00+01:00")
                .everyWeek("OT", "2025-10-29", 11, "16:00", "20:00");

        // when / then: 200 h after 50 weeks (inside); 204 h after 51; 208 h after 52 and, the first week
        // dropping out, after 53
        assertThat(engine.breaches("OVERTIME_52_WEEKS"))
                .containsExactly(
                        breach("OVERTIME_52_WEEKS", "2025-12-28", "204", "200"),
                        breach("OVERTIME_52_WEEKS", "2026-01-04", "208", "200"),
                        breach("OVERTIME_52_WEEKS", "2026-01-11", "208", "200"));
    }

    @Test
    void oneMinuteOverTwoHundredHoursInFiftyTwoWeeksIsABreach() {
        // given 4 h of overtime a week for 50 weeks, the first 4 h 01 min
        engine.employee(PERSON, false)
                .shift("OT", "2025-01-08 16:00", "2025-01-08 20:01")
                .everyWeek("OT", "2025-01-15", 49, "16:00", "20:00");

        // when / then
        assertThat(engine.breaches("OVERTIME_52_WEEKS"))
                .containsExactly(breach("OVERTIME_52_WEEKS", "2025-12-21", "200.02", "200"));
    }

    @Test
    void withDispensationThreeHundredHoursIsInsideAndMoreIsABreach() {
        // given a person with dispensation, 6 h of overtime a week for 51 weeks
        engine.employee(PERSON, true).everyWeek("OT", "2025-01-08", 51, "14:00", "20:00");

        // when / then: 300 h after 50 weeks, 306 h after 51
        assertThat(engine.breaches("OVERTIME_52_WEEKS"))
                .containsExactly(breach("OVERTIME_52_WEEKS", "2025-12-28", "306", "300"));
    }
}
