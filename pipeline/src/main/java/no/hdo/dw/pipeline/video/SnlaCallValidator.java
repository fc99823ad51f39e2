package no.hdo.dw.pipeline.video;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import no.hdo.dw.pipeline.landing.Checked;
import no.hdo.dw.pipeline.landing.LocalTimes;
import no.hdo.dw.pipeline.landing.SourceRecord;
import no.hdo.dw.pipeline.landing.internal.Digits;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Validates an SNLA row (sources.md, video/snla): five fields, an id, a start time
 * {@code dd.MM.yyyy HH:mm:ss} that exists in Europe/Oslo, an end not before the start, a known status.
 */
public final class SnlaCallValidator implements ItemProcessor<SourceRecord<List<String>>, Checked<SnlaCall>> {

    static final List<String> HEADER = List.of("Samtale-ID", "Starttid", "Sluttid", "Sentral", "Status");
    static final Set<String> STATUSES = Set.of("Gjennomført", "Avbrutt", "Ubesvart");

    @Override
    public Checked<SnlaCall> process(SourceRecord<List<String>> record) {
        long recordNo = record.recordNo();
        List<String> fields = record.raw();
        if (fields.size() != HEADER.size()) {
            return Checked.rejected(
                    recordNo,
                    null,
                    String.join(";", fields),
                    "expected " + HEADER.size() + " fields separated by ';', found " + fields.size());
        }
        String callId = fields.get(0).strip();
        if (callId.isEmpty()) {
            return Checked.rejected(recordNo, "Samtale-ID", fields.get(0), "Samtale-ID is missing");
        }
        String start = fields.get(1).strip();
        if (start.isEmpty()) {
            return Checked.rejected(recordNo, "Starttid", start, "Starttid is missing");
        }
        LocalDateTime startLocal = parseLocal(start);
        if (startLocal == null) {
            return Checked.rejected(recordNo, "Starttid", start, "Starttid is not a time dd.MM.yyyy HH:mm:ss");
        }
        Instant startAt = LocalTimes.toInstant(startLocal);
        if (startAt == null) {
            return Checked.rejected(
                    recordNo, "Starttid", start, "Starttid does not exist in Europe/Oslo (the spring-forward hour)");
        }
        String end = fields.get(2).strip();
        LocalDateTime endLocal = null;
        Instant endAt = null;
        if (!end.isEmpty()) {
            endLocal = parseLocal(end);
            if (endLocal == null) {
                return Checked.rejected(recordNo, "Sluttid", end, "Sluttid is not a time dd.MM.yyyy HH:mm:ss");
            }
            endAt = LocalTimes.toInstant(endLocal);
            if (endAt == null) {
                return Checked.rejected(
                        recordNo, "Sluttid", end, "Sluttid does not exist in Europe/Oslo (the spring-forward hour)");
            }
            if (endAt.isBefore(startAt)) {
                return Checked.rejected(recordNo, "Sluttid", end, "Sluttid is before Starttid (" + start + ")");
            }
        }
        String status = fields.get(4).strip();
        if (!STATUSES.contains(status)) {
            return Checked.rejected(
                    recordNo,
                    "Status",
                    fields.get(4),
                    "unknown Status; expected one of Gjennomført, Avbrutt, Ubesvart");
        }
        String centre = fields.get(3).strip();
        return Checked.accepted(
                recordNo,
                new SnlaCall(callId, startLocal, startAt, endLocal, endAt, centre.isEmpty() ? null : centre, status));
    }

    /** {@code dd.MM.yyyy HH:mm:ss}, parsed by hand: DateTimeFormatter would cost most of the read. */
    static LocalDateTime parseLocal(String text) {
        if (text.length() != 19
                || text.charAt(2) != '.'
                || text.charAt(5) != '.'
                || text.charAt(10) != ' '
                || text.charAt(13) != ':'
                || text.charAt(16) != ':') {
            return null;
        }
        try {
            return LocalDateTime.of(
                    Digits.parse(text, 6, 10),
                    Digits.parse(text, 3, 5),
                    Digits.parse(text, 0, 2),
                    Digits.parse(text, 11, 13),
                    Digits.parse(text, 14, 16),
                    Digits.parse(text, 17, 19));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}
