package no.hdo.dw.pipeline.video;

import java.io.IOException;
import java.util.regex.Pattern;
import no.hdo.dw.pipeline.landing.DeliveredFile;
import no.hdo.dw.pipeline.landing.FeedId;
import no.hdo.dw.pipeline.landing.RecordSchema;
import no.hdo.dw.pipeline.landing.RecordSource;
import no.hdo.dw.pipeline.landing.StampedFeed;
import no.hdo.dw.pipeline.landing.TextRecordSources;

/** video/bliksund: {@code bliksund_<stamp>.jsonl}, JSON Lines. */
public final class BliksundFeed extends StampedFeed<String, BliksundCall> {

    public static final FeedId ID = new FeedId("video", "bliksund");

    static final RecordSchema<BliksundCall> SCHEMA = RecordSchema.<BliksundCall>builder()
            .string("call_id", true, BliksundCall::callId)
            .instant("start_at", true, BliksundCall::startAt)
            .instant("end_at", false, BliksundCall::endAt)
            .string("centre", false, BliksundCall::centre)
            .string("status", true, BliksundCall::status)
            .integer("participants", false, BliksundCall::participants)
            .build();

    public BliksundFeed() {
        super(
                ID,
                Pattern.compile("bliksund_(?<stamp>\\d{14})\\.jsonl"),
                "bliksund_<yyyyMMddHHmmss>.jsonl",
                SCHEMA,
                new BliksundCallValidator());
    }

    @Override
    public RecordSource<String> open(DeliveredFile file) throws IOException {
        return TextRecordSources.lines(file.path());
    }
}
