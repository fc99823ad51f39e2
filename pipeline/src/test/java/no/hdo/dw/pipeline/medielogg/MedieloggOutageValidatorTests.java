package no.hdo.dw.pipeline.medielogg;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import no.hdo.dw.pipeline.landing.Checked;
import no.hdo.dw.pipeline.landing.SourceRecord;
import org.junit.jupiter.api.Test;

class MedieloggOutageValidatorTests {

    private final MedieloggOutageValidator validator = new MedieloggOutageValidator();

    @Test
    void anOutageWithoutEndIsStillOngoingAndKept() {
        // when
        Checked<MedieloggOutage> checked =
                validator.process(new SourceRecord<>(2, List.of("SLUTTBRUKER", "2026-01-31T22:00:00Z", "", "0")));

        // then
        assertThat(checked.isAccepted()).isTrue();
        assertThat(checked.value())
                .isEqualTo(new MedieloggOutage("SLUTTBRUKER", Instant.parse("2026-01-31T22:00:00Z"), null, false));
    }

    @Test
    void plannedMaintenanceIsFlagged() {
        Checked<MedieloggOutage> checked = validator.process(
                new SourceRecord<>(2, List.of("SENTRAL", "2026-01-14T02:00:00Z", "2026-01-14T03:30:00Z", "1")));

        assertThat(checked.value().planned()).isTrue();
    }

    @Test
    void anEndBeforeTheStartIsNamed() {
        Checked<MedieloggOutage> checked = validator.process(
                new SourceRecord<>(7, List.of("SENTRAL", "2026-01-14T02:00:00Z", "2026-01-14T01:00:00Z", "0")));

        assertThat(checked.rejection().field()).isEqualTo("outage_end");
        assertThat(checked.rejection().reason()).isEqualTo("outage_end is before outage_start (2026-01-14T02:00:00Z)");
    }
}
