package no.hdo.dw.warehouse.turnus;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * DAILY_HOURS (definitions.md): for each start s of a work interval, the working time inside
 * [s, s + 24 h) is at most 13 h, 16 h with dispensation; dated the day of s, one a day.
 */
class AmlDailyHoursTests extends AmlRuleTests {

    @Test
    void thirteenHoursIsJustInside() {
        // given
        engine.employee(PERSON, false).shift("ORD", "2026-01-05 07:00", "2026-01-05 20:00");

        // when / then
        assertThat(engine.breaches("DAILY_HOURS")).isEmpty();
    }

    @Test
    void thirteenHoursAndOneMinuteIsABreach() {
        // given
        engine.employee(PERSON, false).shift("ORD", "2026-01-05 07:00", "2026-01-05 20:01");

        // when / then
        assertThat(engine.breaches("DAILY_HOURS")).containsExactly(breach("DAILY_HOURS", "2026-01-05", "13.02", "13"));
    }

    @Test
    void withDispensationSixteenHoursIsInsideAndOneMinuteMoreIsABreach() {
        // given a person with dispensation: 13 h 01 min on Monday, 16 h on Wednesday, 16 h 01 min on Friday
        engine.employee(PERSON, true)
                .shift("ORD", "2026-01-05 07:00", "2026-01-05 20:01")
                .shift("ORD", "2026-01-07 06:00", "2026-01-07 22:00")
                .shift("ORD", "2026-01-09 06:00", "2026-01-09 22:01");

        // when / then
        assertThat(engine.breaches("DAILY_HOURS")).containsExactly(breach("DAILY_HOURS", "2026-01-09", "16.02", "16"));
        assertThat(engine.dispensationFlags("DAILY_HOURS")).containsExactly(true);
    }

    @Test
    void twoIntervalsInsideTheWindowAcrossMidnightAddUp() {
        // given Monday 07:00 - 15:00 and Tuesday 01:00 - 06:01, both inside the window Monday 07:00 - Tuesday 07:00
        engine.employee(PERSON, false)
                .shift("ORD", "2026-01-05 07:00", "2026-01-05 15:00")
                .shift("UTR", "2026-01-06 01:00", "2026-01-06 06:01");

        // when / then: 8 h + 5.02 h; the window of Tuesday 01:00 has 5.02 h
        assertThat(engine.breaches("DAILY_HOURS")).containsExactly(breach("DAILY_HOURS", "2026-01-05", "13.02", "13"));
    }

    @Test
    void workStartingExactlyTwentyFourHoursLaterIsOutsideTheWindow() {
        // given Monday 07:00 - 15:00 and Tuesday 07:00 - 13:00
        engine.employee(PERSON, false)
                .shift("ORD", "2026-01-05 07:00", "2026-01-05 15:00")
                .shift("ORD", "2026-01-06 07:00", "2026-01-06 13:00");

        // when / then
        assertThat(engine.breaches("DAILY_HOURS")).isEmpty();
    }

    @Test
    void onlyTheWorkInsideTheWindowCounts() {
        // given a 30-hour stretch from Monday 07:00: the window Monday 07:00 - Tuesday 07:00 holds 24 h of it
        engine.employee(PERSON, false).shift("ORD", "2026-01-05 07:00", "2026-01-06 13:00");

        // when / then
        assertThat(engine.breaches("DAILY_HOURS")).containsExactly(breach("DAILY_HOURS", "2026-01-05", "24", "13"));
    }

    @Test
    void atMostOneBreachAPersonADayWithTheMostHours() {
        // given Monday 00:00 - 06:00, 08:00 - 16:00 and 20:00 - Tuesday 02:00
        engine.employee(PERSON, false)
                .shift("ORD", "2026-01-05 00:00", "2026-01-05 06:00")
                .shift("ORD", "2026-01-05 08:00", "2026-01-05 16:00")
                .shift("ORD", "2026-01-05 20:00", "2026-01-06 02:00");

        // when / then: windows from 00:00 (6 + 8 + 4 = 18 h) and 08:00 (8 + 6 = 14 h) both break it: one breach, 18 h
        assertThat(engine.breaches("DAILY_HOURS")).containsExactly(breach("DAILY_HOURS", "2026-01-05", "18", "13"));
    }

    @Test
    void aNightShiftAcrossTheWeekBoundaryIsDatedItsStart() {
        // given Sunday 19:00 - Monday 08:01
        engine.employee(PERSON, false).shift("ORD", "2026-01-11 19:00", "2026-01-12 08:01");

        // when / then
        assertThat(engine.breaches("DAILY_HOURS")).containsExactly(breach("DAILY_HOURS", "2026-01-11", "13.02", "13"));
    }

    @Test
    void springForwardNightIsOneHourShorterThanTheClockShows() {
        // given Saturday 29 March 2025 20:00 - Sunday 10:00 (14 h on the clock, 13 h real) and 20:00 - 10:30 a week
        // later
        engine.employee(PERSON, false)
                .shift("ORD", "2025-03-29 20:00", "2025-03-30 10:00")
                .shift("ORD", "2025-04-05 20:00", "2025-04-06 09:30");

        // when / then: only the second, 13.5 h real
        assertThat(engine.breaches("DAILY_HOURS")).containsExactly(breach("DAILY_HOURS", "2025-04-05", "13.5", "13"));
    }

    @Test
    void springForwardNightWithThirteenAndAHalfRealHoursIsABreach() {
        // given Saturday 20:00 - Sunday 10:30: 14.5 h on the clock, 13.5 h real
        engine.employee(PERSON, false).shift("ORD", "2025-03-29 20:00", "2025-03-30 10:30");

        // when / then
        assertThat(engine.breaches("DAILY_HOURS")).containsExactly(breach("DAILY_HOURS", "2025-03-29", "13.5", "13"));
    }

    @Test
    void fallBackNightIsOneHourLongerThanTheClockShows() {
        // given Saturday 25 October 2025 20:00 - Sunday 08:00: 12 h on the clock, 13 h real
        engine.employee(PERSON, false).shift("ORD", "2025-10-25 20:00", "2025-10-26 08:00");

        // when / then
        assertThat(engine.breaches("DAILY_HOURS")).isEmpty();
    }

    @Test
    void fallBackNightWithThirteenAndAHalfRealHoursIsABreach() {
        // given Saturday 20:00 - Sunday 08:30: 12.5 h on the clock, 13.5 h real
        engine.employee(PERSON, false).shift("ORD", "2025-10-25 20:00", "2025-10-26 08:30");

        // when / then
        assertThat(engine.breaches("DAILY_HOURS")).containsExactly(breach("DAILY_HOURS", "2025-10-25", "13.5", "13"));
    }

    @Test
    void theDoubledAutumnHourIsTwoRealHours() {
        // given a call-out from the first 02:00 (+02:00) to 03:00 (+01:00), two real hours, and a shift 03:00 - 14:01
        engine.employee(PERSON, false)
                .shift("UTR", "2025-10-26 02:00+02:00", "2025-10-26 03:00+01:00")
                .shift("ORD", "2025-10-26 03:00+01:00", "2025-10-26 14:01+01:00");

        // when / then: 2 h + 11.02 h = 13.02 h, where the clock shows 12.02 h
        assertThat(engine.breaches("DAILY_HOURS")).containsExactly(breach("DAILY_HOURS", "2025-10-26", "13.02", "13"));
    }
}
