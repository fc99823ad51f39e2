package no.hdo.dw.jobs.support;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import no.hdo.dw.demo.DemoInbox;
import no.hdo.dw.jobs.nightly.RunReport;
import no.hdo.dw.jobs.support.CommandLineRun.Captured;
import no.hdo.dw.warehouse.Home;

/**
 * The demo, run once per test JVM: {@code hdo-dw demo --out FOLDER} in a temporary folder, as a
 * newcomer runs it, for every test that only reads what it wrote, printed and published (the demo's
 * figures, its staff data, its ledger tables, its services figures). Each of those tests ran the
 * demo's nightly job for itself before; one whole-night run of the demo now serves them all.
 *
 * <p>Read-only for its users: a test that lands, builds or publishes again works on a copy or a
 * home of its own. The folder is deleted when the JVM ends.
 */
public final class DemoPublication {

    private static DemoPublication instance;

    private final Path folder;
    private final DemoInbox.Summary summary;
    private final Captured demo;
    private final RunReport report;

    private DemoPublication(Path folder, DemoInbox.Summary summary, Captured demo, RunReport report) {
        this.folder = folder;
        this.summary = summary;
        this.demo = demo;
        this.report = report;
    }

    /** The demo's folder, written and run the first time a test asks for it. */
    public static synchronized DemoPublication get() {
        if (instance == null) {
            instance = runTheDemo();
        }
        return instance;
    }

    private static DemoPublication runTheDemo() {
        try {
            Path folder = Files.createTempDirectory("hdo-dw-demo-tests-");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(folder), "delete-demo-folder"));
            // What the demo plants, to check the warehouse against; the demo command writes the very same bytes again
            // (DemoInboxTests: two writes give byte-identical files), so its inbox is this one.
            DemoInbox.Summary summary = DemoInbox.write(folder.resolve("inbox"));
            Captured demo = CommandLineRun.hdoDw("demo", "--out", folder.toString());
            Home home = new Home(folder.resolve("home"));
            RunReport report = null;
            // the demo's home has one run, so one report
            Path json = null;
            if (Files.isDirectory(home.runReports())) {
                try (var reports = Files.list(home.runReports())) {
                    json = reports.filter(path -> path.getFileName().toString().matches("run-\\d+\\.json"))
                            .findFirst()
                            .orElse(null);
                }
            }
            if (json != null) {
                report = new ObjectMapper()
                        .registerModule(new JavaTimeModule())
                        .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
                        .readValue(json.toFile(), RunReport.class);
            }
            return new DemoPublication(folder, summary, demo, report);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run the demo for the tests", e);
        }
    }

    /** The folder given to {@code --out}: {@code inbox/} and {@code home/}. */
    public Path folder() {
        return folder;
    }

    public Path inbox() {
        return folder.resolve("inbox");
    }

    public Home home() {
        return new Home(folder.resolve("home"));
    }

    /** What the demo wrote and planted. */
    public DemoInbox.Summary summary() {
        return summary;
    }

    /** What {@code hdo-dw demo} printed, and its exit code. */
    public Captured demo() {
        return demo;
    }

    /** The report of the demo's nightly run ({@code runs/run-<id>.json}). */
    public RunReport report() {
        if (report == null) {
            throw new AssertionError("the demo wrote no run report; it printed:\n" + demo.out() + demo.err());
        }
        return report;
    }

    private static void deleteTree(Path root) {
        try (var paths = Files.walk(root)) {
            paths.sorted(java.util.Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // best effort at JVM exit
        }
    }
}
