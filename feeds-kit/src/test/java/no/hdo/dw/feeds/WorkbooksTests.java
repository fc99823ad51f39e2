package no.hdo.dw.feeds;

import static no.hdo.dw.feeds.Workbooks.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkbooksTests {

    @TempDir
    Path temporary;

    @Test
    void aWorkbookReadsBackWithItsSheetsBlankRowsTextNumbersAndDateCells() throws Exception {
        // given a workbook as people leave it: a notes sheet first, a blank row, a date typed as text
        Path file = LifexTracker.deliver(
                temporary,
                "2026-02-27",
                new Workbooks()
                        .sheet("Les meg", row("Oversikt"))
                        .sheet(
                                LifexTracker.SHEET,
                                LifexTracker.header(),
                                null,
                                row(
                                        "AMK Bodø",
                                        "AMK",
                                        "Nord",
                                        "Nordlandssykehuset",
                                        LocalDate.of(2025, 10, 6),
                                        "07.10.2025",
                                        "Omlagt",
                                        3)));

        // when it is read with a spreadsheet reader
        try (InputStream in = Files.newInputStream(file);
                ReadableWorkbook workbook = new ReadableWorkbook(in)) {
            List<String> sheets = workbook.getSheets().map(Sheet::getName).toList();
            Sheet tracker = workbook.findSheet(LifexTracker.SHEET).orElseThrow();
            List<Row> rows = tracker.read();

            // then
            assertThat(temporary.relativize(file).toString()).isEqualTo("lifex/tracker/lifex_tracker_2026-02-27.xlsx");
            assertThat(sheets).containsExactly("Les meg", "Kontrollrom");
            assertThat(rows).extracting(Row::getRowNum).containsExactly(1, 3);
            assertThat(rows.get(0).getCellText(0)).isEqualTo("Kontrollrom");
            Row data = rows.get(1);
            assertThat(data.getCellAsDate(4))
                    .hasValueSatisfying(date -> assertThat(date.toLocalDate()).isEqualTo(LocalDate.of(2025, 10, 6)));
            assertThat(data.getCellText(5)).isEqualTo("07.10.2025");
            assertThat(data.getCellAsNumber(7))
                    .hasValueSatisfying(number -> assertThat(number.intValue()).isEqualTo(3));
        }
    }

    @Test
    void aReproducibleWorkbookHasTheSameBytesEachTimeAndRowsFromAnIterableAreStreamed() throws Exception {
        // given rows made as they are asked for, more than one flush block of them
        Iterable<Object[]> rows = () -> Stream.concat(
                        Stream.<Object[]>of(row("n", "text")),
                        IntStream.rangeClosed(1, 25_000).mapToObj(n -> row(n, "row " + n)))
                .iterator();
        Instant at = Instant.parse("2026-03-01T00:00:00Z");

        // when the workbook is written twice, a while apart
        Path first = new Workbooks("hdo-dw-tests")
                .sheet("Ark1", rows)
                .reproducible(at, at)
                .writeTo(temporary.resolve("a.xlsx"));
        Thread.sleep(1_100);
        Path second = new Workbooks("hdo-dw-tests")
                .sheet("Ark1", rows)
                .reproducible(at, at)
                .writeTo(temporary.resolve("b.xlsx"));

        // then the bytes are the same and every row is there
        assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
        try (InputStream in = Files.newInputStream(first);
                ReadableWorkbook workbook = new ReadableWorkbook(in)) {
            List<Row> read = workbook.getFirstSheet().read();
            assertThat(read).hasSize(25_001);
            assertThat(read.get(25_000).getCellText(1)).isEqualTo("row 25000");
        }
    }

    @Test
    void aCellOfAKindNoSpreadsheetHoldsIsRefused() {
        assertThatThrownBy(() -> new Workbooks().sheet("Ark1", row(List.of(1))).writeTo(temporary.resolve("c.xlsx")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("java.util");
    }
}
