package no.hdo.dw.pipeline.ledger;

import java.io.IOException;
import java.util.regex.Pattern;
import no.hdo.dw.pipeline.landing.DeliveredFile;
import no.hdo.dw.pipeline.landing.FeedId;
import no.hdo.dw.pipeline.landing.RecordSchema;
import no.hdo.dw.pipeline.landing.RecordSource;
import no.hdo.dw.pipeline.landing.RejectedFileException;
import no.hdo.dw.pipeline.landing.StampedFeed;
import no.hdo.dw.pipeline.landing.TextRecordSources;

/** ledger/budget: {@code budget_<year>_<stamp>.csv}, UTF-8, {@code ;}-separated; per year the newest file wins. */
public final class BudgetFeed extends StampedFeed<LedgerRow, BudgetLine> {

    public static final FeedId ID = new FeedId("ledger", "budget");

    static final RecordSchema<BudgetLine> SCHEMA = RecordSchema.<BudgetLine>builder()
            .integer("budget_year", true, BudgetLine::year)
            .integer("budget_month", true, BudgetLine::month)
            .string("account_id", true, BudgetLine::accountId)
            .string("department_id", false, BudgetLine::departmentId)
            .amount("amount_nok", true, BudgetLine::amountNok)
            .build();

    public BudgetFeed() {
        super(
                ID,
                Pattern.compile("budget_(?<period>\\d{4})_(?<stamp>\\d{14})\\.csv"),
                "budget_<yyyy>_<yyyyMMddHHmmss>.csv",
                SCHEMA,
                new BudgetLineValidator());
    }

    @Override
    public RecordSource<LedgerRow> open(DeliveredFile file) throws IOException, RejectedFileException {
        return LedgerRows.of(
                TextRecordSources.delimited(
                        file.path(), java.nio.charset.StandardCharsets.UTF_8, ';', BudgetLineValidator.HEADER),
                file.period());
    }
}
