package no.hdo.dw.pipeline.turnus;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import no.hdo.dw.pipeline.landing.Checked;
import no.hdo.dw.pipeline.landing.SourceRecord;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Validates an absence spell (sources.md, turnus/absences) and replaces its {@code employee_no} by
 * the pseudonym: dates {@code yyyy-MM-dd} with {@code to_date} not before {@code from_date}, a known
 * code, a degree from 1 to 100 (empty = 100).
 */
public final class AbsenceValidator implements ItemProcessor<SourceRecord<List<String>>, Checked<Absence>> {

    static final List<String> HEADER =
            List.of("absence_id", "employee_no", "from_date", "to_date", "code", "degree_pct");
    static final Set<String> CODES = Set.of("EGM", "SYK", "SYKB", "FER", "PERM", "ANNET");

    private final Pseudonymiser pseudonymiser;

    public AbsenceValidator(Pseudonymiser pseudonymiser) {
        this.pseudonymiser = pseudonymiser;
    }

    @Override
    public Checked<Absence> process(SourceRecord<List<String>> record) {
        long recordNo = record.recordNo();
        List<String> fields = record.raw();
        if (fields.size() != HEADER.size()) {
            return TurnusFields.wrongFieldCount(recordNo, HEADER, fields);
        }
        String absenceId = fields.get(0).strip();
        if (absenceId.isEmpty()) {
            return Checked.rejected(recordNo, "absence_id", null, "absence_id is missing");
        }
        String employeeNo = fields.get(1).strip();
        if (employeeNo.isEmpty()) {
            return Checked.rejected(recordNo, "employee_no", null, "employee_no is missing");
        }
        String fromText = fields.get(2).strip();
        LocalDate from = TurnusFields.date(fromText);
        if (from == null) {
            return Checked.rejected(recordNo, "from_date", fromText, "from_date is not a date yyyy-MM-dd");
        }
        String toText = fields.get(3).strip();
        LocalDate to = TurnusFields.date(toText);
        if (to == null) {
            return Checked.rejected(recordNo, "to_date", toText, "to_date is not a date yyyy-MM-dd");
        }
        if (to.isBefore(from)) {
            return Checked.rejected(recordNo, "to_date", toText, "to_date is before from_date (" + fromText + ")");
        }
        String code = fields.get(4).strip();
        if (!CODES.contains(code)) {
            return Checked.rejected(
                    recordNo, "code", fields.get(4), "unknown code; expected one of EGM, SYK, SYKB, FER, PERM, ANNET");
        }
        String degreeText = fields.get(5).strip();
        int degree = 100;
        if (!degreeText.isEmpty()) {
            try {
                degree = Integer.parseInt(degreeText);
            } catch (NumberFormatException e) {
                return Checked.rejected(
                        recordNo, "degree_pct", degreeText, "degree_pct is not a whole number from 1 to 100");
            }
            if (degree < 1 || degree > 100) {
                return Checked.rejected(recordNo, "degree_pct", degreeText, "degree_pct is outside 1-100");
            }
        }
        return Checked.accepted(
                recordNo, new Absence(absenceId, pseudonymiser.pseudonym(employeeNo), from, to, code, degree));
    }
}
