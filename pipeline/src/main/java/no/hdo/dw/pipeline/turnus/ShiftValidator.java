package no.hdo.dw.pipeline.turnus;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import no.hdo.dw.pipeline.landing.Checked;
import no.hdo.dw.pipeline.landing.LocalTimes;
import no.hdo.dw.pipeline.landing.SourceRecord;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Validates a shift (sources.md, turnus/shifts) and replaces its {@code employee_no} by the
 * pseudonym: local times that exist in Europe/Oslo (the doubled autumn hour read as the first),
 * an end after the start, at most 24 h of real elapsed time, a known type. Whether the person has
 * an employment on that date is a check across feeds: the build does it.
 */
public final class ShiftValidator implements ItemProcessor<SourceRecord<List<String>>, Checked<Shift>> {

    static final List<String> HEADER = List.of("shift_id", "employee_no", "org_unit", "start", "end", "shift_type");
    static final Set<String> TYPES = Set.of("ORD", "OT", "BV", "UTR");
    private static final Duration LONGEST = Duration.ofHours(24);

    private final Pseudonymiser pseudonymiser;

    public ShiftValidator(Pseudonymiser pseudonymiser) {
        this.pseudonymiser = pseudonymiser;
    }

    @Override
    public Checked<Shift> process(SourceRecord<List<String>> record) {
        long recordNo = record.recordNo();
        List<String> fields = record.raw();
        if (fields.size() != HEADER.size()) {
            return TurnusFields.wrongFieldCount(recordNo, HEADER, fields);
        }
        String shiftId = fields.get(0).strip();
        if (shiftId.isEmpty()) {
            return Checked.rejected(recordNo, "shift_id", null, "shift_id is missing");
        }
        String employeeNo = fields.get(1).strip();
        if (employeeNo.isEmpty()) {
            return Checked.rejected(recordNo, "employee_no", null, "employee_no is missing");
        }
        String orgUnit = fields.get(2).strip();
        if (orgUnit.isEmpty()) {
            return Checked.rejected(recordNo, "org_unit", null, "org_unit is missing");
        }
        String start = fields.get(3).strip();
        LocalDateTime startLocal = TurnusFields.localTime(start);
        if (startLocal == null) {
            return Checked.rejected(recordNo, "start", start, "start is not a time yyyy-MM-dd HH:mm");
        }
        Instant startAt = LocalTimes.toInstant(startLocal);
        if (startAt == null) {
            return Checked.rejected(
                    recordNo, "start", start, "start does not exist in Europe/Oslo (the spring-forward hour)");
        }
        String end = fields.get(4).strip();
        LocalDateTime endLocal = TurnusFields.localTime(end);
        if (endLocal == null) {
            return Checked.rejected(recordNo, "end", end, "end is not a time yyyy-MM-dd HH:mm");
        }
        Instant endAt = LocalTimes.toInstant(endLocal);
        if (endAt == null) {
            return Checked.rejected(
                    recordNo, "end", end, "end does not exist in Europe/Oslo (the spring-forward hour)");
        }
        if (!endAt.isAfter(startAt)) {
            return Checked.rejected(recordNo, "end", end, "end is not after start (" + start + ")");
        }
        if (Duration.between(startAt, endAt).compareTo(LONGEST) > 0) {
            return Checked.rejected(recordNo, "end", end, "the shift is longer than 24 hours (start " + start + ")");
        }
        String type = fields.get(5).strip();
        if (!TYPES.contains(type)) {
            return Checked.rejected(
                    recordNo, "shift_type", fields.get(5), "unknown shift_type; expected one of ORD, OT, BV, UTR");
        }
        return Checked.accepted(
                recordNo,
                new Shift(
                        shiftId,
                        pseudonymiser.pseudonym(employeeNo),
                        orgUnit,
                        startLocal,
                        startAt,
                        endLocal,
                        endAt,
                        type));
    }
}
