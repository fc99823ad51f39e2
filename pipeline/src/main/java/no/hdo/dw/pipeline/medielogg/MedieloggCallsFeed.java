package no.hdo.dw.pipeline.medielogg;

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

/** medielogg/calls: {@code calls_<stamp>.csv}, UTF-8, {@code ,}-separated, UTC instants. */
public final class MedieloggCallsFeed extends StampedFeed<List<String>, MedieloggCall> {

    public static final FeedId ID = new FeedId("medielogg", "calls");

    static final RecordSchema<MedieloggCall> SCHEMA = RecordSchema.<MedieloggCall>builder()
            .string("recording_id", true, MedieloggCall::recordingId)
            .string("site", true, MedieloggCall::site)
            .string("channel", true, MedieloggCall::channel)
            .instant("start_at", true, MedieloggCall::startAt)
            .bigint("duration_seconds", false, MedieloggCall::durationSeconds)
            .bool("is_logged", true, MedieloggCall::logged)
            .build();

    public MedieloggCallsFeed() {
        super(
                ID,
                Pattern.compile("calls_(?<stamp>\\d{14})\\.csv"),
                "calls_<yyyyMMddHHmmss>.csv",
                SCHEMA,
                new MedieloggCallValidator());
    }

    @Override
    public RecordSource<List<String>> open(DeliveredFile file) throws IOException, RejectedFileException {
        return TextRecordSources.delimited(file.path(), StandardCharsets.UTF_8, ',', MedieloggCallValidator.HEADER);
    }
}
