package no.hdo.dw.jobs.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code hdo-dw} command: the nightly run, trends and the demo. */
@Command(
        name = "hdo-dw",
        mixinStandardHelpOptions = true,
        version = "hdo-dw 0.1.0",
        description = "The data warehouse of HDO HF: nightly loads, trend tables and the demo.",
        subcommands = {
            NightlyCommand.class,
            StatusCommand.class,
            QuarantineCommand.class,
            TrendCommand.class,
            ReportCommand.class,
            DemoCommand.class
        })
public final class HdoDw implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** {@code hdo-dw ARGS}, printing to this process's stdout and stderr; returns the exit code. */
    public static int execute(String... args) {
        CommandLine commandLine = commandLine();
        try {
            return commandLine.execute(args);
        } catch (OutOfMemoryError e) {
            return ExitCodes.outOfMemory(commandLine.getErr(), e);
        } finally {
            commandLine.getOut().flush();
            commandLine.getErr().flush();
        }
    }

    /** {@code hdo-dw ARGS}, printing to {@code out} and {@code err}; returns the exit code. */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        try {
            return commandLine().setOut(out).setErr(err).execute(args);
        } catch (OutOfMemoryError e) {
            return ExitCodes.outOfMemory(err, e);
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** The command line with its converters, and its exit codes and one-line reasons from {@link ExitCodes}. */
    static CommandLine commandLine() {
        ExitCodes exitCodes = new ExitCodes();
        return Converters.registerAll(new CommandLine(new HdoDw()))
                .setExitCodeExceptionMapper(exitCodes)
                .setParameterExceptionHandler(exitCodes)
                .setExecutionExceptionHandler(exitCodes);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(
                spec.commandLine(),
                "a command is needed: nightly, status, quarantine, trend, report or demo (see --help)");
    }
}
