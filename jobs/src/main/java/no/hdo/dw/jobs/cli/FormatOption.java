package no.hdo.dw.jobs.cli;

import picocli.CommandLine.Option;

import no.hdo.dw.jobs.output.OutputFormat;

/** {@code --format F}, shared by every command that prints a table. */
public final class FormatOption {

    @Option(names = "--format", paramLabel = "F", defaultValue = "table", description = "table (default), csv, markdown or json.")
    OutputFormat format;

    public OutputFormat format() {
        return format;
    }
}
