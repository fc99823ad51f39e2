package no.hdo.dw.jobs.cli;

import no.hdo.dw.jobs.ExitCode;
import no.hdo.dw.jobs.InvalidRequestException;
import no.hdo.dw.jobs.logging.RunLog;
import no.hdo.dw.pipeline.turnus.PseudonymKeyException;
import no.hdo.dw.warehouse.Errors;
import no.hdo.dw.warehouse.WarehouseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IExitCodeExceptionMapper;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.TypeConversionException;

/**
 * Which exception ends a command with which exit code, and how it is told: an expected failure
 * (bad arguments, a missing or unusable pseudonym key, a home in use or with nothing published)
 * prints one line on the command's error writer, its stack trace only in the log at debug level;
 * anything else prints one line too and logs its stack trace as an error.
 */
final class ExitCodes implements IExitCodeExceptionMapper, IExecutionExceptionHandler, IParameterExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ExitCodes.class);
    static final String PREFIX = "hdo-dw: ";

    @Override
    public int getExitCode(Throwable exception) {
        return exitCode(exception).code();
    }

    /** The exit code for a command that ended with {@code exception}: the first cause this knows decides. */
    static ExitCode exitCode(Throwable exception) {
        Throwable known = expected(exception);
        if (known instanceof ParameterException
                || known instanceof InvalidRequestException
                || known instanceof PseudonymKeyException) {
            return ExitCode.BAD_ARGUMENTS;
        }
        return ExitCode.FAILED;
    }

    /** The exception or cause that is an expected failure, or null. */
    static Throwable expected(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof ParameterException
                    || cause instanceof InvalidRequestException
                    || cause instanceof PseudonymKeyException
                    || cause instanceof WarehouseException) {
                return cause;
            }
        }
        return null;
    }

    /** The one line an exception is told by, without the {@code hdo-dw: } prefix. */
    static String message(Throwable exception) {
        if (exception instanceof ParameterException parameter
                && parameter.getCause() instanceof TypeConversionException conversion) {
            // A converter's reason, named by the option it was given to ("--to must be a month yyyy-MM, not
            // '2026-13'").
            return parameter.getArgSpec() instanceof OptionSpec option
                    ? option.longestName()
                            + (conversion.getMessage().startsWith("must ") ? " " : ": ")
                            + conversion.getMessage()
                    : conversion.getMessage();
        }
        Throwable known = expected(exception);
        if (known != null) {
            return oneLine(known.getMessage());
        }
        java.nio.file.Path runLog = RunLog.recordedIn(exception);
        return oneLine(Errors.rootMessage(exception))
                + (runLog == null ? " (the stack trace is in the log)" : " (the stack trace is in " + runLog + ")");
    }

    /**
     * A command that ran out of heap (a listing of millions of quarantined records) says so in one line, not with a
     * stack trace, and exits 1; a nightly run that did was stopped without publishing, as any failed run.
     */
    static int outOfMemory(java.io.PrintWriter err, OutOfMemoryError e) {
        err.println(PREFIX + "out of memory (" + e.getMessage() + "): give the JVM more heap with"
                + " HDO_DW_JAVA_OPTS, e.g. -Xmx2g, or ask for less (quarantine --feed SOURCE/FEED)");
        return ExitCode.FAILED.code();
    }

    @Override
    public int handleParseException(ParameterException exception, String[] arguments) {
        exception.getCommandLine().getErr().println(PREFIX + message(exception));
        log.debug("Bad arguments", exception);
        return getExitCode(exception);
    }

    @Override
    public int handleExecutionException(Exception exception, CommandLine commandLine, ParseResult parseResult) {
        commandLine.getErr().println(PREFIX + message(exception));
        if (expected(exception) != null || RunLog.recordedIn(exception) != null) {
            // expected, or its trace is in the run's log file already
            log.debug("The command stopped", exception);
        } else {
            log.error("The command failed", exception);
        }
        return getExitCode(exception);
    }

    private static String oneLine(String text) {
        return text == null
                ? "(no message)"
                : text.replaceAll("\\s*\\R\\s*", " ").strip();
    }
}
