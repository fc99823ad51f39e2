package no.hdo.dw.jobs.cli;

import no.hdo.dw.jobs.output.OutputFormat;
import picocli.CommandLine.Option;

/** {@code --format F}, shared by every command that prints a table. */
public final class FormatOption {

    @Option(
            names = "--format",
            paramLabel = "F",
            defaultValue = "table",
            description = "table (default), csv, markdown or json.")
    OutputFormat format;

    public OutputFormat format() {
        return format;
    }
}
