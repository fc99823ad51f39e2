package no.hdo.dw.jobs.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code hdo-dw report NAME ...}: a table of the business report; each table is a subcommand. */
@Command(
        name = "report",
        mixinStandardHelpOptions = true,
        description = "A table of the business report, read from the published warehouse.",
        subcommands = {
            ResultReportCommand.class,
            ReceivablesReportCommand.class,
            AmlBreachesReportCommand.class,
            KeyFiguresReportCommand.class,
            FinanceReportCommand.class,
            PackReportCommand.class,
        })
public final class ReportCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(
                spec.commandLine(),
                "a report is needed: " + String.join(", ", spec.subcommands().keySet()) + " (see --help)");
    }
}
