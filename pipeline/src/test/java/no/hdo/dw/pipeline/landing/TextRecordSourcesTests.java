package no.hdo.dw.pipeline.landing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import no.hdo.dw.feeds.TextFeed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
        assertThat(records)
                .containsExactly(new SourceRecord<>(1, "{\"a\":1}"), new SourceRecord<>(3, "{\"b\":\"Tromsø\"}"));
    }

    @Test
    void linesRefusesBytesThatAreNotUtf8() throws IOException {
        Path file = folder.resolve("bliksund_20260201020000.jsonl");
        Files.write(file, "{\"a\":1}\n{\"b\":\"Troms\u00f8\"}\n".getBytes(TextRecordSources.WINDOWS_1252));

        assertThatThrownBy(() -> readAll(TextRecordSources.lines(file)))
                .isInstanceOf(RejectedFileException.class)
                .hasMessage(
                        "the file is not UTF-8 (this feed's encoding): line 2 has the byte 0xF8 at byte 12 of the line, which does not fit");
    }

    @Test
    void aUtf16FileAndAWindows1252ByteOnLine3OfAUtf8FeedNameTheEncodingTheLineAndTheByte() throws IOException {
        // given a UTF-16 file and a UTF-8 file with one Windows-1252 byte (æ) on line 3, for a UTF-8 feed
        List<String> header = List.of("employee_no", "org_unit");
        Path utf16 = Files.write(
                folder.resolve("utf16.csv"), "employee_no;org_unit\r\n1;Drift\r\n".getBytes(StandardCharsets.UTF_16LE));
        Path withBom = Files.write(
                folder.resolve("utf16bom.csv"), ("\uFEFFemployee_no;org_unit\r\n").getBytes(StandardCharsets.UTF_16LE));
        Path mixed = folder.resolve("mixed.csv");
        Files.write(mixed, "employee_no;org_unit\n1;Drift\n".getBytes(StandardCharsets.UTF_8));
        Files.write(
                mixed,
                "2;Vedlikehold og \u00e6\n".getBytes(TextRecordSources.WINDOWS_1252),
                java.nio.file.StandardOpenOption.APPEND);

        // when read, then each is refused whole, naming the encoding, the line and the byte
        assertThatThrownBy(() -> readAll(TextRecordSources.delimited(utf16, StandardCharsets.UTF_8, ';', header)))
                .isInstanceOf(RejectedFileException.class)
                .hasMessageContaining("header row");
        assertThatThrownBy(() -> readAll(TextRecordSources.delimited(withBom, StandardCharsets.UTF_8, ';', header)))
                .isInstanceOf(RejectedFileException.class)
                .hasMessage(
                        "the file is not UTF-8 (this feed's encoding): line 1 has the byte 0xFF at byte 1 of the line, which does not fit"
                                + " (the file looks like UTF-16)");
        assertThatThrownBy(() -> readAll(TextRecordSources.delimited(mixed, StandardCharsets.UTF_8, ';', header)))
                .isInstanceOf(RejectedFileException.class)
                .hasMessage(
                        "the file is not UTF-8 (this feed's encoding): line 3 has the byte 0xE6 at byte 18 of the line, which does not fit");
    }

    @Test
    void anUnterminatedQuoteSpoilsItsOwnLineOnlyAndAControlCharacterQuarantinesItsLine() throws Exception {
        // given five data lines: the second opens a quote it never closes, the fourth holds a NUL
        Path file = folder.resolve("snla_20260201020000.csv");
        Files.write(
                file,
                ("Samtale-ID;Starttid;Sluttid;Sentral;Status\r\n"
                                + "S-1;31.01.2026 22:14:09;;AMK Førde;Ubesvart\r\n"
                                + "S-2;31.01.2026 22:15:00;;\"AMK Førde;Ubesvart\r\n"
                                + "S-3;31.01.2026 22:16:00;;\"AMK \"\"Førde\"\"\";Ubesvart\r\n"
                                + "S-4;31.01.2026 22:17:00;;AMK\u0000Førde;Ubesvart\r\n"
                                + "S-5;31.01.2026 22:18:00;;AMK Førde;Ubesvart\r\n")
                        .getBytes(TextRecordSources.WINDOWS_1252));

        // when
        List<SourceRecord<List<String>>> records =
                readAll(TextRecordSources.delimited(file, TextRecordSources.WINDOWS_1252, ';', HEADER));

        // then all five lines are records, the bad two unreadable with their reason, the others read whole
        assertThat(records).extracting(SourceRecord::recordNo).containsExactly(2L, 3L, 4L, 5L, 6L);
        assertThat(records.get(1).raw()).isNull();
        assertThat(records.get(1).problem()).contains("quoted field is not closed before the end of the line");
        assertThat(records.get(2).raw()).containsExactly("S-3", "31.01.2026 22:16:00", "", "AMK \"Førde\"", "Ubesvart");
        assertThat(records.get(3).problem())
                .isEqualTo("the line holds the control character U+0000 at character 29: "
                        + "text fields may not hold control characters");
        assertThat(records.get(4).raw()).containsExactly("S-5", "31.01.2026 22:18:00", "", "AMK Førde", "Ubesvart");
    }

    @Test
    void delimitedReadsWindows1252WithNorwegianLetters() throws Exception {
        // given a Windows-1252 SNLA file as the platform writes it (CRLF), one row short of a field
        Path file = TextFeed.SNLA.write(
                folder.resolve("snla_20260201020000.csv"),
                List.of(
                        "S-1;31.01.2026 22:14:09;31.01.2026 22:20:51;AMK Førde;Gjennomført",
                        "S-2;01.02.2026 03:41:00;;Legevakt Tromsø"));

        // when
        List<SourceRecord<List<String>>> records =
                readAll(TextRecordSources.delimited(file, TextRecordSources.WINDOWS_1252, ';', HEADER));

        // then the letters arrive intact and a short row is handed on for the validator to name
        assertThat(records).hasSize(2);
        assertThat(records.get(0).recordNo()).isEqualTo(2);
        assertThat(records.get(0).raw())
                .containsExactly("S-1", "31.01.2026 22:14:09", "31.01.2026 22:20:51", "AMK Førde", "Gjennomført");
        assertThat(records.get(1).recordNo()).isEqualTo(3);
        assertThat(records.get(1).raw()).containsExactly("S-2", "01.02.2026 03:41:00", "", "Legevakt Tromsø");
    }

    @Test
    void delimitedRefusesAUtf8FileForAWindows1252Feed() throws IOException {
        Path file = folder.resolve("snla_20260201020000.csv");
        Files.write(
                file,
                ("Samtale-ID;Starttid;Sluttid;Sentral;Status\n"
                                + "S-1;31.01.2026 22:14:09;31.01.2026 22:20:51;AMK Førde;Gjennomført\n")
                        .getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> TextRecordSources.delimited(file, TextRecordSources.WINDOWS_1252, ';', HEADER))
                .isInstanceOf(RejectedFileException.class)
                .hasMessageContaining("UTF-8")
                .hasMessageContaining("Windows-1252");
    }

    @Test
    void delimitedRefusesAWrongHeaderAndAnEmptyFile() throws IOException {
        Path wrongHeader = folder.resolve("a.csv");
        Files.writeString(wrongHeader, "Samtale-ID;Start;Slutt;Sentral;Status\r\nS-1;x;y;z;w\r\n");
        Path empty = folder.resolve("b.csv");
        Files.writeString(empty, "");

        assertThatThrownBy(() -> TextRecordSources.delimited(wrongHeader, TextRecordSources.WINDOWS_1252, ';', HEADER))
                .isInstanceOf(RejectedFileException.class)
                .hasMessageContaining(
                        "the header row is 'Samtale-ID;Start;Slutt;Sentral;Status', expected 'Samtale-ID;Starttid;Sluttid;Sentral;Status'");
        assertThatThrownBy(() -> TextRecordSources.delimited(empty, TextRecordSources.WINDOWS_1252, ';', HEADER))
                .isInstanceOf(RejectedFileException.class)
                .hasMessageContaining("empty");
    }

    @Test
    void delimitedNamesTheByteOfAUtf8LetterAnywhereInTheFileAndRefusesAByteOrderMark() throws IOException {
        // given a Windows-1252 file whose only UTF-8 letter (ø, C3 B8) straddles the reader's 64 KiB blocks
        String header = "Samtale-ID;Starttid;Sluttid;Sentral;Status\n";
        StringBuilder text = new StringBuilder(header);
        while (text.length() < (1 << 16) - 40) {
            text.append("S-1;31.01.2026 22:14:09;31.01.2026 22:20:51;AMK Bergen;Gjennomført\n".replace('ø', 'o'));
        }
        byte[] head = text.toString().getBytes(StandardCharsets.ISO_8859_1);
        byte[] filler = "x".repeat((1 << 16) - 1 - head.length).getBytes(StandardCharsets.ISO_8859_1);
        byte[] tail = "\n".getBytes(StandardCharsets.ISO_8859_1);
        Path straddling = folder.resolve("snla_20260201020000.csv");
        try (var out = Files.newOutputStream(straddling)) {
            out.write(head);
            out.write(filler);
            out.write(new byte[] {(byte) 0xC3, (byte) 0xB8});
            out.write(tail);
        }
        Path withBom = folder.resolve("snla_20260202020000.csv");
        Files.write(withBom, ("\uFEFF" + header).getBytes(StandardCharsets.UTF_8));

        // and a Windows-1252 file (its ø one byte) whose third line holds a dash written as UTF-8 (E2 80 93)
        Path dashed = folder.resolve("snla_20260203020000.csv");
        try (var out = Files.newOutputStream(dashed)) {
            out.write((header + "S-1;31.01.2026 22:14:09;31.01.2026 22:20:51;AMK Bergen;Gjennomf\u00f8rt\n")
                    .getBytes(TextRecordSources.WINDOWS_1252));
            out.write("S-2;31.01.2026 22:15:09;31.01.2026 22:20:51;AMK Bergen \u2013 Voss;Avbrutt\n"
                    .getBytes(StandardCharsets.UTF_8));
        }

        // when / then the letter is named by its line and byte offset, the last of the first block
        long lineOfTheLetter = text.chars().filter(c -> c == '\n').count() + 1;
        assertThatThrownBy(() -> TextRecordSources.delimited(straddling, TextRecordSources.WINDOWS_1252, ';', HEADER))
                .isInstanceOf(RejectedFileException.class)
                .hasMessage("the file is UTF-8 encoded (line " + lineOfTheLetter + ", byte offset " + ((1 << 16) - 1)
                        + "); this feed must be delivered as Windows-1252");
        // and the dash by its line
        assertThatThrownBy(() -> TextRecordSources.delimited(dashed, TextRecordSources.WINDOWS_1252, ';', HEADER))
                .isInstanceOf(RejectedFileException.class)
                .hasMessageStartingWith("the file is UTF-8 encoded (line 3, byte offset ");
        // and a byte-order mark is refused as one
        assertThatThrownBy(() -> TextRecordSources.delimited(withBom, TextRecordSources.WINDOWS_1252, ';', HEADER))
                .isInstanceOf(RejectedFileException.class)
                .hasMessage("the file starts with a UTF-8 byte-order mark; this feed is Windows-1252");
    }
}
