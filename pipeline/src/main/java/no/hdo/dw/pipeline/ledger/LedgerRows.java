package no.hdo.dw.pipeline.ledger;

import java.io.IOException;
import java.util.List;
import no.hdo.dw.pipeline.landing.RecordSource;
import no.hdo.dw.pipeline.landing.RejectedFileException;
import no.hdo.dw.pipeline.landing.SourceRecord;

/** Gives each row of a separated text file the period of its file's name, for the validator. */
final class LedgerRows {

    private LedgerRows() {}

    static RecordSource<LedgerRow> of(RecordSource<List<String>> rows, String filePeriod) {
        return new RecordSource<>() {
            @Override
            public SourceRecord<LedgerRow> next() throws IOException, RejectedFileException {
                SourceRecord<List<String>> row = rows.next();
                if (row == null) {
                    return null;
                }
                // A line that could not be read keeps its problem, to be quarantined as in every feed.
                return row.problem() != null
                        ? SourceRecord.unreadable(row.recordNo(), row.problem())
                        : new SourceRecord<>(row.recordNo(), new LedgerRow(row.raw(), filePeriod));
            }

            @Override
            public void close() throws IOException {
                rows.close();
            }
        };
    }
}
