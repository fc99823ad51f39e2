package no.hdo.dw.pipeline.turnus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import no.hdo.dw.pipeline.landing.DeliveredFile;
import no.hdo.dw.pipeline.landing.FeedId;
import no.hdo.dw.pipeline.landing.RecordSchema;
import no.hdo.dw.pipeline.landing.RecordSource;
import no.hdo.dw.pipeline.landing.RejectedFileException;
import no.hdo.dw.pipeline.landing.StampedFeed;
import no.hdo.dw.pipeline.landing.TextRecordSources;

/** turnus/absences: {@code absences_<yyyy-MM>_<stamp>.csv}, UTF-8, {@code ;}-separated; per absence_id the newest delivery wins. */
public final class AbsencesFeed extends StampedFeed<List<String>, Absence> {

    public static final FeedId ID = new FeedId("turnus", "absences");

    static final RecordSchema<Absence> SCHEMA = RecordSchema.<Absence>builder()
            .string("absence_id", true, Absence::absenceId)
            .string("employee_key", true, Absence::employeeKey)
            .date("from_date", true, Absence::fromDate)
            .date("to_date", true, Absence::toDate)
            .string("code", true, Absence::code)
            .integer("degree_pct", true, Absence::degreePct)
            .build();

    public AbsencesFeed(Pseudonymiser pseudonymiser) {
        super(
                ID,
                Pattern.compile("absences_(?<period>\\d{4}-(0[1-9]|1[0-2]))_(?<stamp>\\d{14})\\.csv"),
                "absences_<yyyy-MM>_<yyyyMMddHHmmss>.csv",
                SCHEMA,
                new AbsenceValidator(pseudonymiser));
    }

    @Override
    public RecordSource<List<String>> open(DeliveredFile file) throws IOException, RejectedFileException {
        return TextRecordSources.delimited(file.path(), StandardCharsets.UTF_8, ';', AbsenceValidator.HEADER);
    }
}
