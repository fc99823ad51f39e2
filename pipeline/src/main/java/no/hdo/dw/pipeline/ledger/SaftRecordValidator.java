package no.hdo.dw.pipeline.ledger;

import no.hdo.dw.pipeline.landing.Checked;
import no.hdo.dw.pipeline.landing.SourceRecord;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Validates a SAF-T record (sources.md, ledger/saft). A bad line has both or neither of debit and
 * credit, an {@code AccountID} that is not in the file's master data, or a period outside the
 * header's selection; master data needs its id. Whole-file faults were refused by {@link SaftReader}.
 */
public final class SaftRecordValidator implements ItemProcessor<SourceRecord<SaftElement>, Checked<SaftRecord>> {

    @Override
    public Checked<SaftRecord> process(SourceRecord<SaftElement> item) {
        long recordNo = item.recordNo();
        SaftElement element = item.raw();
        SaftRecord record = element.record();
        switch (record.kind()) {
            case SaftRecord.ACCOUNT -> {
                if (record.accountId() == null) {
                    return Checked.rejected(recordNo, "AccountID", null, "the account has no AccountID");
                }
            }
            case SaftRecord.CUSTOMER -> {
                if (record.customerId() == null) {
                    return Checked.rejected(recordNo, "CustomerID", null, "the customer has no CustomerID");
                }
            }
            case SaftRecord.ANALYSIS_TYPE -> {
                if (record.analysisType() == null || record.analysisId() == null) {
                    return Checked.rejected(
                            recordNo,
                            "AnalysisType",
                            record.analysisType(),
                            "the analysis type table entry needs both AnalysisType and AnalysisID");
                }
            }
            case SaftRecord.LINE -> {
                return line(recordNo, element, record);
            }
            default -> {}
        }
        return Checked.accepted(recordNo, record);
    }

    private static Checked<SaftRecord> line(long recordNo, SaftElement element, SaftRecord record) {
        String where = " (transaction " + record.transactionId() + ")";
        if (record.debitAmount() != null && record.creditAmount() != null) {
            return Checked.rejected(
                    recordNo,
                    "DebitAmount",
                    record.debitAmount().toPlainString(),
                    "the line has both DebitAmount and CreditAmount" + where);
        }
        if (record.debitAmount() == null && record.creditAmount() == null) {
            return Checked.rejected(
                    recordNo, "DebitAmount", null, "the line has neither DebitAmount nor CreditAmount" + where);
        }
        if (record.accountId() == null) {
            return Checked.rejected(recordNo, "AccountID", null, "the line has no AccountID" + where);
        }
        if (!element.accountKnown()) {
            return Checked.rejected(
                    recordNo,
                    "AccountID",
                    record.accountId(),
                    "account " + record.accountId()
                            + " is not in the file's master data (MasterFiles/GeneralLedgerAccounts)" + where);
        }
        if (!element.periodInSelection()) {
            String period = record.periodYear() == null || record.period() == null
                    ? "missing or unreadable"
                    : String.format("%d-%02d", record.periodYear(), record.period());
            return Checked.rejected(
                    recordNo,
                    "Period",
                    period,
                    "the transaction's period (PeriodYear, Period) is " + period + ", outside the header's selection "
                            + element.selection() + where);
        }
        if (record.transactionDate() == null) {
            return Checked.rejected(
                    recordNo, "TransactionDate", null, "the transaction has no readable TransactionDate" + where);
        }
        return Checked.accepted(recordNo, record);
    }
}
