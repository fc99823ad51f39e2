package no.hdo.dw.warehouse.turnus;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Working time is the union of ORD, OT and UTR shifts; touching or overlapping shifts are one interval; BV is not working time. */
class AmlWorkIntervalsTests extends AmlRuleTests {

    @Test
    void touchingShiftsAreOneInterval() {
        // given a day shift and overtime starting the minute it ends
        engine.employee(PERSON, false)
                .shift("ORD", "2026-01-05 07:00", "2026-01-05 15:00")
                .shift("OT", "2026-01-05 15:00", "2026-01-05 19:00");

        // when / then
        assertThat(engine.workIntervals()).containsExactly("2026-01-05 07:00 - 2026-01-05 19:00");
    }

    @Test
    void overlappingAndContainedShiftsAreOneInterval() {
        // given overtime overlapping the day shift, and a call-out inside it
        engine.employee(PERSON, false)
                .shift("ORD", "2026-01-05 07:00", "2026-01-05 15:00")
                .shift("OT", "2026-01-05 14:00", "2026-01-05 20:00")
                .shift("UTR", "2026-01-05 08:00", "2026-01-05 09:00")
                .shift("ORD", "2026-01-06 07:00", "2026-01-06 15:00");

        // when / then
        assertThat(engine.workIntervals())
                .containsExactly("2026-01-05 07:00 - 2026-01-05 20:00", "2026-01-06 07:00 - 2026-01-06 15:00");
    }

    @Test
    void standbyIsNotWorkingTimeButACallOutIs() {
        // given a day shift, then standby with a call-out in it
        engine.employee(PERSON, false)
                .shift("ORD", "2026-01-05 07:00", "2026-01-05 15:00")
                .shift("BV", "2026-01-05 15:00", "2026-01-06 07:00")
                .shift("UTR", "2026-01-06 01:00", "2026-01-06 02:30");

        // when / then: the standby neither joins the day shift to anything nor counts
        assertThat(engine.workIntervals())
                .containsExactly("2026-01-05 07:00 - 2026-01-05 15:00", "2026-01-06 01:00 - 2026-01-06 02:30");
    }

    @Test
    void aShiftOneMinuteLaterIsAnotherInterval() {
        // given two shifts a minute apart
        engine.employee(PERSON, false)
                .shift("ORD", "2026-01-05 07:00", "2026-01-05 15:00")
                .shift("OT", "2026-01-05 15:01", "2026-01-05 19:00");

        // when / then
        assertThat(engine.workIntervals())
                .containsExactly("2026-01-05 07:00 - 2026-01-05 15:00", "2026-01-05 15:01 - 2026-01-05 19:00");
    }

    @Test
    void eachPersonHasTheirOwnIntervals() {
        // given two persons whose shifts touch each other's
        engine.employee("p1", false)
                .employee("p2", false)
                .shift("p1", "ORD", "2026-01-05 07:00", "2026-01-05 15:00")
                .shift("p2", "ORD", "2026-01-05 15:00", "2026-01-05 23:00");

        // when / then
        assertThat(engine.workIntervals())
                .containsExactly("2026-01-05 07:00 - 2026-01-05 15:00", "2026-01-05 15:00 - 2026-01-05 23:00");
    }

    @Test
    void mergedShiftsCountAsOneStretchOfWorkForTheDailyHours() {
        // given 8 h of ORD, 4 h of OT touching it and a 2 h overlapping call-out: 13 h 01 min of work in one interval
        engine.employee(PERSON, false)
                .shift("ORD", "2026-01-05 07:00", "2026-01-05 15:00")
                .shift("OT", "2026-01-05 15:00", "2026-01-05 19:00")
                .shift("UTR", "2026-01-05 18:00", "2026-01-05 20:01")
                .shift("BV", "2026-01-05 20:01", "2026-01-06 07:00");

        // when / then: the overlap is counted once and the standby not at all
        assertThat(engine.breaches("DAILY_HOURS")).containsExactly(breach("DAILY_HOURS", "2026-01-05", "13.02", "13"));
    }
}
