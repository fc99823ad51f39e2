package no.hdo.dw.feeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextFeedTests {

    @TempDir
    Path temporary;

    @Test
    void snlaIsWindows1252WithCrlfUnderTheContractHeader() {
        // given a row with a Norwegian letter
        String row = VideoLines.snla("S-1", 1_768_899_600L, -1, "AMK Førde", "Ubesvart");

        // when the file is made
        byte[] bytes = TextFeed.SNLA.bytes(row);

        // then it is the header and the row, each ended by CRLF, and ø is the one byte 0xF8
        assertThat(new String(bytes, TextFeed.SNLA.charset()))
                .isEqualTo(
                        "Samtale-ID;Starttid;Sluttid;Sentral;Status\r\nS-1;20.01.2026 10:00:00;;AMK Førde;Ubesvart\r\n");
        assertThat(bytes).contains((byte) 0xF8).hasSize(new String(bytes, TextFeed.SNLA.charset()).length());
    }

    @Test
    void aCharacterTheFeedsCharsetCannotHoldIsRefusedNotReplaced() {
        assertThatThrownBy(() -> TextFeed.SNLA.bytes("S-1;20.01.2026 10:00:00;;AMK Førde ☎;Ubesvart"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("video/snla")
                .hasMessageContaining("windows-1252");
        assertThatThrownBy(() -> TextFeed.SNLA.write(temporary.resolve("snla.csv"), List.of("☎")))
                .hasRootCauseInstanceOf(java.nio.charset.UnmappableCharacterException.class);
    }

    @Test
    void aFileWrittenRowByRowHasTheBytesOfTheWholeFile() throws Exception {
        // given the same rows, once as bytes and once through the streaming writer
        List<String> rows = List.of(
                TextFeed.SHIFTS.row("S-1", "7310000001", "Kontrollrom", "2026-01-05 08:00", "2026-01-05 16:00", "ORD"),
                TextFeed.SHIFTS.row("S-2", "7310000002", "Kontrollrom", "2026-01-05 16:00", "2026-01-05 19:00", "OT"));
        Path file = temporary.resolve("inbox/shifts.csv");

        // when
        try (TextFeed.Rows out = TextFeed.SHIFTS.open(file)) {
            rows.forEach(out::row);
            assertThat(out.rowsWritten()).isEqualTo(2);
        }

        // then
        assertThat(Files.readAllBytes(file)).isEqualTo(TextFeed.SHIFTS.bytes(rows));
        assertThat(Files.readString(file, StandardCharsets.UTF_8))
                .startsWith("shift_id;employee_no;org_unit;start;end;shift_type\nS-1;7310000001;")
                .endsWith(";OT\n");
    }

    @Test
    void aFeedDeliversToItsFolderUnderItsFileNameAndCountsLinesFromItsHeader() {
        // when
        Path file = TextFeed.ABSENCES.deliver(
                temporary,
                TextFeed.ABSENCES.fileName("2026-01", "20260201013000"),
                "A-1;7310000001;2026-01-05;2026-01-06;SYK;");

        // then
        assertThat(temporary.relativize(file).toString())
                .isEqualTo("turnus/absences/absences_2026-01_20260201013000.csv");
        assertThat(TextFeed.ABSENCES.lineOf(0)).isEqualTo(2);
        assertThat(TextFeed.BLIKSUND.lineOf(0)).isEqualTo(1);
        assertThat(TextFeed.BLIKSUND.text("{}", "{}")).isEqualTo("{}\n{}\n");
        assertThat(TextFeed.MEDIELOGG_CALLS.row("R-1", "AMK Oslo", "TELEFON")).isEqualTo("R-1,AMK Oslo,TELEFON");
        assertThat(TextFeed.OPEN_ITEMS.key()).isEqualTo("ledger/receivables");
    }
}
