package no.hdo.dw.jobs.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code hdo-dw report NAME ...}: a table of the business report (cli.md), from the published warehouse. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "A table of the business report, read from the published warehouse.",
        subcommands = {ReportAmlBreachesCommand.class})
public final class ReportCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a report is needed: aml-breaches (see --help)");
    }
}
