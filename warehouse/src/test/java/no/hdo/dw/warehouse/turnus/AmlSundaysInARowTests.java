package no.hdo.dw.warehouse.turnus;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * SUNDAYS_IN_A_ROW (definitions.md): Sunday S is worked if working time overlaps Saturday 18:00 -
 * Sunday 22:00 local time; a breach when S and S - 7 days are both worked, dated S. Measured: the
 * worked Sundays in a row up to S; limit 1, with or without dispensation.
 */
class AmlSundaysInARowTests extends AmlRuleTests {

    @Test
    void twoSundaysInARowIsABreachDatedTheSecond() {
        // given
        engine.employee(PERSON, false)
                .shift("ORD", "2026-01-04 07:00", "2026-01-04 15:00")
                .shift("ORD", "2026-01-11 07:00", "2026-01-11 15:00");

        // when / then
        assertThat(engine.breaches("SUNDAYS_IN_A_ROW"))
                .containsExactly(breach("SUNDAYS_IN_A_ROW", "2026-01-11", "2", "1"));
    }

    @Test
    void everyOtherSundayIsInside() {
        // given
        engine.employee(PERSON, false)
                .shift("ORD", "2026-01-04 07:00", "2026-01-04 15:00")
                .shift("ORD", "2026-01-18 07:00", "2026-01-18 15:00");

        // when / then
        assertThat(engine.breaches("SUNDAYS_IN_A_ROW")).isEmpty();
    }

    @Test
    void threeSundaysInARowAreTwoBreaches() {
        // given
        engine.employee(PERSON, false).everyWeek("ORD", "2026-01-04", 3, "07:00", "15:00");

        // when / then
        assertThat(engine.breaches("SUNDAYS_IN_A_ROW"))
                .containsExactly(
                        breach("SUNDAYS_IN_A_ROW", "2026-01-11", "2", "1"),
                        breach("SUNDAYS_IN_A_ROW", "2026-01-18", "3", "1"));
    }

    @Test
    void workTouchingTheWindowsEdgesIsNotSundayWork() {
        // given a worked Sunday, then Saturday 10:00 - 18:00, Sunday standby, and Sunday 22:00 - Monday 06:00
        engine.employee(PERSON, false)
                .shift("ORD", "2026-01-04 07:00", "2026-01-04 15:00")
                .shift("ORD", "2026-01-10 10:00", "2026-01-10 18:00")
                .shift("BV", "2026-01-11 07:00", "2026-01-11 15:00")
                .shift("ORD", "2026-01-11 22:00", "2026-01-12 06:00");

        // when / then
        assertThat(engine.breaches("SUNDAYS_IN_A_ROW")).isEmpty();
    }

    @Test
    void aSaturdayEveningAndANightShiftIntoSundayAreSundayWork() {
        // given a worked Sunday, Saturday 17:00 - 18:01 the next week, and a night shift into the Sunday after
        engine.employee(PERSON, false)
                .shift("ORD", "2026-01-04 07:00", "2026-01-04 15:00")
                .shift("OT", "2026-01-10 17:00", "2026-01-10 18:01")
                .shift("ORD", "2026-01-17 23:00", "2026-01-18 07:00");

        // when / then
        assertThat(engine.breaches("SUNDAYS_IN_A_ROW"))
                .containsExactly(
                        breach("SUNDAYS_IN_A_ROW", "2026-01-11", "2", "1"),
                        breach("SUNDAYS_IN_A_ROW", "2026-01-18", "3", "1"));
    }

    @Test
    void aCallOutOnASundayIsSundayWork() {
        // given Sunday standby with a call-out in it, after a worked Sunday
        engine.employee(PERSON, false)
                .shift("ORD", "2026-01-04 07:00", "2026-01-04 15:00")
                .shift("BV", "2026-01-11 07:00", "2026-01-11 15:00")
                .shift("UTR", "2026-01-11 09:00", "2026-01-11 10:00");

        // when / then
        assertThat(engine.breaches("SUNDAYS_IN_A_ROW"))
                .containsExactly(breach("SUNDAYS_IN_A_ROW", "2026-01-11", "2", "1"));
    }

    @Test
    void dispensationDoesNotChangeTheLimit() {
        // given a person with dispensation on two Sundays in a row
        engine.employee(PERSON, true)
                .shift("ORD", "2026-01-04 07:00", "2026-01-04 15:00")
                .shift("ORD", "2026-01-11 07:00", "2026-01-11 15:00");

        // when / then
        assertThat(engine.breaches("SUNDAYS_IN_A_ROW"))
                .containsExactly(breach("SUNDAYS_IN_A_ROW", "2026-01-11", "2", "1"));
        assertThat(engine.dispensationFlags("SUNDAYS_IN_A_ROW")).containsExactly(true);
    }

    @Test
    void theSpringForwardSundayEndsAt22LocalTime() {
        // given Sunday 23 March 2025 worked; on 30 March 21:30 - 23:00 (CEST) overlaps the window, 22:00 - 23:00 a week
        // later does not
        engine.employee(PERSON, false)
                .shift("ORD", "2025-03-23 07:00", "2025-03-23 15:00")
                .shift("ORD", "2025-03-30 21:30", "2025-03-30 23:00")
                .shift("ORD", "2025-04-06 22:00", "2025-04-06 23:00");

        // when / then
        assertThat(engine.breaches("SUNDAYS_IN_A_ROW"))
                .containsExactly(breach("SUNDAYS_IN_A_ROW", "2025-03-30", "2", "1"));
    }

    @Test
    void theFallBackSundayStartsSaturday18LocalTime() {
        // given Sunday 19 October 2025 worked; Saturday 25 October 17:00 - 18:00 (CEST) touches the window only,
        // Sunday 26 October 21:00 - 23:00 (CET) overlaps it
        engine.employee(PERSON, false)
                .shift("ORD", "2025-10-19 07:00", "2025-10-19 15:00")
                .shift("ORD", "2025-10-25 17:00", "2025-10-25 18:00")
                .shift("ORD", "2025-10-26 21:00", "2025-10-26 23:00")
                .shift("ORD", "2025-11-01 17:00", "2025-11-01 18:00");

        // when / then
        assertThat(engine.breaches("SUNDAYS_IN_A_ROW"))
                .containsExactly(breach("SUNDAYS_IN_A_ROW", "2025-10-26", "2", "1"));
    }
}
