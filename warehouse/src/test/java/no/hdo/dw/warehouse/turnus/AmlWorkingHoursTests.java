package no.hdo.dw.warehouse.turnus;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * HOURS_WEEK (at most 48 h, 54 h with dispensation) and HOURS_4_WEEKS (at most 192 h, 216 h) of
 * definitions.md: working hours in the ISO week, and in the week and the 3 before it; dated the
 * week's Sunday. Weeks from Monday 2026-01-05: Sundays 01-11, 01-18, 01-25, 02-01.
 */
class AmlWorkingHoursTests extends AmlRuleTests {

    @Test
    void fortyEightHoursAWeekIsJustInside() {
        // given Monday - Saturday 07 - 15, and standby on Sunday, which is not working time
        engine.employee(PERSON, false)
                .everyDay("ORD", "2026-01-05", "2026-01-10", "07:00", "15:00")
                .shift("BV", "2026-01-11 07:00", "2026-01-11 15:00");

        // when / then
        assertThat(engine.breaches("HOURS_WEEK")).isEmpty();
    }

    @Test
    void oneMinuteMoreIsABreachDatedTheSunday() {
        // given
        engine.employee(PERSON, false)
                .everyDay("ORD", "2026-01-05", "2026-01-09", "07:00", "15:00")
                .shift("ORD", "2026-01-10 07:00", "2026-01-10 15:01");

        // when / then
        assertThat(engine.breaches("HOURS_WEEK")).containsExactly(breach("HOURS_WEEK", "2026-01-11", "48.02", "48"));
    }

    @Test
    void withDispensationFiftyFourHoursIsInsideAndOneMinuteMoreIsABreach() {
        // given a person with dispensation: 54 h in the first week, 54 h 01 min in the second
        engine.employee(PERSON, true)
                .everyDay("ORD", "2026-01-05", "2026-01-10", "07:00", "16:00")
                .everyDay("ORD", "2026-01-12", "2026-01-16", "07:00", "16:00")
                .shift("ORD", "2026-01-17 07:00", "2026-01-17 16:01");

        // when / then
        assertThat(engine.breaches("HOURS_WEEK")).containsExactly(breach("HOURS_WEEK", "2026-01-18", "54.02", "54"));
    }

    @Test
    void withoutDispensationFiftyFourHoursIsABreach() {
        // given
        engine.employee(PERSON, false).everyDay("ORD", "2026-01-05", "2026-01-10", "07:00", "16:00");

        // when / then
        assertThat(engine.breaches("HOURS_WEEK")).containsExactly(breach("HOURS_WEEK", "2026-01-11", "54", "48"));
    }

    @Test
    void aNightShiftAcrossTheWeekBoundaryCountsInBothWeeks() {
        // given 48 h Monday - Saturday and a night shift Sunday 22:00 - Monday 06:00
        engine.employee(PERSON, false)
                .everyDay("ORD", "2026-01-05", "2026-01-10", "07:00", "15:00")
                .shift("ORD", "2026-01-11 22:00", "2026-01-12 06:00");

        // when / then: 2 h of it in the first week (50 h), 6 h in the second
        assertThat(engine.breaches("HOURS_WEEK")).containsExactly(breach("HOURS_WEEK", "2026-01-11", "50", "48"));
    }

    @Test
    void theSpringForwardNightIsOneHourShorter() {
        // given the week of 24 March 2025: 40 h Monday - Friday and Saturday 22:00 - Sunday 07:00, 9 h on the clock, 8
        // h real
        engine.employee(PERSON, false)
                .everyDay("ORD", "2025-03-24", "2025-03-28", "07:00", "15:00")
                .shift("ORD", "2025-03-29 22:00", "2025-03-30 07:00");

        // when / then: 48 h
        assertThat(engine.breaches("HOURS_WEEK")).isEmpty();
    }

    @Test
    void theFallBackNightIsOneHourLonger() {
        // given the week of 20 October 2025: 40 h and Saturday 22:00 - Sunday 06:00, 8 h on the clock, 9 h real
        engine.employee(PERSON, false)
                .everyDay("ORD", "2025-10-20", "2025-10-24", "07:00", "15:00")
                .shift("ORD", "2025-10-25 22:00", "2025-10-26 06:00");

        // when / then
        assertThat(engine.breaches("HOURS_WEEK")).containsExactly(breach("HOURS_WEEK", "2025-10-26", "49", "48"));
    }

    @Test
    void oneHundredNinetyTwoHoursInFourWeeksIsJustInside() {
        // given four weeks of 48 h
        engine.employee(PERSON, false)
                .everyDay("ORD", "2026-01-05", "2026-01-10", "07:00", "15:00")
                .everyDay("ORD", "2026-01-12", "2026-01-17", "07:00", "15:00")
                .everyDay("ORD", "2026-01-19", "2026-01-24", "07:00", "15:00")
                .everyDay("ORD", "2026-01-26", "2026-01-31", "07:00", "15:00");

        // when / then
        assertThat(engine.breaches("HOURS_4_WEEKS")).isEmpty();
    }

    @Test
    void oneMinuteMoreInFourWeeksIsABreachDatedTheFourthSunday() {
        // given four weeks of 48 h, with one minute more in the first
        engine.employee(PERSON, false)
                .shift("ORD", "2026-01-05 07:00", "2026-01-05 15:01")
                .everyDay("ORD", "2026-01-06", "2026-01-10", "07:00", "15:00")
                .everyDay("ORD", "2026-01-12", "2026-01-17", "07:00", "15:00")
                .everyDay("ORD", "2026-01-19", "2026-01-24", "07:00", "15:00")
                .everyDay("ORD", "2026-01-26", "2026-01-31", "07:00", "15:00");

        // when / then: counted in February, the month of its Sunday
        assertThat(engine.breaches("HOURS_4_WEEKS"))
                .containsExactly(breach("HOURS_4_WEEKS", "2026-02-01", "192.02", "192"));
    }

    @Test
    void withDispensationTwoHundredSixteenHoursIsInsideAndOneMinuteMoreIsABreach() {
        // given a person with dispensation: four weeks of 54 h, then a fifth of 54 h 01 min
        engine.employee(PERSON, true)
                .everyDay("ORD", "2026-01-05", "2026-01-10", "07:00", "16:00")
                .everyDay("ORD", "2026-01-12", "2026-01-17", "07:00", "16:00")
                .everyDay("ORD", "2026-01-19", "2026-01-24", "07:00", "16:00")
                .everyDay("ORD", "2026-01-26", "2026-01-31", "07:00", "16:00")
                .everyDay("ORD", "2026-02-02", "2026-02-06", "07:00", "16:00")
                .shift("ORD", "2026-02-07 07:00", "2026-02-07 16:01");

        // when / then: weeks 2 - 5 hold 216.02 h
        assertThat(engine.breaches("HOURS_4_WEEKS"))
                .containsExactly(breach("HOURS_4_WEEKS", "2026-02-08", "216.02", "216"));
    }

    @Test
    void weeksBeforeTheFirstDeliveredShiftCountAsEmptyAndTheWindowRolls() {
        // given three weeks of 63 h (Monday - Sunday 07 - 16) as the first data, a fourth week of 4 h and a fifth of 8
        // h
        engine.employee(PERSON, false)
                .everyDay("ORD", "2026-01-05", "2026-01-25", "07:00", "16:00")
                .shift("ORD", "2026-01-26 07:00", "2026-01-26 11:00")
                .shift("ORD", "2026-02-02 07:00", "2026-02-02 15:00");

        // when / then: 63, 126 and 189 h in the first three windows; 193 h in the fourth; 138 h in the fifth
        assertThat(engine.breaches("HOURS_4_WEEKS"))
                .containsExactly(breach("HOURS_4_WEEKS", "2026-02-01", "193", "192"));
    }

    @Test
    void fourWeeksEndingInTheSpringForwardWeekCountRealHours() {
        // given three weeks of 48 h and the week of 24 March 2025 with 40 h and a night shift of 8 real hours (9 on the
        // clock)
        engine.employee(PERSON, false)
                .everyDay("ORD", "2025-03-03", "2025-03-08", "07:00", "15:00")
                .everyDay("ORD", "2025-03-10", "2025-03-15", "07:00", "15:00")
                .everyDay("ORD", "2025-03-17", "2025-03-22", "07:00", "15:00")
                .everyDay("ORD", "2025-03-24", "2025-03-28", "07:00", "15:00")
                .shift("ORD", "2025-03-29 22:00", "2025-03-30 07:00");

        // when / then: 192 h
        assertThat(engine.breaches("HOURS_4_WEEKS")).isEmpty();
    }

    @Test
    void fourWeeksEndingInTheFallBackWeekCountRealHours() {
        // given three weeks of 48 h and the week of 20 October 2025 with 40 h and a night shift of 9 real hours (8 on
        // the clock)
        engine.employee(PERSON, false)
                .everyDay("ORD", "2025-09-29", "2025-10-04", "07:00", "15:00")
                .everyDay("ORD", "2025-10-06", "2025-10-11", "07:00", "15:00")
                .everyDay("ORD", "2025-10-13", "2025-10-18", "07:00", "15:00")
                .everyDay("ORD", "2025-10-20", "2025-10-24", "07:00", "15:00")
                .shift("ORD", "2025-10-25 22:00", "2025-10-26 06:00");

        // when / then
        assertThat(engine.breaches("HOURS_4_WEEKS"))
                .containsExactly(breach("HOURS_4_WEEKS", "2025-10-26", "193", "192"));
    }
}
