package no.hdo.dw.warehouse.turnus;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The second value of a limit applies to a person with dispensation on the day the breach is dated. */
class AmlDispensationTests extends AmlRuleTests {

    @Test
    void dailyRestUsesTheDispensationOfTheDayOfTheWindowsStart() {
        // given dispensation until Saturday 10 January 2026, none from Sunday; 9 h of rest after Friday and after
        // Sunday
        engine.employment(PERSON, LocalDate.of(2025, 1, 1), LocalDate.of(2026, 1, 10), true)
                .employment(PERSON, LocalDate.of(2026, 1, 11), null, false)
                .shift("ORD", "2026-01-09 15:00", "2026-01-09 23:00")
                .shift("ORD", "2026-01-10 08:00", "2026-01-10 16:00")
                .shift("ORD", "2026-01-11 15:00", "2026-01-11 23:00")
                .shift("ORD", "2026-01-12 08:00", "2026-01-12 16:00");

        // when / then: Friday's 9 h are within the 8 h of the dispensation, Sunday's are not within 11 h
        assertThat(engine.breaches("DAILY_REST")).containsExactly(breach("DAILY_REST", "2026-01-11", "9", "11"));
        assertThat(engine.dispensationFlags("DAILY_REST")).containsExactly(false);
    }

    @Test
    void aWeeklyRuleUsesTheDispensationOfTheWeeksSunday() {
        // given dispensation from Monday to Saturday only, and a week whose longest rest is 30 h
        engine.employment(PERSON, LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 10), true)
                .employment(PERSON, LocalDate.of(2026, 1, 11), null, false)
                .everyDay("ORD", "2026-01-05", "2026-01-09", "07:00", "15:00")
                .shift("ORD", "2026-01-10 21:00", "2026-01-10 23:00")
                .shift("ORD", "2026-01-11 07:00", "2026-01-11 15:00");

        // when / then
        assertThat(engine.breaches("WEEKLY_REST")).containsExactly(breach("WEEKLY_REST", "2026-01-11", "30", "35"));
    }

    @Test
    void dispensationGivenOnTheSundayCoversTheWholeWeek() {
        // given the same week, with dispensation from its Sunday only
        engine.employment(PERSON, LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 10), false)
                .employment(PERSON, LocalDate.of(2026, 1, 11), null, true)
                .everyDay("ORD", "2026-01-05", "2026-01-09", "07:00", "15:00")
                .shift("ORD", "2026-01-10 21:00", "2026-01-10 23:00")
                .shift("ORD", "2026-01-11 07:00", "2026-01-11 15:00");

        // when / then
        assertThat(engine.breaches("WEEKLY_REST")).isEmpty();
    }

    @Test
    void aDayWithoutAnEmploymentHasNoDispensation() {
        // given shifts but no employment row
        engine.shift("ORD", "2026-01-05 15:00", "2026-01-05 23:00")
                .shift("ORD", "2026-01-06 08:00", "2026-01-06 16:00");

        // when / then
        assertThat(engine.breaches("DAILY_REST")).containsExactly(breach("DAILY_REST", "2026-01-05", "9", "11"));
    }

    @Test
    void twoEmploymentsOnADayGiveDispensationIfEitherHasIt() {
        // given two open-ended employments at the same time, one with dispensation
        engine.employment(PERSON, LocalDate.of(2025, 1, 1), null, false)
                .employment(PERSON, LocalDate.of(2025, 6, 1), null, true)
                .shift("ORD", "2026-01-05 15:00", "2026-01-05 23:00")
                .shift("ORD", "2026-01-06 08:00", "2026-01-06 16:00");

        // when / then: 9 h is within the 8 h of the dispensation, and counted once
        assertThat(engine.breaches()).isEmpty();
    }

    @Test
    void oneEventCanBreakSeveralRulesAndEachIsCounted() {
        // given one 30-hour stretch of work on Saturday - Sunday after a worked Sunday
        engine.employee(PERSON, false)
                .shift("ORD", "2026-01-04 07:00", "2026-01-04 15:00")
                .shift("ORD", "2026-01-10 07:00", "2026-01-11 13:00");

        // when / then: the window from Saturday 07:00 has 24 h of work and no rest, and the Sunday is worked; the
        // week's rest (Monday 00:00 - Saturday 07:00) and its 38 hours are within their limits
        assertThat(engine.breaches())
                .containsExactlyInAnyOrder(
                        breach("DAILY_REST", "2026-01-10", "0", "11"),
                        breach("DAILY_HOURS", "2026-01-10", "24", "13"),
                        breach("SUNDAYS_IN_A_ROW", "2026-01-11", "2", "1"));
    }
}
