package no.hdo.dw.pipeline.ledger;

import java.time.LocalDate;
import java.util.List;
import no.hdo.dw.pipeline.landing.Checked;
import no.hdo.dw.pipeline.landing.SourceRecord;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Validates a row of a delivered mapping ({@code report_line;account_from;account_to;valid_from;valid_to}):
 * a line name, whole account numbers from ≤ to, dates {@code yyyy-MM-dd}, valid_to empty or not before
 * valid_from. Whether the line is one of the report's is a data test, since the report's lines are data too.
 */
public final class MappingRowValidator implements ItemProcessor<SourceRecord<LedgerRow>, Checked<MappingRow>> {

    static final List<String> HEADER = List.of("report_line", "account_from", "account_to", "valid_from", "valid_to");

    @Override
    public Checked<MappingRow> process(SourceRecord<LedgerRow> record) {
        long recordNo = record.recordNo();
        List<String> fields = record.raw().fields();
        if (fields.size() != HEADER.size()) {
            return Checked.rejected(
                    recordNo,
                    null,
                    String.join(";", fields),
                    "expected " + HEADER.size() + " fields separated by ';', found " + fields.size());
        }
        String line = fields.get(0).strip();
        if (line.isEmpty()) {
            return Checked.rejected(recordNo, "report_line", line, "report_line is missing");
        }
        Integer from = LedgerFields.integer(fields.get(1).strip());
        if (from == null) {
            return Checked.rejected(
                    recordNo, "account_from", fields.get(1), "account_from is not a whole account number");
        }
        Integer to = LedgerFields.integer(fields.get(2).strip());
        if (to == null || to < from) {
            return Checked.rejected(
                    recordNo,
                    "account_to",
                    fields.get(2),
                    "account_to is not an account number at or after account_from");
        }
        LocalDate validFrom = LedgerFields.date(fields.get(3).strip());
        if (validFrom == null) {
            return Checked.rejected(recordNo, "valid_from", fields.get(3), "valid_from is not a date yyyy-MM-dd");
        }
        String validToText = fields.get(4).strip();
        LocalDate validTo = validToText.isEmpty() ? null : LedgerFields.date(validToText);
        if (!validToText.isEmpty() && (validTo == null || validTo.isBefore(validFrom))) {
            return Checked.rejected(
                    recordNo, "valid_to", validToText, "valid_to is not a date yyyy-MM-dd at or after valid_from");
        }
        return Checked.accepted(recordNo, new MappingRow(line, from, to, validFrom, validTo));
    }
}
