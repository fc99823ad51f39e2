package no.hdo.dw.pipeline.landing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import no.hdo.dw.pipeline.landing.internal.DelimitedLine;
import no.hdo.dw.pipeline.landing.internal.StrictLineReader;

/**
 * Record sources for the text feeds: JSON Lines and separated text, both read line by line (no
 * field spans lines). Both tolerate a byte-order mark and CRLF, and refuse a file whose bytes are
 * not in the feed's encoding, naming the encoding, the first line and the byte that does not fit.
 */
public final class TextRecordSources {

    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextRecordSources() {}

    /** One record per non-blank line of a UTF-8 file; the record number is the line number. */
    public static RecordSource<String> lines(Path path) throws IOException {
        Lines lines = new Lines(path, StandardCharsets.UTF_8);
        return new RecordSource<>() {
            @Override
            public SourceRecord<String> next() throws IOException, RejectedFileException {
                String line = lines.next();
                if (line == null) {
                    return null;
                }
                String problem = controlCharacter(line);
                return problem != null
                        ? SourceRecord.unreadable(lines.lineNo, problem)
                        : new SourceRecord<>(lines.lineNo, line);
            }

            @Override
            public void close() throws IOException {
                lines.close();
            }
        };
    }

    /**
     * One record per data line of a separated text file whose first line must be exactly
     * {@code header}; the record number is the line number. Rows are handed on whatever their number
     * of fields, for the validator to name. No field spans lines: a line with a quote left open is
     * quarantined alone, and the next line is the next record.
     */
    public static RecordSource<List<String>> delimited(Path path, Charset charset, char separator, List<String> header)
            throws IOException, RejectedFileException {
        if (charset.equals(WINDOWS_1252)) {
            requireWindows1252(path);
        }
        Lines lines = new Lines(path, charset);
        String separatorText = String.valueOf(separator);
        try {
            String first = lines.next();
            if (first == null) {
                throw new RejectedFileException(
                        "the file is empty: it has no header row " + String.join(separatorText, header));
            }
            List<String> found = DelimitedLine.split(first, separator);
            if (found == null || !found.equals(header)) {
                throw new RejectedFileException(
                        "the header row is '" + first + "', expected '" + String.join(separatorText, header) + "'");
            }
        } catch (RejectedFileException | IOException | RuntimeException e) {
            lines.close();
            throw e;
        }
        return new RecordSource<>() {
            @Override
            public SourceRecord<List<String>> next() throws IOException, RejectedFileException {
                String line = lines.next();
                if (line == null) {
                    return null;
                }
                String problem = controlCharacter(line);
                if (problem != null) {
                    return SourceRecord.unreadable(lines.lineNo, problem);
                }
                List<String> fields = DelimitedLine.split(line, separator);
                if (fields == null) {
                    return SourceRecord.unreadable(
                            lines.lineNo,
                            "a quoted field is not closed before the end of the line"
                                    + " (no field spans lines): the line is not read");
                }
                return new SourceRecord<>(lines.lineNo, fields);
            }

            @Override
            public void close() throws IOException {
                lines.close();
            }
        };
    }

    /** The non-blank lines of a file, each decoded strictly; a byte-order mark on the first line is dropped. */
    private static final class Lines implements AutoCloseable {

        private final StrictLineReader reader;
        private final Charset charset;
        private long lineNo;

        Lines(Path path, Charset charset) throws IOException {
            this.maxLineBytes = maxLineBytes();
            this.reader = new StrictLineReader(Files.newInputStream(path), charset, maxLineBytes);
            this.charset = charset;
        }

        private final int maxLineBytes;

        String next() throws IOException, RejectedFileException {
            while (true) {
                String line;
                try {
                    line = reader.readLine();
                } catch (StrictLineReader.MalformedLineException e) {
                    boolean utf16 =
                            lineNo == 0 && e.position() <= 2 && (e.byteValue() == 0xFF || e.byteValue() == 0xFE);
                    throw new RejectedFileException("the file is not " + charset.displayName()
                            + " (this feed's encoding): line " + (lineNo + 1) + " has " + e.getMessage()
                            + ", which does not fit" + (utf16 ? " (the file looks like UTF-16)" : ""));
                } catch (StrictLineReader.LineTooLongException e) {
                    throw new RejectedFileException("line " + (lineNo + 1) + " is longer than " + maxLineBytes
                            + " bytes, far longer than any record of this feed (a field of gigabytes, or a file"
                            + " without line breaks?): the file is not read further, nothing of it is landed");
                }
                if (line == null) {
                    return null;
                }
                lineNo++;
                if (lineNo == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
                    line = line.substring(1);
                }
                if (!line.isBlank()) {
                    return line;
                }
            }
        }

        @Override
        public void close() throws IOException {
            reader.close();
        }
    }

    /** The system property that bounds a line of a text feed, in bytes ({@link #DEFAULT_MAX_LINE_BYTES} if unset). */
    public static final String MAX_LINE_BYTES_PROPERTY = "hdo.dw.text.max-line-bytes";

    /**
     * 1 MiB: a record of any text feed is a few hundred bytes, so a line a thousand times that is no
     * record but a damaged or hostile file, refused before it can fill the heap or the warehouse.
     */
    public static final int DEFAULT_MAX_LINE_BYTES = 1 << 20;

    /** The bound on a line: {@code -Dhdo.dw.text.max-line-bytes=...} (through {@code HDO_DW_JAVA_OPTS}), else 1 MiB. */
    static int maxLineBytes() {
        String value = System.getProperty(MAX_LINE_BYTES_PROPERTY);
        if (value == null || value.isBlank()) {
            return DEFAULT_MAX_LINE_BYTES;
        }
        try {
            int bytes = Integer.parseInt(value.strip());
            if (bytes < 1) {
                throw new NumberFormatException(value);
            }
            return bytes;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    MAX_LINE_BYTES_PROPERTY + " must be a whole number of bytes from 1, not '" + value + "'");
        }
    }

    /**
     * One rule for control characters in every text feed: text is data, and a NUL or other control
     * character (tab aside) in a line is no text a sender means; the line is quarantined, named.
     */
    public static String controlCharacter(String line) {
        for (int index = 0; index < line.length(); index++) {
            char current = line.charAt(index);
            if (current < 0x20 && current != '\t' || current == 0x7F) {
                return String.format(
                        "the line holds the control character U+%04X at character %d: text fields may not hold control characters",
                        (int) current, index + 1);
            }
        }
        return null;
    }

    /**
     * A Windows-1252 feed delivered as UTF-8 would decode without error but turn {@code ø} into
     * {@code Ã¸} and {@code –} into {@code â€“}: refuse files that carry a UTF-8 byte-order mark or a
     * UTF-8 sequence of the Latin-1 letters and signs (lead byte C2 or C3) or of the three- and
     * four-byte characters (dashes, quotes, the euro sign), naming its line. Two such bytes side by side
     * in real Windows-1252 text ("Ã¸", "â€“") are mojibake already.
     */
    static void requireWindows1252(Path path) throws IOException, RejectedFileException {
        // a pass of its own over every byte: read in blocks, not a call per byte
        byte[] block = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(path)) {
            long offset = 0;
            long line = 1;
            int continuations = 0; // still to come of the UTF-8 sequence begun at sequenceOffset
            long sequenceOffset = 0;
            for (int length = in.readNBytes(block, 0, block.length);
                    length > 0;
                    length = in.readNBytes(block, 0, block.length)) {
                if (offset == 0
                        && length >= 3
                        && (block[0] & 0xFF) == 0xEF
                        && (block[1] & 0xFF) == 0xBB
                        && (block[2] & 0xFF) == 0xBF) {
                    throw new RejectedFileException(
                            "the file starts with a UTF-8 byte-order mark; this feed is Windows-1252");
                }
                for (int i = 0; i < length; i++) {
                    int current = block[i] & 0xFF;
                    if (continuations > 0) {
                        if (current >= 0x80 && current <= 0xBF) {
                            if (--continuations == 0) {
                                throw new RejectedFileException("the file is UTF-8 encoded (line " + line
                                        + ", byte offset " + sequenceOffset
                                        + "); this feed must be delivered as Windows-1252");
                            }
                            continue;
                        }
                        continuations = 0;
                    }
                    if (current == '\n') {
                        line++;
                    } else if (current == 0xC2 || current == 0xC3) {
                        continuations = 1;
                    } else if (current >= 0xE0 && current <= 0xEF) {
                        continuations = 2;
                    } else if (current >= 0xF0 && current <= 0xF4) {
                        continuations = 3;
                    }
                    if (continuations > 0) {
                        sequenceOffset = offset + i;
                    }
                }
                offset += length;
            }
        }
    }
}
