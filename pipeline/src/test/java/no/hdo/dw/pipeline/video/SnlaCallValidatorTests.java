package no.hdo.dw.pipeline.video;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import no.hdo.dw.pipeline.landing.Checked;
import no.hdo.dw.pipeline.landing.SourceRecord;
import org.junit.jupiter.api.Test;

class SnlaCallValidatorTests {

    private final SnlaCallValidator validator = new SnlaCallValidator();

    private Checked<SnlaCall> validate(String... fields) {
        return validator.process(new SourceRecord<>(3, List.of(fields)));
    }

    @Test
    void readsLocalTimesAsEuropeOslo() {
        // given a winter call crossing midnight
        Checked<SnlaCall> checked =
                validate("S-1", "31.01.2026 22:14:09", "31.01.2026 22:20:51", "AMK Førde", "Gjennomført");

        // then the instants are UTC+1
        assertThat(checked.isAccepted()).isTrue();
        assertThat(checked.value())
                .isEqualTo(new SnlaCall(
                        "S-1",
                        LocalDateTime.parse("2026-01-31T22:14:09"),
                        Instant.parse("2026-01-31T21:14:09Z"),
                        LocalDateTime.parse("2026-01-31T22:20:51"),
                        Instant.parse("2026-01-31T21:20:51Z"),
                        "AMK Førde",
                        "Gjennomført"));
    }

    @Test
    void theDoubledAutumnHourIsReadAsTheFirst() {
        // given 02:30 on 26 October 2025, which happened twice
        Checked<SnlaCall> checked = validate("S-2", "26.10.2025 02:30:00", "", "Legevakt Tromsø", "Ubesvart");

        // then it is the first 02:30, still summer time (UTC+2)
        assertThat(checked.value().startAt()).isEqualTo(Instant.parse("2025-10-26T00:30:00Z"));
        assertThat(checked.value().endAt()).isNull();
    }

    @Test
    void theMissingSpringHourIsABadRecord() {
        // given 02:30 on 30 March 2025, which never happened in Norway
        Checked<SnlaCall> checked = validate("S-3", "30.03.2025 02:30:00", "", "AMK Bodø", "Avbrutt");

        assertThat(checked.isAccepted()).isFalse();
        assertThat(checked.rejection().field()).isEqualTo("Starttid");
        assertThat(checked.rejection().reason()).contains("does not exist in Europe/Oslo");
    }

    @Test
    void anEndAcrossTheSpringChangeIsRealElapsedTime() {
        Checked<SnlaCall> checked =
                validate("S-4", "30.03.2025 01:50:00", "30.03.2025 03:10:00", "AMK Bodø", "Gjennomført");

        assertThat(checked.value().endAt().getEpochSecond()
                        - checked.value().startAt().getEpochSecond())
                .isEqualTo(20 * 60);
    }

    @Test
    void namesTheFieldOfEveryBadRecord() {
        assertThat(validate("S-5", "31.01.2026 22:14:09", "", "AMK Førde")
                        .rejection()
                        .reason())
                .contains("expected 5 fields");
        assertThat(validate("", "31.01.2026 22:14:09", "", "AMK Førde", "Avbrutt")
                        .rejection()
                        .field())
                .isEqualTo("Samtale-ID");
        assertThat(validate("S-5", "", "", "AMK Førde", "Avbrutt").rejection().field())
                .isEqualTo("Starttid");
        assertThat(validate("S-5", "2026-01-31 22:14:09", "", "AMK Førde", "Avbrutt")
                        .rejection()
                        .field())
                .isEqualTo("Starttid");
        assertThat(validate("S-5", "31.02.2026 22:14:09", "", "AMK Førde", "Avbrutt")
                        .rejection()
                        .field())
                .isEqualTo("Starttid");
        assertThat(validate("S-5", "31.01.2026 22:14:09", "31.01.2026 22:61:00", "AMK Førde", "Gjennomført")
                        .rejection()
                        .field())
                .isEqualTo("Sluttid");
        assertThat(validate("S-5", "31.01.2026 22:14:09", "31.01.2026 22:14:08", "AMK Førde", "Gjennomført")
                        .rejection()
                        .reason())
                .contains("before Starttid");
        assertThat(validate("S-5", "31.01.2026 22:14:09", "", "AMK Førde", "Avvist")
                        .rejection()
                        .field())
                .isEqualTo("Status");
    }
}
