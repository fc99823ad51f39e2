package no.hdo.dw.pipeline.lifex;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import no.hdo.dw.pipeline.landing.Checked;
import no.hdo.dw.pipeline.landing.SourceRecord;
import org.junit.jupiter.api.Test;

class TrackerRowValidatorTests {

    private final TrackerRowValidator validator = new TrackerRowValidator();

    @Test
    void wordsInAnyCaseAndWithStraySpacesBecomeTheContractsWords() {
        // given
        TrackerRow row = row(5, "  AMK   Bodø ", " amk", "SØR - øst", "planlagt", "3.2.2026", null);

        // when
        Checked<LifexControlRoom> checked = validator.process(new SourceRecord<>(5, row));

        // then
        assertThat(checked.value())
                .isEqualTo(new LifexControlRoom(
                        "amk bodø",
                        "AMK Bodø",
                        "AMK",
                        "Sør-Øst",
                        null,
                        LocalDate.of(2026, 2, 3),
                        null,
                        "Planlagt",
                        null,
                        "Kontrollrom!5"));
    }

    @Test
    void onlyExcelDatesAndTextDdMmYyyyAreDates() {
        assertThat(TrackerRowValidator.date(new TrackerCell("Kontrollrom!E2", "45936", LocalDate.of(2025, 10, 6))))
                .isEqualTo(LocalDate.of(2025, 10, 6));
        assertThat(TrackerRowValidator.date(new TrackerCell("Kontrollrom!E2", " 06.10.2025 ", null)))
                .isEqualTo(LocalDate.of(2025, 10, 6));
        assertThat(TrackerRowValidator.date(new TrackerCell("Kontrollrom!E2", "2025-10-06", null)))
                .isNull();
        assertThat(TrackerRowValidator.date(new TrackerCell("Kontrollrom!E2", "31.02.2026", null)))
                .isNull();
        assertThat(TrackerRowValidator.date(new TrackerCell("Kontrollrom!E2", "neste uke", null)))
                .isNull();
    }

    @Test
    void omlagtWithoutADateIsQuarantinedNamingTheEmptyCell() {
        Checked<LifexControlRoom> checked = validator.process(
                new SourceRecord<>(9, row(9, "AMK Oslo", "AMK", "Sør-Øst", "Omlagt", "12.01.2026", null)));

        assertThat(checked.rejection().field()).isEqualTo("Omlagt dato");
        assertThat(checked.rejection().reason()).isEqualTo("Kontrollrom!F9: Status is Omlagt but Omlagt dato is empty");
    }

    private static TrackerRow row(
            int rowNo, String name, String type, String region, String status, String planned, String moved) {
        Map<String, TrackerCell> cells = new LinkedHashMap<>();
        cells.put(
                TrackerWorkbook.NAME,
                new TrackerCell("Kontrollrom!A" + rowNo, name == null ? null : name.strip(), null));
        cells.put(
                TrackerWorkbook.TYPE,
                new TrackerCell("Kontrollrom!B" + rowNo, type == null ? null : type.strip(), null));
        cells.put(
                TrackerWorkbook.REGION,
                new TrackerCell("Kontrollrom!C" + rowNo, region == null ? null : region.strip(), null));
        cells.put(TrackerWorkbook.HEALTH_TRUST, new TrackerCell("Kontrollrom!D" + rowNo, null, null));
        cells.put(TrackerWorkbook.PLANNED, new TrackerCell("Kontrollrom!E" + rowNo, planned, null));
        cells.put(TrackerWorkbook.MOVED_DATE, new TrackerCell("Kontrollrom!F" + rowNo, moved, null));
        cells.put(TrackerWorkbook.STATUS, new TrackerCell("Kontrollrom!G" + rowNo, status, null));
        return new TrackerRow(rowNo, cells, 0);
    }
}
