package no.hdo.dw.pipeline.video;

import java.io.IOException;
import java.util.List;
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

/** video/snla: {@code snla_<stamp>.csv}, Windows-1252, {@code ;}-separated, local times. */
public final class SnlaFeed implements FeedSpec<List<String>, SnlaCall> {

    public static final FeedId ID = new FeedId("video", "snla");
    private static final Pattern NAME = Pattern.compile("snla_(\\d{14})\\.csv");

    static final RecordSchema<SnlaCall> SCHEMA = RecordSchema.<SnlaCall>builder()
            .string("call_id", true, SnlaCall::callId)
            .localDateTime("start_local", true, SnlaCall::startLocal)
            .instant("start_at", true, SnlaCall::startAt)
            .localDateTime("end_local", false, SnlaCall::endLocal)
            .instant("end_at", false, SnlaCall::endAt)
            .string("centre", false, SnlaCall::centre)
            .string("status", true, SnlaCall::status)
            .build();

    private final SnlaCallValidator validator = new SnlaCallValidator();

    @Override
    public FeedId id() {
        return ID;
    }

    @Override
    public DeliveryName parseName(String fileName) throws RejectedFileException {
        Matcher matcher = NAME.matcher(fileName);
        if (!matcher.matches()) {
            throw new RejectedFileException("the file name " + fileName + " does not fit snla_<yyyyMMddHHmmss>.csv");
        }
        return new DeliveryName(DeliveryName.parseStamp(matcher.group(1), fileName), null);
    }

    @Override
    public RecordSchema<SnlaCall> schema() {
        return SCHEMA;
    }

    @Override
    public RecordSource<List<String>> open(DeliveredFile file) throws IOException, RejectedFileException {
        return TextRecordSources.delimited(file.path(), TextRecordSources.WINDOWS_1252, ';', SnlaCallValidator.HEADER);
    }

    @Override
    public ItemProcessor<SourceRecord<List<String>>, Checked<SnlaCall>> validator() {
        return validator;
    }
}
