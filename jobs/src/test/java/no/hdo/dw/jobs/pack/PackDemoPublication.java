package no.hdo.dw.jobs.pack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import no.hdo.dw.jobs.support.CommandLineRun;
import no.hdo.dw.warehouse.Home;

/**
 * The demo's publication, made once per test JVM for the report-pack tests (a whole demo run is
 * heavy). To be replaced by the shared once-per-JVM demo fixture when it lands.
 */
final class PackDemoPublication {

    private static Home home;
    private static RuntimeException failure;

    private PackDemoPublication() {
    }

    static synchronized Home home() {
        // a failed demo fails every test at once, without running the demo again
        if (failure != null) {
            throw failure;
        }
        if (home == null) {
            try {
                Path folder = Files.createTempDirectory("hdo-dw-pack-demo-");
                CommandLineRun.Captured demo = CommandLineRun.hdoDw("demo", "--out", folder.toString());
                if (demo.exitCode() != 0) {
                    failure = new IllegalStateException("the demo failed: " + demo.out() + demo.err());
                    throw failure;
                }
                home = new Home(folder.resolve("home"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return home;
    }
}
