package no.hdo.dw.pipeline.lifex;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.hdo.dw.pipeline.landing.Checked;
import no.hdo.dw.pipeline.landing.DeliveredFile;
import no.hdo.dw.pipeline.landing.DeliveryName;
import no.hdo.dw.pipeline.landing.FeedId;
import no.hdo.dw.pipeline.landing.FeedSpec;
import no.hdo.dw.pipeline.landing.RecordSchema;
import no.hdo.dw.pipeline.landing.RecordSource;
import no.hdo.dw.pipeline.landing.RejectedFileException;
import no.hdo.dw.pipeline.landing.SourceRecord;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * lifex/tracker: {@code lifex_tracker_<yyyy-MM-dd>.xlsx}, one workbook per snapshot date. The name
 * carries no delivery stamp: the snapshot date (at midnight) stands in for it, so the newest
 * snapshot is the newest delivery, and the date itself is the file's period.
 */
public final class LifexTrackerFeed implements FeedSpec<TrackerRow, LifexControlRoom> {

    public static final FeedId ID = new FeedId("lifex", "tracker");

    private static final Pattern FILE_NAME = Pattern.compile("lifex_tracker_(?<date>\\d{4}-\\d{2}-\\d{2})\\.xlsx");
    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    static final RecordSchema<LifexControlRoom> SCHEMA = RecordSchema.<LifexControlRoom>builder()
            .string("control_room_id", true, LifexControlRoom::controlRoomId)
            .string("control_room_name", true, LifexControlRoom::controlRoomName)
            .string("control_room_type", true, LifexControlRoom::type)
            .string("health_region", true, LifexControlRoom::region)
            .string("health_trust", false, LifexControlRoom::healthTrust)
            .date("planned_cutover_date", false, LifexControlRoom::plannedCutoverDate)
            .date("cutover_date", false, LifexControlRoom::cutoverDate)
            .string("status", true, LifexControlRoom::status)
            .string("comment", false, LifexControlRoom::comment)
            .string("sheet_row", true, LifexControlRoom::sheetRow)
            .build();

    private final TrackerRowValidator validator = new TrackerRowValidator();
    private final WorkbookLimits limits;

    public LifexTrackerFeed() {
        this(WorkbookLimits.DEFAULT);
    }

    public LifexTrackerFeed(WorkbookLimits limits) {
        this.limits = limits;
    }

    @Override
    public FeedId id() {
        return ID;
    }

    @Override
    public DeliveryName parseName(String fileName) throws RejectedFileException {
        Matcher matcher = FILE_NAME.matcher(fileName);
        if (!matcher.matches()) {
            throw new RejectedFileException(
                    "the file name " + fileName + " does not fit lifex_tracker_<yyyy-MM-dd>.xlsx");
        }
        try {
            LocalDate snapshotDate = LocalDate.parse(matcher.group("date"), DATE);
            return new DeliveryName(snapshotDate.atStartOfDay(), snapshotDate.toString());
        } catch (DateTimeParseException e) {
            throw new RejectedFileException("the snapshot date '" + matcher.group("date") + "' in the file name "
                    + fileName + " is not a valid yyyy-MM-dd");
        }
    }

    @Override
    public RecordSchema<LifexControlRoom> schema() {
        return SCHEMA;
    }

    @Override
    public RecordSource<TrackerRow> open(DeliveredFile file) throws IOException, RejectedFileException {
        return TrackerWorkbook.open(file.path(), limits);
    }

    @Override
    public ItemProcessor<SourceRecord<TrackerRow>, Checked<LifexControlRoom>> validator() {
        return validator;
    }
}
