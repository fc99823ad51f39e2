package no.hdo.dw.pipeline.ledger;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.hdo.dw.pipeline.landing.DeliveredFile;
import no.hdo.dw.pipeline.landing.DeliveryName;
import no.hdo.dw.pipeline.landing.FeedId;
import no.hdo.dw.pipeline.landing.RecordSchema;
import no.hdo.dw.pipeline.landing.RecordSource;
import no.hdo.dw.pipeline.landing.RejectedFileException;
import no.hdo.dw.pipeline.landing.StampedFeed;

/**
 * ledger/saft: {@code SAF-T Financial_<orgnr>_<stamp>_<n>_<m>.xml}, SAF-T Financial NO 1.30 or 1.20.
 * One Parquet file per delivered file, every kind of record in it (column {@code record_kind}).
 */
public final class SaftFeed extends StampedFeed<SaftElement, SaftRecord> {

    public static final FeedId ID = new FeedId("ledger", "saft");

    static final RecordSchema<SaftRecord> SCHEMA = RecordSchema.<SaftRecord>builder()
            .string("record_kind", true, SaftRecord::kind)
            .string("saft_version", false, SaftRecord::saftVersion)
            .string("company_id", false, SaftRecord::companyId)
            .integer("period_start_year", false, SaftRecord::periodStartYear)
            .integer("period_start", false, SaftRecord::periodStart)
            .integer("period_end_year", false, SaftRecord::periodEndYear)
            .integer("period_end", false, SaftRecord::periodEnd)
            .bigint("number_of_entries", false, SaftRecord::numberOfEntries)
            .amount("total_debit", false, SaftRecord::totalDebit)
            .amount("total_credit", false, SaftRecord::totalCredit)
            .string("account_id", false, SaftRecord::accountId)
            .string("account_description", false, SaftRecord::accountDescription)
            .string("standard_account_id", false, SaftRecord::standardAccountId)
            .string("grouping_category", false, SaftRecord::groupingCategory)
            .string("grouping_code", false, SaftRecord::groupingCode)
            .string("account_type", false, SaftRecord::accountType)
            .amount("opening_debit_balance", false, SaftRecord::openingDebitBalance)
            .amount("opening_credit_balance", false, SaftRecord::openingCreditBalance)
            .amount("closing_debit_balance", false, SaftRecord::closingDebitBalance)
            .amount("closing_credit_balance", false, SaftRecord::closingCreditBalance)
            .string("customer_id", false, SaftRecord::customerId)
            .string("customer_name", false, SaftRecord::customerName)
            .string("analysis_type", false, SaftRecord::analysisType)
            .string("analysis_type_description", false, SaftRecord::analysisTypeDescription)
            .string("analysis_id", false, SaftRecord::analysisId)
            .string("analysis_id_description", false, SaftRecord::analysisIdDescription)
            .string("journal_id", false, SaftRecord::journalId)
            .string("transaction_id", false, SaftRecord::transactionId)
            .integer("period_year", false, SaftRecord::periodYear)
            .integer("period", false, SaftRecord::period)
            .date("transaction_date", false, SaftRecord::transactionDate)
            .string("record_id", false, SaftRecord::recordId)
            .string("department_id", false, SaftRecord::departmentId)
            .string("project_id", false, SaftRecord::projectId)
            .string("other_analysis", false, SaftRecord::otherAnalysis)
            .amount("debit_amount", false, SaftRecord::debitAmount)
            .amount("credit_amount", false, SaftRecord::creditAmount)
            .string("supplier_id", false, SaftRecord::supplierId)
            .string("description", false, SaftRecord::description)
            .build();

    private static final Pattern WHOLE_DELIVERY = Pattern.compile("_1_1\\.xml$");

    private static final Pattern PARTS = Pattern.compile("_(?<part>\\d+)_(?<parts>\\d+)\\.xml$");

    public SaftFeed() {
        super(
                ID,
                Pattern.compile(
                        "SAF-T Financial_(?<orgnr>\\d{9})_(?<stamp>\\d{14})_(?<part>\\d+)_(?<parts>\\d+)\\.xml"),
                "SAF-T Financial_<orgnr>_<yyyyMMddHHmmss>_<n>_<m>.xml",
                SCHEMA,
                new SaftRecordValidator());
    }

    /**
     * The name as every stamped feed's, and its part {@code <n>} of {@code <m>} a real one: 1 ≤ n ≤ m, written
     * without leading zeros (a whole delivery is {@code _1_1}, the only name whose balances are checked here).
     */
    @Override
    public DeliveryName parseName(String name) throws RejectedFileException {
        DeliveryName parsed = super.parseName(name);
        Matcher parts = PARTS.matcher(name);
        if (!parts.find()) {
            throw new RejectedFileException("the file name " + name + " does not fit "
                    + "SAF-T Financial_<orgnr>_<yyyyMMddHHmmss>_<n>_<m>.xml");
        }
        String part = parts.group("part");
        String of = parts.group("parts");
        boolean plain = !part.startsWith("0") && !of.startsWith("0") && part.length() <= 6 && of.length() <= 6;
        if (!plain || Integer.parseInt(part) > Integer.parseInt(of)) {
            throw new RejectedFileException(
                    "the file name " + name + " says it is part " + part + " of " + of
                            + ": a part is numbered 1 to the number of parts, without leading zeros (_1_1 for a whole delivery)");
        }
        return parsed;
    }

    @Override
    public RecordSource<SaftElement> open(DeliveredFile file) throws IOException, RejectedFileException {
        // A part of a split delivery (_2_3) may hold lines of accounts whose balances another part gives: only a
        // whole delivery (_1_1) is refused here for balances that do not add up; the data test checks the delivery.
        return SaftReader.open(
                file.path(), WHOLE_DELIVERY.matcher(file.fileName()).find());
    }
}
