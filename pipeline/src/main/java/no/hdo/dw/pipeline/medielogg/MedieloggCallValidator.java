package no.hdo.dw.pipeline.medielogg;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import no.hdo.dw.pipeline.landing.Checked;
import no.hdo.dw.pipeline.landing.SourceRecord;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Validates a media-log call row (sources.md, medielogg/calls): six fields, a {@code recording_id},
 * a site, a known channel, an ISO-8601 {@code start_utc}, a whole non-negative duration (or none),
 * and {@code logged} 1 or 0.
 */
public final class MedieloggCallValidator implements ItemProcessor<SourceRecord<List<String>>, Checked<MedieloggCall>> {

    static final List<String> HEADER = List.of("recording_id", "site", "channel", "start_utc", "duration_s", "logged");
    static final Set<String> CHANNELS = Set.of("TELEFON", "NODNETT");

    @Override
    public Checked<MedieloggCall> process(SourceRecord<List<String>> record) {
        long recordNo = record.recordNo();
        List<String> fields = record.raw();
        if (fields.size() != HEADER.size()) {
            return Checked.rejected(
                    recordNo,
                    null,
                    String.join(",", fields),
                    "expected " + HEADER.size() + " fields separated by ',', found " + fields.size());
        }
        String recordingId = fields.get(0).strip();
        if (recordingId.isEmpty()) {
            return Checked.rejected(recordNo, "recording_id", null, "recording_id is missing");
        }
        String site = fields.get(1).strip();
        if (site.isEmpty()) {
            return Checked.rejected(recordNo, "site", null, "site is missing");
        }
        String channel = fields.get(2).strip();
        if (!CHANNELS.contains(channel)) {
            return Checked.rejected(recordNo, "channel", fields.get(2), "unknown channel; expected TELEFON or NODNETT");
        }
        String start = fields.get(3).strip();
        if (start.isEmpty()) {
            return Checked.rejected(recordNo, "start_utc", null, "start_utc is missing");
        }
        Instant startAt = MedieloggFields.instant(start);
        if (startAt == null) {
            return Checked.rejected(
                    recordNo, "start_utc", start, "start_utc is not an ISO-8601 instant such as 2026-01-31T22:58:01Z");
        }
        String duration = fields.get(4).strip();
        Long durationSeconds = null;
        if (!duration.isEmpty()) {
            try {
                durationSeconds = Long.valueOf(duration);
            } catch (NumberFormatException e) {
                return Checked.rejected(
                        recordNo, "duration_s", duration, "duration_s is not a whole number of seconds");
            }
            if (durationSeconds < 0) {
                return Checked.rejected(recordNo, "duration_s", duration, "duration_s is negative");
            }
        }
        Boolean logged = MedieloggFields.flag(fields.get(5).strip());
        if (logged == null) {
            return Checked.rejected(
                    recordNo, "logged", fields.get(5), "logged must be 1 (recorded) or 0 (recording failed)");
        }
        return Checked.accepted(
                recordNo, new MedieloggCall(recordingId, site, channel, startAt, durationSeconds, logged));
    }
}
