package no.hdo.dw.jobs.support;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import no.hdo.dw.demo.DemoInbox;
import no.hdo.dw.jobs.nightly.RunReport;
import no.hdo.dw.jobs.support.CommandLineRun.Captured;
import no.hdo.dw.warehouse.Home;

/**
 * The demo, run once per build: {@code hdo-dw demo --out FOLDER}, as a newcomer runs it, for every
 * test that only reads what it wrote, printed and published (the demo's figures, its staff data, its
 * ledger tables, its services figures). Each of those tests ran the demo's nightly job for itself
 * before; one whole-night run of the demo now serves them all, in every test JVM of the build.
 *
 * <p>Where: the system property {@value #FOLDER_PROPERTY}, which the build sets to a folder under
 * {@code jobs/target} named by the build's start time (jobs/pom.xml). The first JVM that asks takes a
 * file lock next to it, writes and runs the demo there, and writes what the demo printed, what it
 * planted and last a completion marker; another JVM waits on the lock and reads the folder as it is.
 * A folder without its marker (a JVM that died while writing it) is written anew; folders of earlier
 * builds are deleted, so nothing made by other code is ever read. Without the property (a test run
 * from an IDE), the demo runs in a temporary folder of the JVM, deleted when it ends.
 *
 * <p>Read-only for its users: a test that lands, builds or publishes again works on a copy or a
 * home of its own. Every reader opens its DuckDB files read-only, which any number of JVMs may do at
 * once.
 */
public final class DemoPublication {

    /** The folder of the build's demo publication (set by the build; absent: a temporary folder per JVM). */
    public static final String FOLDER_PROPERTY = "hdo.dw.test.demo-publication";

    private static final String COMPLETE = "complete";
    private static final String SUMMARY = "summary.json";
    private static final String PRINTED = "printed.json";

    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

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

    /** The demo's folder, written and run the first time a test of the build asks for it. */
    public static synchronized DemoPublication get() {
        if (instance == null) {
            try {
                String configured = System.getProperty(FOLDER_PROPERTY);
                instance = configured == null || configured.isBlank()
                        ? inTemporaryFolder()
                        : sharedBy(Path.of(configured).toAbsolutePath());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot run the demo for the tests", e);
            }
        }
        return instance;
    }

    /** The build's folder: written by the first JVM that holds the lock, read by every later one. */
    private static DemoPublication sharedBy(Path built) throws IOException {
        Path builds = built.getParent();
        Files.createDirectories(builds);
        try (FileChannel channel =
                        FileChannel.open(builds.resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock lock = channel.lock()) {
            if (!Files.isRegularFile(built.resolve(COMPLETE))) {
                try (var earlier = Files.list(builds)) {
                    for (Path folder : earlier.filter(Files::isDirectory).toList()) {
                        deleteTree(folder); // an earlier build's, or this one's left half-written
                    }
                }
                DemoPublication written = runTheDemo(built.resolve("demo"));
                JSON.writeValue(built.resolve(SUMMARY).toFile(), written.summary);
                JSON.writeValue(built.resolve(PRINTED).toFile(), written.demo);
                Files.writeString(built.resolve(COMPLETE), "the demo publication of this build is complete\n");
                // what a waiting JVM reads back must be what this one saw
                DemoPublication read = readBack(built);
                if (!read.summary.equals(written.summary) || !read.demo.equals(written.demo)) {
                    throw new IllegalStateException(
                            "the demo publication in " + built + " does not read back as written");
                }
                return written;
            }
            return readBack(built);
        }
    }

    private static DemoPublication readBack(Path built) throws IOException {
        Path folder = built.resolve("demo");
        return new DemoPublication(
                folder,
                JSON.readValue(built.resolve(SUMMARY).toFile(), DemoInbox.Summary.class),
                JSON.readValue(built.resolve(PRINTED).toFile(), Captured.class),
                runReport(new Home(folder.resolve("home"))));
    }

    private static DemoPublication inTemporaryFolder() throws IOException {
        Path folder = Files.createTempDirectory("hdo-dw-demo-tests-");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(folder), "delete-demo-folder"));
        return runTheDemo(folder);
    }

    private static DemoPublication runTheDemo(Path folder) throws IOException {
        Files.createDirectories(folder);
        // What the demo plants, to check the warehouse against; the demo command writes the very same bytes again
        // (DemoInboxTests: two writes give byte-identical files), so its inbox is this one.
        DemoInbox.Summary summary = DemoInbox.write(folder.resolve("inbox"));
        Captured demo = CommandLineRun.hdoDw("demo", "--out", folder.toString());
        return new DemoPublication(folder, summary, demo, runReport(new Home(folder.resolve("home"))));
    }

    /** The demo's home has one run, so one report (null when the demo wrote none). */
    private static RunReport runReport(Home home) throws IOException {
        if (!Files.isDirectory(home.runReports())) {
            return null;
        }
        Path json;
        try (var reports = Files.list(home.runReports())) {
            json = reports.filter(path -> path.getFileName().toString().matches("run-\\d+\\.json"))
                    .findFirst()
                    .orElse(null);
        }
        return json == null ? null : JSON.readValue(json.toFile(), RunReport.class);
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
            paths.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // best effort
        }
    }
}
