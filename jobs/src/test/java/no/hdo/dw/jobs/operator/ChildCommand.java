package no.hdo.dw.jobs.operator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.hdo.dw.jobs.cli.HdoDw;
import no.hdo.dw.jobs.support.CommandLineRun.Captured;
import no.hdo.dw.pipeline.turnus.PseudonymKey;

/**
 * {@code hdo-dw ARGS} in a JVM of its own, as the operator's terminal sees it: with the program's own
 * logging ({@code ConsoleLogConfigurator}), so its stderr is what a terminal or a service's journal shows,
 * logs included; with {@code environment} set and no pseudonym key unless given there.
 */
final class ChildCommand {

    private ChildCommand() {}

    static Captured hdoDw(Path work, Map<String, String> environment, String... args) {
        try {
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-XX:TieredStopAtLevel=1",
                    "-XX:+UseSerialGC",
                    "-cp",
                    System.getProperty("java.class.path"),
                    HdoDw.class.getName()));
            command.addAll(List.of(args));
            ProcessBuilder builder = new ProcessBuilder(command);
            builder.environment().remove(PseudonymKey.ENVIRONMENT_VARIABLE);
            builder.environment().putAll(environment);
            Files.createDirectories(work);
            Path out = Files.createTempFile(work, "hdo-dw-", ".out");
            Path err = Files.createTempFile(work, "hdo-dw-", ".err");
            int exitCode = builder.redirectOutput(out.toFile())
                    .redirectError(err.toFile())
                    .start()
                    .waitFor();
            return new Captured(exitCode, Files.readString(out), Files.readString(err));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
