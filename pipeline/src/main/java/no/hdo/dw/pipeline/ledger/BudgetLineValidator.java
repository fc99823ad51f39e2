package no.hdo.dw.pipeline.ledger;

import java.math.BigDecimal;
import java.util.List;
import no.hdo.dw.pipeline.landing.Checked;
import no.hdo.dw.pipeline.landing.SourceRecord;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Validates a budget row (sources.md, ledger/budget): {@code year;month;account;department;amount},
 * the year of the file's name, month 1–12, an account, a readable amount.
 */
public final class BudgetLineValidator implements ItemProcessor<SourceRecord<LedgerRow>, Checked<BudgetLine>> {

    static final List<String> HEADER = List.of("year", "month", "account", "department", "amount");

    @Override
    public Checked<BudgetLine> process(SourceRecord<LedgerRow> record) {
        long recordNo = record.recordNo();
        List<String> fields = record.raw().fields();
        if (fields.size() != HEADER.size()) {
            return Checked.rejected(
                    recordNo,
                    null,
                    String.join(";", fields),
                    "expected " + HEADER.size() + " fields separated by ';', found " + fields.size());
        }
        String yearText = fields.get(0).strip();
        Integer year = LedgerFields.integer(yearText);
        if (year == null || !yearText.equals(record.raw().filePeriod())) {
            return Checked.rejected(
                    recordNo,
                    "year",
                    yearText,
                    "year is not the file's year " + record.raw().filePeriod());
        }
        String monthText = fields.get(1).strip();
        Integer month = LedgerFields.integer(monthText);
        if (month == null || month < 1 || month > 12) {
            return Checked.rejected(recordNo, "month", monthText, "month is not a number 1–12");
        }
        String account = fields.get(2).strip();
        if (account.isEmpty()) {
            return Checked.rejected(recordNo, "account", account, "account is missing");
        }
        String amountText = fields.get(4).strip();
        BigDecimal amount = LedgerFields.nok(amountText);
        if (amount == null) {
            return Checked.rejected(
                    recordNo,
                    "amount",
                    amountText,
                    "amount is not a number in NOK with a decimal comma (1234,50), without thousands separator");
        }
        String department = fields.get(3).strip();
        return Checked.accepted(
                recordNo, new BudgetLine(year, month, account, department.isEmpty() ? null : department, amount));
    }
}
