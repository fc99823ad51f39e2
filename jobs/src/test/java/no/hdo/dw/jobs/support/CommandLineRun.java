package no.hdo.dw.jobs.support;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import no.hdo.dw.jobs.cli.HdoDw;

/**
 * Runs the {@code hdo-dw} command line in the test JVM and keeps what it printed: tables go to
 * stdout and one-line reasons to stderr, and the tests check both and the exit code.
 */
public final class CommandLineRun {

    private CommandLineRun() {
    }

    /** What one run printed, and how it ended. */
    public record Captured(int exitCode, String out, String err) {

        public List<String> outLines() {
            return out.lines().toList();
        }

        public List<String> errLines() {
            return err.lines().toList();
        }
    }

    /** {@code hdo-dw ARGS}. */
    public static Captured hdoDw(String... args) {
        return capture(() -> HdoDw.execute(args));
    }

    /**
     * Runs the command with System.out and System.err swapped for buffers. Synchronized because the
     * streams are the JVM's, shared by every test that runs at the same time.
     */
    public static synchronized Captured capture(java.util.function.IntSupplier command) {
        PrintStream originalOut = System.out;
        PrintStream originalErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int exitCode = command.getAsInt();
            return new Captured(exitCode, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(originalOut);
            System.setErr(originalErr);
        }
    }
}
