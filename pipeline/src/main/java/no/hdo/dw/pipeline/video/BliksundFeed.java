package no.hdo.dw.pipeline.video;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.batch.infrastructure.item.ItemProcessor;

import no.hdo.dw.pipeline.landing.Checked;
import no.hdo.dw.pipeline.landing.DeliveredFile;
import no.hdo.dw.pipeline.landing.DeliveryName;
import no.hdo.dw.pipeline.landing.FeedId;
import no.hdo.dw.pipeline.landing.FeedSpec;
import no.hdo.dw.pipeline.landing.RecordSchema;
import no.hdo.dw.pipeline.landing.RecordSource;
import no.hdo.dw.pipeline.landing.RejectedFileException;
import no.hdo.dw.pipeline.landing.SourceRecord;
import no.hdo.dw.pipeline.landing.TextRecordSources;

/** video/bliksund: {@code bliksund_<stamp>.jsonl}, JSON Lines. */
public final class BliksundFeed implements FeedSpec<String, BliksundCall> {

    public static final FeedId ID = new FeedId("video", "bliksund");
    private static final Pattern NAME = Pattern.compile("bliksund_(\\d{14})\\.jsonl");

    static final RecordSchema<BliksundCall> SCHEMA = RecordSchema.<BliksundCall>builder()
            .string("call_id", true, BliksundCall::callId)
            .instant("start_at", true, BliksundCall::startAt)
            .instant("end_at", false, BliksundCall::endAt)
            .string("centre", false, BliksundCall::centre)
            .string("status", true, BliksundCall::status)
            .integer("participants", false, BliksundCall::participants)
            .build();

    private final BliksundCallValidator validator = new BliksundCallValidator();

    @Override
    public FeedId id() {
        return ID;
    }

    @Override
    public DeliveryName parseName(String fileName) throws RejectedFileException {
        Matcher matcher = NAME.matcher(fileName);
        if (!matcher.matches()) {
            throw new RejectedFileException("the file name " + fileName + " does not fit bliksund_<yyyyMMddHHmmss>.jsonl");
        }
        return new DeliveryName(DeliveryName.parseStamp(matcher.group(1), fileName), null);
    }

    @Override
    public RecordSchema<BliksundCall> schema() {
        return SCHEMA;
    }

    @Override
    public RecordSource<String> open(DeliveredFile file) throws IOException {
        return TextRecordSources.lines(file.path());
    }

    @Override
    public ItemProcessor<SourceRecord<String>, Checked<BliksundCall>> validator() {
        return validator;
    }
}
