package no.hdo.dw.jobs.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code hdo-dw} command: the nightly run, trends and the demo. */
@Command(name = "hdo-dw", mixinStandardHelpOptions = true, version = "hdo-dw 0.1.0",
        description = "The data warehouse of HDO HF: nightly loads, trend tables and the demo.",
        subcommands = {NightlyCommand.class, TrendCommand.class, ReportCommand.class, DemoCommand.class})
public final class HdoDw implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    public static int execute(String... args) {
        CommandLine commandLine = new CommandLine(new HdoDw());
        // Bad arguments: one line saying why, and a non-zero exit (cli.md).
        commandLine.setParameterExceptionHandler((exception, arguments) -> {
            exception.getCommandLine().getErr().println("hdo-dw: " + exception.getMessage());
            return 2;
        });
        commandLine.setExecutionExceptionHandler((exception, parsed, parseResult) -> {
            if (exception instanceof IllegalArgumentException) {
                parsed.getErr().println("hdo-dw: " + exception.getMessage());
                return 2;
            }
            for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
                // e.g. another nightly run holds the warehouse: say so in one line
                if (cause instanceof no.hdo.dw.warehouse.WarehouseException) {
                    parsed.getErr().println("hdo-dw: " + cause.getMessage());
                    return 1;
                }
            }
            throw exception;
        });
        return commandLine.execute(args);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is needed: nightly, trend, report or demo (see --help)");
    }
}
