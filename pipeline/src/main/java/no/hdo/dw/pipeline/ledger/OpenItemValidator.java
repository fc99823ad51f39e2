package no.hdo.dw.pipeline.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import no.hdo.dw.pipeline.landing.Checked;
import no.hdo.dw.pipeline.landing.SourceRecord;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Validates an open item (sources.md, ledger/receivables): readable dates {@code yyyy-MM-dd}, a due
 * date not before the invoice date, a readable amount, currency {@code NOK}.
 */
public final class OpenItemValidator implements ItemProcessor<SourceRecord<LedgerRow>, Checked<OpenItem>> {

    static final List<String> HEADER =
            List.of("customer_id", "customer_name", "invoice_no", "invoice_date", "due_date", "amount", "currency");

    @Override
    public Checked<OpenItem> process(SourceRecord<LedgerRow> record) {
        long recordNo = record.recordNo();
        List<String> fields = record.raw().fields();
        if (fields.size() != HEADER.size()) {
            return Checked.rejected(
                    recordNo,
                    null,
                    String.join(";", fields),
                    "expected " + HEADER.size() + " fields separated by ';', found " + fields.size());
        }
        String customerId = fields.get(0).strip();
        if (customerId.isEmpty()) {
            return Checked.rejected(recordNo, "customer_id", customerId, "customer_id is missing");
        }
        String invoiceNo = fields.get(2).strip();
        if (invoiceNo.isEmpty()) {
            return Checked.rejected(recordNo, "invoice_no", invoiceNo, "invoice_no is missing");
        }
        LocalDate invoiceDate = LedgerFields.date(fields.get(3).strip());
        if (invoiceDate == null) {
            return Checked.rejected(recordNo, "invoice_date", fields.get(3), "invoice_date is not a date yyyy-MM-dd");
        }
        LocalDate dueDate = LedgerFields.date(fields.get(4).strip());
        if (dueDate == null) {
            return Checked.rejected(recordNo, "due_date", fields.get(4), "due_date is not a date yyyy-MM-dd");
        }
        if (dueDate.isBefore(invoiceDate)) {
            return Checked.rejected(
                    recordNo, "due_date", fields.get(4), "due_date is before invoice_date " + invoiceDate);
        }
        BigDecimal amount = LedgerFields.nok(fields.get(5).strip());
        if (amount == null) {
            return Checked.rejected(
                    recordNo,
                    "amount",
                    fields.get(5),
                    "amount is not a number in NOK with a decimal comma (1234,50), without thousands separator");
        }
        String currency = fields.get(6).strip();
        if (!currency.equals("NOK")) {
            return Checked.rejected(recordNo, "currency", currency, "currency must be NOK");
        }
        String name = fields.get(1).strip();
        return Checked.accepted(
                recordNo,
                new OpenItem(
                        LocalDate.parse(record.raw().filePeriod()),
                        customerId,
                        name.isEmpty() ? null : name,
                        invoiceNo,
                        invoiceDate,
                        dueDate,
                        amount,
                        currency));
    }
}
