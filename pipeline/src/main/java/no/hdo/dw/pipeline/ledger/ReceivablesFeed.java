package no.hdo.dw.pipeline.ledger;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import no.hdo.dw.pipeline.landing.DeliveredFile;
import no.hdo.dw.pipeline.landing.DeliveryName;
import no.hdo.dw.pipeline.landing.FeedId;
import no.hdo.dw.pipeline.landing.RecordSchema;
import no.hdo.dw.pipeline.landing.RecordSource;
import no.hdo.dw.pipeline.landing.RejectedFileException;
import no.hdo.dw.pipeline.landing.StampedFeed;
import no.hdo.dw.pipeline.landing.TextRecordSources;

/** ledger/receivables: {@code open_items_<yyyy-MM-dd>_<stamp>.csv}; per as-of date the newest file wins. */
public final class ReceivablesFeed extends StampedFeed<LedgerRow, OpenItem> {

    public static final FeedId ID = new FeedId("ledger", "receivables");

    static final RecordSchema<OpenItem> SCHEMA = RecordSchema.<OpenItem>builder()
            .date("as_of_date", true, OpenItem::asOfDate)
            .string("customer_id", true, OpenItem::customerId)
            .string("customer_name", false, OpenItem::customerName)
            .string("invoice_no", true, OpenItem::invoiceNo)
            .date("invoice_date", true, OpenItem::invoiceDate)
            .date("due_date", true, OpenItem::dueDate)
            .amount("amount_nok", true, OpenItem::amountNok)
            .string("currency", true, OpenItem::currency)
            .build();

    public ReceivablesFeed() {
        super(
                ID,
                Pattern.compile("open_items_(?<period>\\d{4}-\\d{2}-\\d{2})_(?<stamp>\\d{14})\\.csv"),
                "open_items_<yyyy-MM-dd>_<yyyyMMddHHmmss>.csv",
                SCHEMA,
                new OpenItemValidator());
    }

    @Override
    public DeliveryName parseName(String name) throws RejectedFileException {
        DeliveryName parsed = super.parseName(name);
        if (LedgerFields.date(parsed.period()) == null) {
            throw new RejectedFileException(
                    "the as-of date '" + parsed.period() + "' in the file name " + name + " is not a date");
        }
        return parsed;
    }

    @Override
    public RecordSource<LedgerRow> open(DeliveredFile file) throws IOException, RejectedFileException {
        return LedgerRows.of(
                TextRecordSources.delimited(file.path(), StandardCharsets.UTF_8, ';', OpenItemValidator.HEADER),
                file.period());
    }
}
