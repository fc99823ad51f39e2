package no.hdo.dw.pipeline.video;

import java.io.IOException;
import java.util.List;
import java.util.regex.Pattern;
import no.hdo.dw.pipeline.landing.DeliveredFile;
import no.hdo.dw.pipeline.landing.FeedId;
import no.hdo.dw.pipeline.landing.RecordSchema;
import no.hdo.dw.pipeline.landing.RecordSource;
import no.hdo.dw.pipeline.landing.RejectedFileException;
import no.hdo.dw.pipeline.landing.StampedFeed;
import no.hdo.dw.pipeline.landing.TextRecordSources;

/** video/snla: {@code snla_<stamp>.csv}, Windows-1252, {@code ;}-separated, local times. */
public final class SnlaFeed extends StampedFeed<List<String>, SnlaCall> {

    public static final FeedId ID = new FeedId("video", "snla");

    static final RecordSchema<SnlaCall> SCHEMA = RecordSchema.<SnlaCall>builder()
            .string("call_id", true, SnlaCall::callId)
            .localDateTime("start_local", true, SnlaCall::startLocal)
            .instant("start_at", true, SnlaCall::startAt)
            .localDateTime("end_local", false, SnlaCall::endLocal)
            .instant("end_at", false, SnlaCall::endAt)
            .string("centre", false, SnlaCall::centre)
            .string("status", true, SnlaCall::status)
            .build();

    public SnlaFeed() {
        super(
                ID,
                Pattern.compile("snla_(?<stamp>\\d{14})\\.csv"),
                "snla_<yyyyMMddHHmmss>.csv",
                SCHEMA,
                new SnlaCallValidator());
    }

    @Override
    public RecordSource<List<String>> open(DeliveredFile file) throws IOException, RejectedFileException {
        return TextRecordSources.delimited(file.path(), TextRecordSources.WINDOWS_1252, ';', SnlaCallValidator.HEADER);
    }
}
