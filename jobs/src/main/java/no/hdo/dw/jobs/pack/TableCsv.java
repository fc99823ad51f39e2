package no.hdo.dw.jobs.pack;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import no.hdo.dw.jobs.pack.PackTable.Cell;

/**
 * A pack table as CSV for Excel in Norwegian: UTF-8 with a byte-order mark, {@code ;} between
 * fields, decimal comma, no thousands separator, CRLF line ends, an empty field for an unknown
 * value. Text that Excel would read as a formula (starting with {@code = + - @}, a tab or a carriage
 * return) gets a leading {@code '}, so that opening the file never runs anything.
 */
public final class TableCsv {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private TableCsv() {}

    public static byte[] write(PackTable table) {
        StringBuilder text = new StringBuilder();
        line(text, table.header().stream().map(TableCsv::neutralised).toList());
        for (List<Cell> row : table.rows()) {
            List<String> fields = new ArrayList<>();
            for (Cell cell : row) {
                fields.add(cell.isNumber() || cell.isUnknown() ? cell.csv() : neutralised(cell.csv()));
            }
            line(text, fields);
        }
        byte[] body = text.toString().getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[BOM.length + body.length];
        System.arraycopy(BOM, 0, bytes, 0, BOM.length);
        System.arraycopy(body, 0, bytes, BOM.length, body.length);
        return bytes;
    }

    /** Prefixes {@code '} to text that a spreadsheet would take for a formula. */
    static String neutralised(String text) {
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }

    private static void line(StringBuilder text, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                text.append(';');
            }
            text.append(quoted(fields.get(i)));
        }
        text.append("\r\n");
    }

    private static String quoted(String field) {
        if (field.indexOf(';') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }
}
