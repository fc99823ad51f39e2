package no.hdo.dw.pipeline.landing;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;

import no.hdo.dw.pipeline.landing.internal.Utf8LineReader;
import no.hdo.dw.warehouse.Errors;

/**
 * Record sources for the text feeds: JSON Lines read line by line, and separated text read with
 * FastCSV. Both tolerate a byte-order mark and CRLF, and refuse a file whose bytes are not in the
 * feed's encoding.
 */
public final class TextRecordSources {

    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextRecordSources() {
    }

    /** One record per non-blank line of a UTF-8 file; the record number is the line number. */
    public static RecordSource<String> lines(Path path) throws IOException {
        Utf8LineReader reader = new Utf8LineReader(Files.newInputStream(path));
        return new RecordSource<>() {
            private long lineNo;

            @Override
            public SourceRecord<String> next() throws IOException, RejectedFileException {
                while (true) {
                    String line;
                    try {
                        line = reader.readLine();
                    } catch (CharacterCodingException e) {
                        throw new RejectedFileException("line " + (lineNo + 1) + " is not valid UTF-8: the file cannot be read");
                    }
                    if (line == null) {
                        return null;
                    }
                    lineNo++;
                    if (lineNo == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
                        line = line.substring(1);
                    }
                    if (!line.isBlank()) {
                        return new SourceRecord<>(lineNo, line);
                    }
                }
            }

            @Override
            public void close() throws IOException {
                reader.close();
            }
        };
    }

    /**
     * One record per data row of a separated text file whose first row must be exactly
     * {@code header}; the record number is the row's line number. Rows are handed on whatever their
     * number of fields, for the validator to name.
     */
    public static RecordSource<List<String>> delimited(Path path, Charset charset, char separator, List<String> header)
            throws IOException, RejectedFileException {
        if (charset.equals(WINDOWS_1252)) {
            requireWindows1252(path);
        }
        Reader reader = strictReader(Files.newInputStream(path), charset);
        CsvReader<CsvRecord> csv = CsvReader.builder()
                .fieldSeparator(separator)
                .allowExtraFields(true)
                .allowMissingFields(true)
                .skipEmptyLines(true)
                .detectBomHeader(false)
                .ofCsvRecord(reader);
        Iterator<CsvRecord> records = csv.iterator();
        try {
            if (!records.hasNext()) {
                csv.close();
                throw new RejectedFileException("the file is empty: it has no header row " + String.join(String.valueOf(separator), header));
            }
            List<String> found = records.next().getFields();
            if (!found.isEmpty() && found.get(0).startsWith("\uFEFF")) {
                found = new java.util.ArrayList<>(found);
                found.set(0, found.get(0).substring(1));
            }
            if (!found.equals(header)) {
                csv.close();
                throw new RejectedFileException("the header row is '" + String.join(String.valueOf(separator), found)
                        + "', expected '" + String.join(String.valueOf(separator), header) + "'");
            }
        } catch (CsvParseException | java.io.UncheckedIOException e) {
            csv.close();
            throw new RejectedFileException("the header row cannot be read: " + Errors.rootMessage(e));
        }
        return new RecordSource<>() {
            @Override
            public SourceRecord<List<String>> next() throws RejectedFileException {
                try {
                    if (!records.hasNext()) {
                        return null;
                    }
                    CsvRecord record = records.next();
                    return new SourceRecord<>(record.getStartingLineNumber(), record.getFields());
                } catch (CsvParseException | java.io.UncheckedIOException e) {
                    throw new RejectedFileException("the file cannot be read as " + charset.displayName() + " separated text: " + Errors.rootMessage(e));
                }
            }

            @Override
            public void close() throws IOException {
                csv.close();
            }
        };
    }

    private static Reader strictReader(InputStream in, Charset charset) {
        return new InputStreamReader(in, charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
    }

    /**
     * A Windows-1252 feed delivered as UTF-8 would decode without error but turn {@code ø} into
     * {@code Ã¸}: refuse files that carry a UTF-8 byte-order mark or UTF-8 encoded letters.
     */
    static void requireWindows1252(Path path) throws IOException, RejectedFileException {
        try (InputStream in = new java.io.BufferedInputStream(Files.newInputStream(path), 1 << 16)) {
            long offset = 0;
            int first = -1;
            int previous = -1;
            for (int current = in.read(); current >= 0; current = in.read(), offset++) {
                if (offset == 0) {
                    first = current;
                }
                if (offset == 2 && first == 0xEF && previous == 0xBB && current == 0xBF) {
                    throw new RejectedFileException("the file starts with a UTF-8 byte-order mark; this feed is Windows-1252");
                }
                // 0xC3 followed by 0x80-0xBF is how UTF-8 writes Æ, Ø, Å, æ, ø, å (and other Latin-1 letters).
                if (previous == 0xC3 && current >= 0x80 && current <= 0xBF) {
                    throw new RejectedFileException("the file is UTF-8 encoded (byte offset " + (offset - 1)
                            + "); this feed must be delivered as Windows-1252");
                }
                previous = current;
            }
        }
    }

}
