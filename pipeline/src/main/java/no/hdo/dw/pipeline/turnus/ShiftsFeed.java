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

/** turnus/shifts: {@code shifts_<yyyy-MM>_<stamp>.csv}, UTF-8, {@code ;}-separated, local times; per month the newest file wins. */
public final class ShiftsFeed extends StampedFeed<List<String>, Shift> {

    public static final FeedId ID = new FeedId("turnus", "shifts");

    static final RecordSchema<Shift> SCHEMA = RecordSchema.<Shift>builder()
            .string("shift_id", true, Shift::shiftId)
            .string("employee_key", true, Shift::employeeKey)
            .string("org_unit", true, Shift::orgUnit)
            .localDateTime("start_local", true, Shift::startLocal)
            .instant("start_at", true, Shift::startAt)
            .localDateTime("end_local", true, Shift::endLocal)
            .instant("end_at", true, Shift::endAt)
            .string("shift_type", true, Shift::shiftType)
            .build();

    public ShiftsFeed(Pseudonymiser pseudonymiser) {
        super(
                ID,
                Pattern.compile("shifts_(?<period>\\d{4}-(0[1-9]|1[0-2]))_(?<stamp>\\d{14})\\.csv"),
                "shifts_<yyyy-MM>_<yyyyMMddHHmmss>.csv",
                SCHEMA,
                new ShiftValidator(pseudonymiser));
    }

    @Override
    public RecordSource<List<String>> open(DeliveredFile file) throws IOException, RejectedFileException {
        return TextRecordSources.delimited(file.path(), StandardCharsets.UTF_8, ';', ShiftValidator.HEADER);
    }
}
