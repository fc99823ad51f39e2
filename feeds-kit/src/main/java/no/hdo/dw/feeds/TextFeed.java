package no.hdo.dw.feeds;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The text feeds of {@code sources.md} as their senders write them: folder, file name, header,
 * separator, character set and line end. One place for the framing, so that the demo, the tests
 * and the benchmarks deliver the same bytes a sender would; what goes in a row is theirs.
 *
 * <p>The encoder refuses a character the character set cannot hold (SNLA is Windows-1252) instead of
 * writing {@code ?}: a writer that changed the data would hide a bug in the data, not in the reader.
 */
public enum TextFeed {

    /** JSON Lines, UTF-8, LF, no header (rows: {@link VideoLines}). */
    BLIKSUND("video/bliksund", "bliksund_*.jsonl", Framing.jsonLines()),
    /** Windows-1252, CRLF. */
    SNLA("video/snla", "snla_*.csv", Framing.windows1252Crlf("Samtale-ID;Starttid;Sluttid;Sentral;Status")),
    /** {@code budget_<year>_<stamp>.csv}. */
    BUDGET("ledger/budget", "budget_*.csv", Framing.utf8("year;month;account;department;amount")),
    /** {@code open_items_<as-of>_<stamp>.csv}. */
    OPEN_ITEMS(
            "ledger/receivables",
            "open_items_*.csv",
            Framing.utf8("customer_id;customer_name;invoice_no;invoice_date;due_date;amount;currency")),
    REPORT_LINE_MAPPING(
            "ledger/mapping",
            "report_line_mapping_*.csv",
            Framing.utf8("report_line;account_from;account_to;valid_from;valid_to")),
    EMPLOYEES(
            "turnus/employees",
            "employees_*.csv",
            Framing.utf8("employee_no;org_unit;employment_type;position_pct;valid_from;valid_to;aml_dispensation")),
    /** {@code shifts_<yyyy-MM>_<stamp>.csv}. */
    SHIFTS("turnus/shifts", "shifts_*.csv", Framing.utf8("shift_id;employee_no;org_unit;start;end;shift_type")),
    /** {@code absences_<yyyy-MM>_<stamp>.csv}. */
    ABSENCES(
            "turnus/absences",
            "absences_*.csv",
            Framing.utf8("absence_id;employee_no;from_date;to_date;code;degree_pct")),
    /** Comma-separated. */
    MEDIELOGG_CALLS(
            "medielogg/calls", "calls_*.csv", Framing.utf8("recording_id,site,channel,start_utc,duration_s,logged")),
    /** {@code availability_<yyyy-MM>_<stamp>.csv}, comma-separated. */
    MEDIELOGG_AVAILABILITY(
            "medielogg/availability", "availability_*.csv", Framing.utf8("component,outage_start,outage_end,planned"));

    /** How a feed's text is framed: its header (null for none), separator, character set and line end. */
    private record Framing(String header, String separator, Charset charset, String lineEnd) {

        /** UTF-8 with LF under a header, separated as the header is ({@code ;} or {@code ,}). */
        static Framing utf8(String header) {
            return new Framing(header, header.contains(";") ? ";" : ",", StandardCharsets.UTF_8, "\n");
        }

        static Framing windows1252Crlf(String header) {
            return new Framing(header, ";", Charset.forName("windows-1252"), "\r\n");
        }

        static Framing jsonLines() {
            return new Framing(null, ",", StandardCharsets.UTF_8, "\n");
        }
    }

    private final String key;
    private final String fileNamePattern;
    private final Framing framing;

    TextFeed(String key, String fileNamePattern, Framing framing) {
        this.key = key;
        this.fileNamePattern = fileNamePattern;
        this.framing = framing;
    }

    public String source() {
        return key.substring(0, key.indexOf('/'));
    }

    public String feed() {
        return key.substring(key.indexOf('/') + 1);
    }

    /** {@code <source>/<feed>}, the feed's folder under the inbox and its key in run reports. */
    public String key() {
        return key;
    }

    /** The header row, or null for a feed without one (Bliksund). */
    public String header() {
        return framing.header();
    }

    public Charset charset() {
        return framing.charset();
    }

    /** The physical line (1-based) of the data row at {@code rowIndex} (0-based): the header is line 1. */
    public long lineOf(int rowIndex) {
        return rowIndex + (framing.header() == null ? 1L : 2L);
    }

    /** The file name from its parts, e.g. {@code SHIFTS.fileName("2026-01", "20260201013000")}: {@code shifts_2026-01_20260201013000.csv}. */
    public String fileName(String... parts) {
        return fileNamePattern.replace("*", String.join("_", parts));
    }

    /** One row: the fields joined by the feed's separator, as they are (a field is not quoted). */
    public String row(String... fields) {
        return String.join(framing.separator(), fields);
    }

    /** The whole file as text: the header (if any) and the rows, each ended by the feed's line end. */
    public String text(List<String> rows) {
        StringBuilder text = new StringBuilder();
        if (framing.header() != null) {
            text.append(framing.header()).append(framing.lineEnd());
        }
        for (String row : rows) {
            text.append(row).append(framing.lineEnd());
        }
        return text.toString();
    }

    public String text(String... rows) {
        return text(Arrays.asList(rows));
    }

    /** The whole file as the sender's bytes. */
    public byte[] bytes(List<String> rows) {
        try {
            ByteBuffer encoded = encoder().encode(CharBuffer.wrap(text(rows)));
            byte[] bytes = new byte[encoded.remaining()];
            encoded.get(bytes);
            return bytes;
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException(
                    key + ": a row has a character " + framing.charset() + " cannot hold", e);
        }
    }

    public byte[] bytes(String... rows) {
        return bytes(Arrays.asList(rows));
    }

    /** Writes the file, making its folder. */
    public Path write(Path file, List<String> rows) {
        try (Rows out = open(file)) {
            rows.forEach(out::row);
        }
        return file;
    }

    /** Delivers a file to {@code inbox/<source>/<feed>/<fileName>}, as the sender does. */
    public Path deliver(Path inbox, String fileName, List<String> rows) {
        return write(folder(inbox).resolve(fileName), rows);
    }

    public Path deliver(Path inbox, String fileName, String... rows) {
        return deliver(inbox, fileName, Arrays.asList(rows));
    }

    /** {@code inbox/<source>/<feed>}. */
    public Path folder(Path inbox) {
        return inbox.resolve(source()).resolve(feed());
    }

    /** Opens the file for rows written one by one (a file too big to hold), the header written first. */
    public Rows open(Path file) {
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            OutputStream stream = Files.newOutputStream(file);
            Rows rows = new Rows(file, new BufferedWriter(new OutputStreamWriter(stream, encoder()), 1 << 16));
            if (framing.header() != null) {
                rows.line(framing.header());
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private CharsetEncoder encoder() {
        return framing.charset()
                .newEncoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** A feed file being written; rows go out in the order given. */
    public final class Rows implements AutoCloseable {

        private final Path file;
        private final Writer out;
        private long rowsWritten;

        private Rows(Path file, Writer out) {
            this.file = file;
            this.out = out;
        }

        /** A row whose fields are joined by the feed's separator. */
        public Rows fields(String... fields) {
            return row(TextFeed.this.row(fields));
        }

        /** A row as it is. */
        public Rows row(String row) {
            line(row);
            rowsWritten++;
            return this;
        }

        /** The data rows written so far (the header is not one). */
        public long rowsWritten() {
            return rowsWritten;
        }

        private void line(String text) {
            try {
                out.write(text);
                out.write(framing.lineEnd());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + file, e);
            }
        }

        @Override
        public void close() {
            try {
                out.close();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + file, e);
            }
        }
    }
}
