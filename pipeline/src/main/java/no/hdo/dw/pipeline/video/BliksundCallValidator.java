package no.hdo.dw.pipeline.video;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Set;
import no.hdo.dw.pipeline.landing.Checked;
import no.hdo.dw.pipeline.landing.SourceRecord;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Validates a Bliksund JSON line (sources.md, video/bliksund): a JSON object with {@code callId}
 * and {@code start}, an {@code end} not before the start, a known status. Unknown fields are ignored.
 */
public final class BliksundCallValidator implements ItemProcessor<SourceRecord<String>, Checked<BliksundCall>> {

    static final Set<String> STATUSES = Set.of("COMPLETED", "FAILED", "REJECTED");

    private final JsonFactory json = new JsonFactory();

    /** A bit of its own for each field the warehouse reads, 0 for any other. */
    private static int fieldBit(String name) {
        return switch (name) {
            case "callId" -> 1;
            case "start" -> 1 << 1;
            case "end" -> 1 << 2;
            case "centre" -> 1 << 3;
            case "status" -> 1 << 4;
            case "participants" -> 1 << 5;
            default -> 0;
        };
    }

    @Override
    public Checked<BliksundCall> process(SourceRecord<String> record) {
        long recordNo = record.recordNo();
        String callId = null;
        String start = null;
        String end = null;
        String centre = null;
        String status = null;
        String participants = null;
        try (JsonParser parser = json.createParser(record.raw())) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return Checked.rejected(recordNo, null, record.raw(), "the line is not a JSON object");
            }
            int seen = 0; // a bit per field the warehouse reads (fieldBit); any other field is ignored (sources.md)
            for (JsonToken token = parser.nextToken(); token == JsonToken.FIELD_NAME; token = parser.nextToken()) {
                String name = parser.currentName();
                JsonToken valueToken = parser.nextToken();
                int bit = fieldBit(name);
                boolean known = bit != 0;
                if ((seen & bit) != 0) {
                    // JSON parsers differ on which one counts (Jackson: the last): the record is not guessed at
                    return Checked.rejected(
                            recordNo,
                            name,
                            null,
                            name + " comes twice in the object: which of the two is meant cannot be told");
                }
                seen |= bit;
                if (valueToken == JsonToken.START_OBJECT || valueToken == JsonToken.START_ARRAY) {
                    if (known) {
                        return Checked.rejected(
                                recordNo,
                                name,
                                null,
                                name + " is a JSON " + (valueToken == JsonToken.START_OBJECT ? "object" : "array")
                                        + ", not a single value");
                    }
                    parser.skipChildren();
                    continue;
                }
                String value = valueToken == JsonToken.VALUE_NULL ? null : parser.getText();
                switch (name) {
                    case "callId" -> callId = value;
                    case "start" -> start = value;
                    case "end" -> end = value;
                    case "centre" -> centre = value;
                    case "status" -> status = value;
                    case "participants" -> participants = value;
                    default -> {}
                }
            }
            if (parser.currentToken() != JsonToken.END_OBJECT || parser.nextToken() != null) {
                return Checked.rejected(recordNo, null, record.raw(), "the line is not a single JSON object");
            }
        } catch (IOException e) {
            return Checked.rejected(
                    recordNo,
                    null,
                    record.raw(),
                    "the line is not valid JSON: "
                            + e.getMessage().lines().findFirst().orElse(""));
        }
        // One rule with the other feeds: a control character in a text field (here written as a JSON escape)
        // quarantines the record.
        for (String[] field : new String[][] {
            {"callId", callId}, {"start", start}, {"end", end}, {"centre", centre}, {"status", status}
        }) {
            String problem =
                    field[1] == null ? null : no.hdo.dw.pipeline.landing.TextRecordSources.controlCharacter(field[1]);
            if (problem != null) {
                return Checked.rejected(
                        recordNo,
                        field[0],
                        null,
                        field[0] + " holds a control character: "
                                + problem.substring(problem.indexOf("U+"), problem.indexOf(" at ")));
            }
        }
        if (callId == null || callId.isBlank()) {
            return Checked.rejected(recordNo, "callId", callId, "callId is missing");
        }
        if (start == null || start.isBlank()) {
            return Checked.rejected(recordNo, "start", start, "start is missing");
        }
        Instant startAt = parseInstant(start);
        if (startAt == null) {
            return Checked.rejected(recordNo, "start", start, "start is not an ISO-8601 time with offset");
        }
        Instant endAt = null;
        if (end != null && !end.isBlank()) {
            endAt = parseInstant(end);
            if (endAt == null) {
                return Checked.rejected(recordNo, "end", end, "end is not an ISO-8601 time with offset");
            }
            if (endAt.isBefore(startAt)) {
                return Checked.rejected(recordNo, "end", end, "end is before start (" + start + ")");
            }
        }
        if (status == null || !STATUSES.contains(status)) {
            return Checked.rejected(
                    recordNo, "status", status, "unknown status; expected one of COMPLETED, FAILED, REJECTED");
        }
        Integer participantCount = null;
        if (participants != null) {
            try {
                participantCount = Integer.valueOf(participants);
            } catch (NumberFormatException e) {
                return Checked.rejected(recordNo, "participants", participants, "participants is not a whole number");
            }
        }
        return Checked.accepted(recordNo, new BliksundCall(callId, startAt, endAt, centre, status, participantCount));
    }

    /** ISO-8601 with offset; the common {@code yyyy-MM-ddTHH:mm:ss+hh:mm} is parsed by hand for speed. */
    static Instant parseInstant(String text) {
        try {
            if (text.length() == 25
                    && text.charAt(4) == '-'
                    && text.charAt(7) == '-'
                    && text.charAt(10) == 'T'
                    && text.charAt(13) == ':'
                    && text.charAt(16) == ':'
                    && (text.charAt(19) == '+' || text.charAt(19) == '-')
                    && text.charAt(22) == ':') {
                int sign = text.charAt(19) == '+' ? 1 : -1;
                int offsetSeconds = sign * (digits(text, 20) * 3600 + digits(text, 23) * 60);
                java.time.LocalDateTime local = java.time.LocalDateTime.of(
                        digits(text, 0) * 100 + digits(text, 2),
                        digits(text, 5),
                        digits(text, 8),
                        digits(text, 11),
                        digits(text, 14),
                        digits(text, 17));
                return local.toInstant(java.time.ZoneOffset.ofTotalSeconds(offsetSeconds));
            }
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    private static int digits(String text, int at) {
        char tens = text.charAt(at);
        char ones = text.charAt(at + 1);
        if (tens < '0' || tens > '9' || ones < '0' || ones > '9') {
            throw new NumberFormatException(text);
        }
        return (tens - '0') * 10 + (ones - '0');
    }
}
