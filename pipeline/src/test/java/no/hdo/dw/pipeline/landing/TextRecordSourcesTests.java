package no.hdo.dw.pipeline.landing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.hdo.dw.feeds.TextFeed;

class TextRecordSourcesTests {

    private static final List<String> HEADER = List.of("Samtale-ID", "Starttid", "Sluttid", "Sentral", "Status");

    @TempDir
    Path folder;

    private static <R> List<SourceRecord<R>> readAll(RecordSource<R> source) throws Exception {
        List<SourceRecord<R>> records = new ArrayList<>();
        try (source) {
            for (SourceRecord<R> record = source.next(); record != null; record = source.next()) {
                records.add(record);
            }
        }
        return records;
    }

    @Test
    void linesToleratesByteOrderMarkCrlfAndBlankLinesAndKeepsLineNumbers() throws Exception {
        // given a UTF-8 file with a BOM, CRLF endings and a blank line
        Path file = folder.resolve("bliksund_20260201020000.jsonl");
        Files.write(file, "\uFEFF{\"a\":1}\r\n\r\n{\"b\":\"Tromsø\"}\r\n".getBytes(StandardCharsets.UTF_8));

        // when
        List<SourceRecord<String>> records = readAll(TextRecordSources.lines(file));

        // then
        assertThat(records).containsExactly(new SourceRecord<>(1, "{\"a\":1}"), new SourceRecord<>(3, "{\"b\":\"Tromsø\"}"));
    }

    @Test
    void linesRefusesBytesThatAreNotUtf8() throws IOException {
        Path file = folder.resolve("bliksund_20260201020000.jsonl");
        Files.write(file, "{\"a\":1}\n{\"b\":\"Troms\u00f8\"}\n".getBytes(TextRecordSources.WINDOWS_1252));

        assertThatThrownBy(() -> readAll(TextRecordSources.lines(file)))
                .isInstanceOf(RejectedFileException.class).hasMessageContaining("line 2 is not valid UTF-8");
    }

    @Test
    void delimitedReadsWindows1252WithNorwegianLetters() throws Exception {
        // given a Windows-1252 SNLA file as the platform writes it (CRLF), one row short of a field
        Path file = TextFeed.SNLA.write(folder.resolve("snla_20260201020000.csv"), List.of(
                "S-1;31.01.2026 22:14:09;31.01.2026 22:20:51;AMK Førde;Gjennomført",
                "S-2;01.02.2026 03:41:00;;Legevakt Tromsø"));

        // when
        List<SourceRecord<List<String>>> records = readAll(TextRecordSources.delimited(file, TextRecordSources.WINDOWS_1252, ';', HEADER));

        // then the letters arrive intact and a short row is handed on for the validator to name
        assertThat(records).hasSize(2);
        assertThat(records.get(0).recordNo()).isEqualTo(2);
        assertThat(records.get(0).raw()).containsExactly("S-1", "31.01.2026 22:14:09", "31.01.2026 22:20:51", "AMK Førde", "Gjennomført");
        assertThat(records.get(1).recordNo()).isEqualTo(3);
        assertThat(records.get(1).raw()).containsExactly("S-2", "01.02.2026 03:41:00", "", "Legevakt Tromsø");
    }

    @Test
    void delimitedRefusesAUtf8FileForAWindows1252Feed() throws IOException {
        Path file = folder.resolve("snla_20260201020000.csv");
        Files.write(file, ("Samtale-ID;Starttid;Sluttid;Sentral;Status\n"
                + "S-1;31.01.2026 22:14:09;31.01.2026 22:20:51;AMK Førde;Gjennomført\n").getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> TextRecordSources.delimited(file, TextRecordSources.WINDOWS_1252, ';', HEADER))
                .isInstanceOf(RejectedFileException.class).hasMessageContaining("UTF-8").hasMessageContaining("Windows-1252");
    }

    @Test
    void delimitedRefusesAWrongHeaderAndAnEmptyFile() throws IOException {
        Path wrongHeader = folder.resolve("a.csv");
        Files.writeString(wrongHeader, "Samtale-ID;Start;Slutt;Sentral;Status\r\nS-1;x;y;z;w\r\n");
        Path empty = folder.resolve("b.csv");
        Files.writeString(empty, "");

        assertThatThrownBy(() -> TextRecordSources.delimited(wrongHeader, TextRecordSources.WINDOWS_1252, ';', HEADER))
                .isInstanceOf(RejectedFileException.class)
                .hasMessageContaining("the header row is 'Samtale-ID;Start;Slutt;Sentral;Status', expected 'Samtale-ID;Starttid;Sluttid;Sentral;Status'");
        assertThatThrownBy(() -> TextRecordSources.delimited(empty, TextRecordSources.WINDOWS_1252, ';', HEADER))
                .isInstanceOf(RejectedFileException.class).hasMessageContaining("empty");
    }
}
