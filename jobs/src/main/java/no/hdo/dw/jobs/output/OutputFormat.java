package no.hdo.dw.jobs.output;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The values of {@code --format} (cli.md): {@code table} is the default. */
public enum OutputFormat {
    TABLE,
    CSV,
    MARKDOWN,
    JSON;

    /** The spelling on the command line: {@code table}, {@code csv}, {@code markdown}, {@code json}. */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether people read it (table, markdown: Norwegian names and texts) rather than a program (csv, json). */
    public boolean isForPeople() {
        return this == TABLE || this == MARKDOWN;
    }

    /**
     * Parses a {@code --format} value, ignoring case and surrounding blanks.
     *
     * @throws IllegalArgumentException with a one-line message naming the allowed values, so the
     *     command line can print it as its one-line reason
     */
    public static OutputFormat parse(String value) {
        if (value != null) {
            String wanted = value.strip();
            for (OutputFormat format : values()) {
                if (format.cliName().equalsIgnoreCase(wanted)) {
                    return format;
                }
            }
        }
        throw new IllegalArgumentException("unknown format '" + oneLine(value) + "'; allowed: " + allowed());
    }

    private static String allowed() {
        return Arrays.stream(values()).map(OutputFormat::cliName).collect(Collectors.joining(", "));
    }

    // The message must stay one line even if the user passed something odd.
    private static String oneLine(String value) {
        return value == null ? "null" : value.replaceAll("\\R", " ");
    }
}
