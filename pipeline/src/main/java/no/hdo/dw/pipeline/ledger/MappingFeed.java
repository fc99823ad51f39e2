package no.hdo.dw.pipeline.ledger;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import no.hdo.dw.pipeline.landing.DeliveredFile;
import no.hdo.dw.pipeline.landing.FeedId;
import no.hdo.dw.pipeline.landing.RecordSchema;
import no.hdo.dw.pipeline.landing.RecordSource;
import no.hdo.dw.pipeline.landing.RejectedFileException;
import no.hdo.dw.pipeline.landing.StampedFeed;
import no.hdo.dw.pipeline.landing.TextRecordSources;

/**
 * ledger/mapping: {@code report_line_mapping_<stamp>.csv}, the account → report-line mapping as the
 * finance owners deliver it; the newest file is the whole mapping. Until one is delivered, the
 * project's seed (definitions.md's default) applies. Not in sources.md: see docs/decisions.md.
 */
public final class MappingFeed extends StampedFeed<LedgerRow, MappingRow> {

    public static final FeedId ID = new FeedId("ledger", "mapping");

    static final RecordSchema<MappingRow> SCHEMA = RecordSchema.<MappingRow>builder()
            .string("report_line_name", true, MappingRow::reportLine)
            .integer("account_from", true, MappingRow::accountFrom)
            .integer("account_to", true, MappingRow::accountTo)
            .date("valid_from", true, MappingRow::validFrom)
            .date("valid_to", false, MappingRow::validTo)
            .build();

    public MappingFeed() {
        super(
                ID,
                Pattern.compile("report_line_mapping_(?<stamp>\\d{14})\\.csv"),
                "report_line_mapping_<yyyyMMddHHmmss>.csv",
                SCHEMA,
                new MappingRowValidator());
    }

    @Override
    public RecordSource<LedgerRow> open(DeliveredFile file) throws IOException, RejectedFileException {
        return LedgerRows.of(
                TextRecordSources.delimited(file.path(), StandardCharsets.UTF_8, ';', MappingRowValidator.HEADER),
                null);
    }
}
