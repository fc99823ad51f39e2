package no.hdo.dw.jobs.cli;

import picocli.CommandLine.Option;

import no.hdo.dw.jobs.output.OutputFormat;

/** {@code --format F}, shared by every command that prints a table. */
public final class FormatOption {

    @Option(names = "--format", paramLabel = "F", defaultValue = "table", description = "table (default), csv, markdown or json.")
    String format;

    /** Parsed here, not by picocli, so that a bad value gets {@link OutputFormat#parse}'s one-line reason. */
    public OutputFormat resolve() {
        return OutputFormat.parse(format);
    }
}
