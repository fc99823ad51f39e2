package no.hdo.dw.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;

class VideoLinesTests {

    private static final DateTimeFormatter ISO_OFFSET = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");

    @Test
    void bliksundTimesCarryTheOsloOffsetOfTheirInstantOnBothSidesOfEachChange() {
        // given instants in winter, in summer, and a second either side of both changes of 2025
        long[] instants = {
            at(2026, 1, 20, 9, 0, 0), at(2025, 7, 1, 12, 30, 5),
            Instant.parse("2025-03-30T00:59:59Z").getEpochSecond(),
                    Instant.parse("2025-03-30T01:00:00Z").getEpochSecond(),
            Instant.parse("2025-10-26T00:59:59Z").getEpochSecond(),
                    Instant.parse("2025-10-26T01:00:00Z").getEpochSecond()
        };

        // then the hand-made text is what the JDK's formatter gives
        for (long instant : instants) {
            assertThat(VideoLines.isoOslo(instant))
                    .isEqualTo(Instant.ofEpochSecond(instant)
                            .atZone(VideoLines.OSLO)
                            .format(ISO_OFFSET));
        }
        assertThat(VideoLines.isoOslo(Instant.parse("2025-10-26T00:30:00Z").getEpochSecond()))
                .isEqualTo("2025-10-26T02:30:00+02:00");
        assertThat(VideoLines.isoOslo(Instant.parse("2025-10-26T01:30:00Z").getEpochSecond()))
                .isEqualTo("2025-10-26T02:30:00+01:00");
    }

    @Test
    void aBliksundLineHasTheContractFieldsInOrderAndTheExtraFieldLast() {
        long start = at(2026, 1, 20, 9, 0, 0);

        assertThat(VideoLines.bliksund("b-1", start, start + 360, "AMK Oslo", "COMPLETED", 2, null))
                .isEqualTo(
                        "{\"callId\":\"b-1\",\"start\":\"2026-01-20T09:00:00+01:00\",\"end\":\"2026-01-20T09:06:00+01:00\","
                                + "\"centre\":\"AMK Oslo\",\"status\":\"COMPLETED\",\"participants\":2}");
        assertThat(VideoLines.bliksund("b-2", start, -1, "AMK Østfold", "FAILED", 1, "ios"))
                .isEqualTo("{\"callId\":\"b-2\",\"start\":\"2026-01-20T09:00:00+01:00\",\"end\":null,"
                        + "\"centre\":\"AMK Østfold\",\"status\":\"FAILED\",\"participants\":1,\"client\":\"ios\"}");
    }

    @Test
    void anSnlaRowHasOsloLocalTimesAndAnEmptyEndWhenThereIsNone() {
        long start = at(2025, 7, 1, 12, 0, 0);

        assertThat(VideoLines.snla("S-1", start, start + 65, "Legevakt Tromsø", "Gjennomført"))
                .isEqualTo("S-1;01.07.2025 12:00:00;01.07.2025 12:01:05;Legevakt Tromsø;Gjennomført");
        assertThat(VideoLines.snla("S-2", start, -1, "AMK Bodø", "Ubesvart"))
                .isEqualTo("S-2;01.07.2025 12:00:00;;AMK Bodø;Ubesvart");
    }

    private static long at(int year, int month, int day, int hour, int minute, int second) {
        return LocalDateTime.of(year, month, day, hour, minute, second)
                .atZone(VideoLines.OSLO)
                .toEpochSecond();
    }
}
