package no.hdo.dw.jobs.support;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import no.hdo.dw.jobs.cli.HdoDw;

/**
 * Runs the {@code hdo-dw} command line in the test JVM with string writers as its stdout and
 * stderr (the commands print through their command's writers), and keeps what it printed: tables
 * go to out and one-line reasons to err, and the tests check both and the exit code. Logs go to
 * the test JVM's own stderr, not into {@code err}.
 */
public final class CommandLineRun {

    private CommandLineRun() {}

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
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode = HdoDw.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Captured(exitCode, out.toString(), err.toString());
    }
}
