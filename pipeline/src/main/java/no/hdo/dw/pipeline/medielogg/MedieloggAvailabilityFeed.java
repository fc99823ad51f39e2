package no.hdo.dw.pipeline.medielogg;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Pattern;
import no.hdo.dw.pipeline.landing.DeliveredFile;
import no.hdo.dw.pipeline.landing.DeliveryName;
import no.hdo.dw.pipeline.landing.FeedId;
import no.hdo.dw.pipeline.landing.RecordSchema;
import no.hdo.dw.pipeline.landing.RecordSource;
import no.hdo.dw.pipeline.landing.RejectedFileException;
import no.hdo.dw.pipeline.landing.StampedFeed;
import no.hdo.dw.pipeline.landing.TextRecordSources;

/**
 * medielogg/availability: {@code availability_<yyyy-MM>_<stamp>.csv}, UTF-8, {@code ,}-separated;
 * the file for a month lists every outage that overlaps it, and the newest file of a month wins.
 */
public final class MedieloggAvailabilityFeed extends StampedFeed<List<String>, MedieloggOutage> {

    public static final FeedId ID = new FeedId("medielogg", "availability");

    static final RecordSchema<MedieloggOutage> SCHEMA = RecordSchema.<MedieloggOutage>builder()
            .string("component", true, MedieloggOutage::component)
            .instant("outage_start_at", true, MedieloggOutage::outageStart)
            .instant("outage_end_at", false, MedieloggOutage::outageEnd)
            .bool("is_planned", true, MedieloggOutage::planned)
            .build();

    public MedieloggAvailabilityFeed() {
        super(
                ID,
                Pattern.compile("availability_(?<period>\\d{4}-\\d{2})_(?<stamp>\\d{14})\\.csv"),
                "availability_<yyyy-MM>_<yyyyMMddHHmmss>.csv",
                SCHEMA,
                new MedieloggOutageValidator());
    }

    @Override
    public DeliveryName parseName(String name) throws RejectedFileException {
        DeliveryName parsed = super.parseName(name);
        try {
            YearMonth.parse(parsed.period());
        } catch (DateTimeParseException e) {
            throw new RejectedFileException(
                    "the month '" + parsed.period() + "' in the file name " + name + " is not a valid yyyy-MM");
        }
        return parsed;
    }

    @Override
    public RecordSource<List<String>> open(DeliveredFile file) throws IOException, RejectedFileException {
        return TextRecordSources.delimited(file.path(), StandardCharsets.UTF_8, ',', MedieloggOutageValidator.HEADER);
    }
}
