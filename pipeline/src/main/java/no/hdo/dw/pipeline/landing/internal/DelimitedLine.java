package no.hdo.dw.pipeline.landing.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits one line of separated text into its fields (RFC 4180 within the line: a field may be quoted,
 * {@code ""} is a quote inside it). No field spans lines in any feed (contracts, ground rules), so a
 * quote left open spoils its own line only: {@link #split} returns null and the next line is read as
 * the next record.
 */
public final class DelimitedLine {

    private DelimitedLine() {}

    /** The fields, or null when a quoted field is not closed before the line ends. */
    public static List<String> split(String line, char separator) {
        List<String> fields = new ArrayList<>();
        int length = line.length();
        int position = 0;
        while (true) {
            if (position < length && line.charAt(position) == '"') {
                StringBuilder field = new StringBuilder();
                position++;
                while (true) {
                    if (position >= length) {
                        return null;
                    }
                    char current = line.charAt(position);
                    if (current == '"') {
                        if (position + 1 < length && line.charAt(position + 1) == '"') {
                            field.append('"');
                            position += 2;
                            continue;
                        }
                        position++;
                        break;
                    }
                    field.append(current);
                    position++;
                }
                // Text after the closing quote up to the separator is kept, as lenient readers do.
                int end = line.indexOf(separator, position);
                field.append(line, position, end < 0 ? length : end);
                fields.add(field.toString());
                if (end < 0) {
                    return fields;
                }
                position = end + 1;
            } else {
                int end = line.indexOf(separator, position);
                fields.add(line.substring(position, end < 0 ? length : end));
                if (end < 0) {
                    return fields;
                }
                position = end + 1;
            }
        }
    }
}
