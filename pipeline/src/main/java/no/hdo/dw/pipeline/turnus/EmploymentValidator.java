package no.hdo.dw.pipeline.turnus;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import no.hdo.dw.pipeline.landing.Checked;
import no.hdo.dw.pipeline.landing.SourceRecord;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Validates an employment row (sources.md, turnus/employees) and replaces its {@code employee_no}
 * by the pseudonym. Overlapping rows of one person are a check across rows: the build finds them
 * ({@code intermediate.int_turnus__quarantined}).
 */
public final class EmploymentValidator implements ItemProcessor<SourceRecord<List<String>>, Checked<Employment>> {

    static final List<String> HEADER = List.of(
            "employee_no", "org_unit", "employment_type", "position_pct", "valid_from", "valid_to", "aml_dispensation");
    static final Set<String> TYPES = Set.of("FAST", "MIDLERTIDIG", "LAERLING", "TRAINEE");
    private static final BigDecimal ONE = BigDecimal.ONE;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Pseudonymiser pseudonymiser;

    public EmploymentValidator(Pseudonymiser pseudonymiser) {
        this.pseudonymiser = pseudonymiser;
    }

    @Override
    public Checked<Employment> process(SourceRecord<List<String>> record) {
        long recordNo = record.recordNo();
        List<String> fields = record.raw();
        if (fields.size() != HEADER.size()) {
            return TurnusFields.wrongFieldCount(recordNo, HEADER, fields);
        }
        String employeeNo = fields.get(0).strip();
        if (employeeNo.isEmpty()) {
            return Checked.rejected(recordNo, "employee_no", null, "employee_no is missing");
        }
        String orgUnit = fields.get(1).strip();
        if (orgUnit.isEmpty()) {
            return Checked.rejected(recordNo, "org_unit", null, "org_unit is missing");
        }
        String type = fields.get(2).strip();
        if (!TYPES.contains(type)) {
            return Checked.rejected(
                    recordNo,
                    "employment_type",
                    fields.get(2),
                    "unknown employment_type; expected one of FAST, MIDLERTIDIG, LAERLING, TRAINEE");
        }
        String pctText = fields.get(3).strip();
        BigDecimal pct = TurnusFields.decimalComma(pctText);
        if (pct == null || pct.compareTo(ONE) < 0 || pct.compareTo(HUNDRED) > 0 || pct.scale() > 2) {
            return Checked.rejected(
                    recordNo, "position_pct", pctText, "position_pct is not a number from 1 to 100 (decimal comma)");
        }
        String fromText = fields.get(4).strip();
        LocalDate validFrom = TurnusFields.date(fromText);
        if (validFrom == null) {
            return Checked.rejected(recordNo, "valid_from", fromText, "valid_from is not a date yyyy-MM-dd");
        }
        String toText = fields.get(5).strip();
        LocalDate validTo = null;
        if (!toText.isEmpty()) {
            validTo = TurnusFields.date(toText);
            if (validTo == null) {
                return Checked.rejected(recordNo, "valid_to", toText, "valid_to is not a date yyyy-MM-dd");
            }
            if (validTo.isBefore(validFrom)) {
                return Checked.rejected(
                        recordNo, "valid_to", toText, "valid_to is before valid_from (" + fromText + ")");
            }
        }
        String dispensation = fields.get(6).strip();
        if (!dispensation.equals("J") && !dispensation.equals("N")) {
            return Checked.rejected(recordNo, "aml_dispensation", fields.get(6), "aml_dispensation must be J or N");
        }
        return Checked.accepted(
                recordNo,
                new Employment(
                        pseudonymiser.pseudonym(employeeNo),
                        orgUnit,
                        type,
                        pct,
                        validFrom,
                        validTo,
                        dispensation.equals("J")));
    }
}
