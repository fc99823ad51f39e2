package no.hdo.dw.warehouse.turnus;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * DAILY_REST (definitions.md): for each start s of a work interval, the longest continuous free time
 * inside [s, s + 24 h) is at least 11 h, 8 h with dispensation; dated the day of s, one a day.
 * 2026-01-05 is a Monday; the clocks go forward on 2025-03-30 and back on 2025-10-26.
 */
class AmlDailyRestTests extends AmlRuleTests {

    @Test
    void elevenHoursOfRestIsJustInside() {
        // given an evening shift and, 11 h after it, a day shift
        engine.employee(PERSON, false)
                .shift("ORD", "2026-01-05 15:00", "2026-01-05 23:00")
                .shift("ORD", "2026-01-06 10:00", "2026-01-06 18:00");

        // when / then
        assertThat(engine.breaches("DAILY_REST")).isEmpty();
    }

    @Test
    void oneMinuteLessThanElevenHoursIsABreachDatedTheDayTheWindowStarts() {
        // given 10 h 59 min between an evening shift and the next day's shift (across midnight)
        engine.employee(PERSON, false)
                .shift("ORD", "2026-01-05 15:00", "2026-01-05 23:00")
                .shift("ORD", "2026-01-06 09:59", "2026-01-06 18:00");

        // when / then: the window of Monday 15:00 has 10.98 h of rest at most
        assertThat(engine.breaches("DAILY_REST")).containsExactly(breach("DAILY_REST", "2026-01-05", "10.98", "11"));
    }

    @Test
    void withDispensationTenHoursFiftyNineIsInsideAndEightHoursIsTheLimit() {
        // given a person with dispensation, 10 h 59 min of rest after Monday, 8 h after Wednesday, 7 h 59 min after
        // Friday
        engine.employee(PERSON, true)
                .shift("ORD", "2026-01-05 15:00", "2026-01-05 23:00")
                .shift("ORD", "2026-01-06 09:59", "2026-01-06 18:00")
                .shift("ORD", "2026-01-07 15:00", "2026-01-07 23:00")
                .shift("ORD", "2026-01-08 07:00", "2026-01-08 15:00")
                .shift("ORD", "2026-01-09 15:00", "2026-01-09 23:00")
                .shift("ORD", "2026-01-10 06:59", "2026-01-10 15:00");

        // when / then: only Friday's 7.98 h is under the 8 h of the dispensation
        assertThat(engine.breaches("DAILY_REST")).containsExactly(breach("DAILY_REST", "2026-01-09", "7.98", "8"));
        assertThat(engine.dispensationFlags("DAILY_REST")).containsExactly(true);
    }

    @Test
    void nightShiftsAcrossMidnight() {
        // given a night shift Monday 21:00 - Tuesday 07:00 and the next shift Tuesday 17:00 - Wednesday 01:00
        engine.employee(PERSON, false)
                .shift("ORD", "2026-01-05 21:00", "2026-01-06 07:00")
                .shift("ORD", "2026-01-06 17:00", "2026-01-07 01:00");

        // when / then: the window Monday 21:00 - Tuesday 21:00 has 10 h free (07 - 17); Tuesday's window has 16 h
        assertThat(engine.breaches("DAILY_REST")).containsExactly(breach("DAILY_REST", "2026-01-05", "10", "11"));
    }

    @Test
    void acrossAWeekBoundaryTheBreachIsDatedTheSunday() {
        // given Sunday 15:00 - 23:00 and Monday 07:00 - 15:00
        engine.employee(PERSON, false)
                .shift("ORD", "2026-01-11 15:00", "2026-01-11 23:00")
                .shift("ORD", "2026-01-12 07:00", "2026-01-12 15:00");

        // when / then
        assertThat(engine.breaches("DAILY_REST")).containsExactly(breach("DAILY_REST", "2026-01-11", "8", "11"));
    }

    @Test
    void atMostOneBreachAPersonADayWithTheShortestRest() {
        // given three work intervals starting on Monday, each window of which is short of rest
        engine.employee(PERSON, false)
                .shift("ORD", "2026-01-05 06:00", "2026-01-05 08:00")
                .shift("ORD", "2026-01-05 12:00", "2026-01-05 14:00")
                .shift("ORD", "2026-01-05 22:00", "2026-01-06 02:00")
                .shift("ORD", "2026-01-06 12:00", "2026-01-06 14:00");

        // when / then: windows from 06:00 (8 h: 14 - 22), 12:00 (10 h: 02 - 12) and 22:00 (10 h) give one breach, 8 h;
        // the window of Tuesday 12:00 has 22 h free up to its end
        assertThat(engine.breaches("DAILY_REST")).containsExactly(breach("DAILY_REST", "2026-01-05", "8", "11"));
    }

    @Test
    void freeTimeAtTheWindowsEndCountsUpToTheEnd() {
        // given a single 14 h shift: the window has 10 h free after it, up to s + 24 h
        engine.employee(PERSON, false).shift("ORD", "2026-01-05 07:00", "2026-01-05 21:00");

        // when / then
        assertThat(engine.breaches("DAILY_REST")).containsExactly(breach("DAILY_REST", "2026-01-05", "10", "11"));
    }

    @Test
    void springForwardNightHasOneHourLessRestThanTheClockShows() {
        // given Saturday 29 March 2025 15:00 - 23:00 and Sunday 10:00 - 18:00: 11 h on the clock, 10 h real
        engine.employee(PERSON, false)
                .shift("ORD", "2025-03-29 15:00", "2025-03-29 23:00")
                .shift("ORD", "2025-03-30 10:00", "2025-03-30 18:00");

        // when / then
        assertThat(engine.breaches("DAILY_REST")).containsExactly(breach("DAILY_REST", "2025-03-29", "10", "11"));
    }

    @Test
    void springForwardNightWithElevenRealHoursIsInside() {
        // given Saturday 23:00 to Sunday 11:00: 12 h on the clock, 11 h real
        engine.employee(PERSON, false)
                .shift("ORD", "2025-03-29 15:00", "2025-03-29 23:00")
                .shift("ORD", "2025-03-30 11:00", "2025-03-30 19:00");

        // when / then
        assertThat(engine.breaches("DAILY_REST")).isEmpty();
    }

    @Test
    void fallBackNightHasOneHourMoreRestThanTheClockShows() {
        // given Saturday 25 October 2025 15:00 - 23:00 and Sunday 09:00 - 17:00: 10 h on the clock, 11 h real
        engine.employee(PERSON, false)
                .shift("ORD", "2025-10-25 15:00", "2025-10-25 23:00")
                .shift("ORD", "2025-10-26 09:00", "2025-10-26 17:00");

        // when / then
        assertThat(engine.breaches("DAILY_REST")).isEmpty();
    }

    @Test
    void fallBackNightWithTenRealHoursIsABreach() {
        // given Saturday 23:00 to Sunday 08:00: 9 h on the clock, 10 h real
        engine.employee(PERSON, false)
                .shift("ORD", "2025-10-25 15:00", "2025-10-25 23:00")
                .shift("ORD", "2025-10-26 08:00", "2025-10-26 16:00");

        // when / then
        assertThat(engine.breaches("DAILY_REST")).containsExactly(breach("DAILY_REST", "2025-10-25", "10", "11"));
    }

    @Test
    void standbyIsRestButACallOutInItIsWork() {
        // given a day shift, standby 15:00 - 07:00, the next day shift; on the second night a call-out 22:00 - 23:30
        engine.employee(PERSON, false)
                .shift("ORD", "2026-01-05 07:00", "2026-01-05 15:00")
                .shift("BV", "2026-01-05 15:00", "2026-01-06 07:00")
                .shift("ORD", "2026-01-06 07:00", "2026-01-06 15:00")
                .shift("BV", "2026-01-06 15:00", "2026-01-07 07:00")
                .shift("UTR", "2026-01-06 22:00", "2026-01-06 23:30")
                .shift("ORD", "2026-01-07 07:00", "2026-01-07 15:00");

        // when / then: Monday's 16 h under standby are rest; on Tuesday the call-out splits the rest into 7 h and 7.5 h
        assertThat(engine.breaches("DAILY_REST")).containsExactly(breach("DAILY_REST", "2026-01-06", "7.5", "11"));
    }
}
