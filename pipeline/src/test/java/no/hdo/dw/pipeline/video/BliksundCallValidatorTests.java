package no.hdo.dw.pipeline.video;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import no.hdo.dw.pipeline.landing.Checked;
import no.hdo.dw.pipeline.landing.SourceRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BliksundCallValidatorTests {

    private final BliksundCallValidator validator = new BliksundCallValidator();

    private Checked<BliksundCall> validate(String line) {
        return validator.process(new SourceRecord<>(7, line));
    }

    @Test
    void acceptsTheContractExampleAndIgnoresUnknownFields() {
        // given a line as sources.md shows it, with an extra field
        String line =
                "{\"callId\":\"b-000123\",\"start\":\"2026-01-03T08:12:55+01:00\",\"end\":\"2026-01-03T08:19:02+01:00\","
                        + "\"centre\":\"AMK Oslo\",\"status\":\"COMPLETED\",\"participants\":2,\"client\":\"ios\",\"meta\":{\"a\":[1,2]}}";

        // when
        Checked<BliksundCall> checked = validate(line);

        // then
        assertThat(checked.isAccepted()).isTrue();
        assertThat(checked.recordNo()).isEqualTo(7);
        assertThat(checked.value())
                .isEqualTo(new BliksundCall(
                        "b-000123",
                        Instant.parse("2026-01-03T07:12:55Z"),
                        Instant.parse("2026-01-03T07:19:02Z"),
                        "AMK Oslo",
                        "COMPLETED",
                        2));
    }

    @Test
    void aControlCharacterInATextFieldQuarantinesTheRecordAsInTheOtherFeeds() {
        // given a NUL written as a JSON escape in the centre
        Checked<BliksundCall> checked = validate("{\"callId\":\"b-1\",\"start\":\"2026-07-01T10:00:00Z\",\"end\":null,"
                + "\"centre\":\"AMK\\u0000Oslo\",\"status\":\"FAILED\"}");

        // then it is quarantined, the field named
        assertThat(checked.isAccepted()).isFalse();
        assertThat(checked.rejection().field()).isEqualTo("centre");
        assertThat(checked.rejection().reason()).isEqualTo("centre holds a control character: U+0000");
    }

    @Test
    void readsNullEndAndOtherOffsetForms() {
        Checked<BliksundCall> checked = validate(
                "{\"callId\":\"b-1\",\"start\":\"2026-07-01T10:00:00.250Z\",\"end\":null,\"status\":\"FAILED\"}");

        assertThat(checked.isAccepted()).isTrue();
        assertThat(checked.value().startAt()).isEqualTo(Instant.parse("2026-07-01T10:00:00.250Z"));
        assertThat(checked.value().endAt()).isNull();
        assertThat(checked.value().centre()).isNull();
        assertThat(checked.value().participants()).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            not json                 | {"callId":"b-1","start":                                                            | | the line is not valid JSON
            not an object            | [1,2,3]                                                                              | | the line is not a JSON object
            two objects              | {"callId":"b-1"} {"callId":"b-2"}                                                    | | the line is not a single JSON object
            missing callId           | {"start":"2026-01-03T08:12:55+01:00","status":"COMPLETED"}                           | callId | callId is missing
            blank callId             | {"callId":" ","start":"2026-01-03T08:12:55+01:00","status":"COMPLETED"}              | callId | callId is missing
            missing start            | {"callId":"b-1","status":"COMPLETED"}                                                | start | start is missing
            bad start                | {"callId":"b-1","start":"03.01.2026 08:12","status":"COMPLETED"}                     | start | start is not an ISO-8601 time
            start without offset     | {"callId":"b-1","start":"2026-01-03T08:12:55","status":"COMPLETED"}                  | start | start is not an ISO-8601 time
            end before start         | {"callId":"b-1","start":"2026-01-03T08:12:55+01:00","end":"2026-01-03T08:12:54+01:00","status":"COMPLETED"} | end | end is before start
            unknown status           | {"callId":"b-1","start":"2026-01-03T08:12:55+01:00","status":"CANCELLED"}            | status | unknown status
            missing status           | {"callId":"b-1","start":"2026-01-03T08:12:55+01:00"}                                 | status | unknown status
            lower-case status        | {"callId":"b-1","start":"2026-01-03T08:12:55+01:00","status":"completed"}            | status | unknown status
            fractional participants  | {"callId":"b-1","start":"2026-01-03T08:12:55+01:00","status":"FAILED","participants":1.5} | participants | not a whole number
            """)
    void quarantinesBadRecordsWithFieldAndReason(String name, String line, String field, String reason) {
        Checked<BliksundCall> checked = validate(line);

        assertThat(checked.isAccepted()).isFalse();
        assertThat(checked.rejection().field()).isEqualTo(field);
        assertThat(checked.rejection().reason()).contains(reason);
    }

    @Test
    void endEqualToStartIsAccepted() {
        assertThat(validate(
                                "{\"callId\":\"b-1\",\"start\":\"2026-01-03T08:12:55+01:00\",\"end\":\"2026-01-03T07:12:55Z\",\"status\":\"COMPLETED\"}")
                        .isAccepted())
                .isTrue();
    }
}
