package no.hdo.dw.pipeline.medielogg;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import no.hdo.dw.pipeline.landing.Checked;
import no.hdo.dw.pipeline.landing.SourceRecord;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Validates a media-log outage row (sources.md, medielogg/availability): four fields, a known
 * component, an ISO-8601 start, an end not before the start (or none: still ongoing), and
 * {@code planned} 1 or 0.
 */
public final class MedieloggOutageValidator
        implements ItemProcessor<SourceRecord<List<String>>, Checked<MedieloggOutage>> {

    static final List<String> HEADER = List.of("component", "outage_start", "outage_end", "planned");
    static final Set<String> COMPONENTS = Set.of("SENTRAL", "SLUTTBRUKER");

    @Override
    public Checked<MedieloggOutage> process(SourceRecord<List<String>> record) {
        long recordNo = record.recordNo();
        List<String> fields = record.raw();
        if (fields.size() != HEADER.size()) {
            return Checked.rejected(
                    recordNo,
                    null,
                    String.join(",", fields),
                    "expected " + HEADER.size() + " fields separated by ',', found " + fields.size());
        }
        String component = fields.get(0).strip();
        if (!COMPONENTS.contains(component)) {
            return Checked.rejected(
                    recordNo, "component", fields.get(0), "unknown component; expected SENTRAL or SLUTTBRUKER");
        }
        String start = fields.get(1).strip();
        if (start.isEmpty()) {
            return Checked.rejected(recordNo, "outage_start", null, "outage_start is missing");
        }
        Instant startAt = MedieloggFields.instant(start);
        if (startAt == null) {
            return Checked.rejected(
                    recordNo,
                    "outage_start",
                    start,
                    "outage_start is not an ISO-8601 instant such as 2026-01-14T02:00:00Z");
        }
        String end = fields.get(2).strip();
        Instant endAt = null;
        if (!end.isEmpty()) {
            endAt = MedieloggFields.instant(end);
            if (endAt == null) {
                return Checked.rejected(
                        recordNo,
                        "outage_end",
                        end,
                        "outage_end is not an ISO-8601 instant such as 2026-01-14T03:30:00Z");
            }
            if (endAt.isBefore(startAt)) {
                return Checked.rejected(
                        recordNo, "outage_end", end, "outage_end is before outage_start (" + start + ")");
            }
        }
        Boolean planned = MedieloggFields.flag(fields.get(3).strip());
        if (planned == null) {
            return Checked.rejected(
                    recordNo, "planned", fields.get(3), "planned must be 1 (announced maintenance) or 0 (unplanned)");
        }
        return Checked.accepted(recordNo, new MedieloggOutage(component, startAt, endAt, planned));
    }
}
