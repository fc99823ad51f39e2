package no.hdo.dw.jobs.operator;

import static no.hdo.dw.jobs.support.CommandLineRun.hdoDw;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import no.hdo.dw.feeds.TextFeed;
import no.hdo.dw.jobs.nightly.NightlyParameters;
import no.hdo.dw.jobs.support.CommandLineRun.Captured;
import no.hdo.dw.pipeline.turnus.PseudonymKey;
import no.hdo.dw.pipeline.turnus.PseudonymKeyCheck;
import no.hdo.dw.warehouse.Home;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every expected failure of cli.md is one line on stderr, {@code hdo-dw: <reason>}, never a stack trace
 * (a home in use and a failed data test: {@link OperatorCommandsFunctionalTests}). In-process, the
 * command's own error writer; the memory limit's variable in a JVM of its own, as a terminal sees it.
 */
class OneLineFailuresFunctionalTests {

    @TempDir
    Path temporary;

    @Test
    void badArgumentsAreOneLineWithExitTwo() {
        // when
        Captured noInbox = hdoDw("nightly", "--home", temporary.toString());
        Captured badFormat = hdoDw("status", "--format", "xml", "--home", temporary.toString());
        Captured unknown = hdoDw("nightly", "--inbox", temporary.toString(), "--frobnicate");
        Captured badDate = hdoDw("nightly", "--inbox", temporary.toString(), "--date", "2026-02-30");
        Captured badFeed = hdoDw("quarantine", "--feed", "video", "--home", temporary.toString());

        // then
        assertOneLine(noInbox, 2, "hdo-dw: Missing required option: '--inbox=DIR'");
        assertOneLine(badFormat, 2, "hdo-dw: --format: unknown format 'xml'");
        assertOneLine(unknown, 2, "hdo-dw: Unknown option: '--frobnicate'");
        assertOneLine(badDate, 2, "hdo-dw: --date must be a date yyyy-MM-dd, not '2026-02-30'");
        assertOneLine(badFeed, 2, "hdo-dw: --feed must be SOURCE/FEED, such as video/bliksund, not 'video'");
    }

    @Test
    void aHomeThatIsAFileIsOneLineForEveryCommand() throws IOException {
        // given
        Path file = Files.writeString(temporary.resolve("home.txt"), "not a folder");
        Path inbox = Files.createDirectories(temporary.resolve("inbox"));

        // when
        Captured nightly = hdoDw("nightly", "--inbox", inbox.toString(), "--home", file.toString());
        Captured status = hdoDw("status", "--home", file.toString());
        Captured trend = hdoDw("trend", "video-calls", "--to", "2026-02", "--home", file.toString());

        // then
        for (Captured run : new Captured[] {nightly, status, trend}) {
            assertOneLine(run, 2, "hdo-dw: --home " + file + " is a file, not a folder");
        }
    }

    @Test
    void aMissingChangedOrUnreadableKeyIsOneLineWithTheRealReason() throws IOException {
        // given an inbox with a turnus file, and a home whose turnus data was made with another key
        Path inbox = temporary.resolve("inbox");
        TextFeed.SHIFTS.deliver(
                inbox,
                TextFeed.SHIFTS.fileName("2026-02", "20260301020000"),
                "s-1;1234567890;AMK;2026-02-02T08:00;2026-02-02T16:00;ORD");
        Home keyed = new Home(Files.createDirectories(temporary.resolve("keyed")));
        Files.createDirectories(keyed.stateFolder());
        new PseudonymKeyCheck(keyed.pseudonymKeyCheck()).record(PseudonymKey.of("the first key of this home", "test"));
        Path otherKey = Files.writeString(temporary.resolve("other.key"), "another key, sixteen bytes or more\n");
        Path folder = Files.createDirectories(temporary.resolve("a-folder.key"));

        // when
        Captured missing = hdoDw(
                "nightly",
                "--inbox",
                inbox.toString(),
                "--home",
                temporary.resolve("h1").toString());
        Captured changed = hdoDw(
                "nightly",
                "--inbox",
                inbox.toString(),
                "--home",
                keyed.root().toString(),
                "--pseudonym-key-file",
                otherKey.toString());
        Captured absent = hdoDw(
                "nightly",
                "--inbox",
                inbox.toString(),
                "--home",
                temporary.resolve("h2").toString(),
                "--pseudonym-key-file",
                temporary.resolve("no.key").toString());
        Captured aFolder = hdoDw(
                "nightly",
                "--inbox",
                inbox.toString(),
                "--home",
                temporary.resolve("h3").toString(),
                "--pseudonym-key-file",
                folder.toString());

        // then (the test JVM has no HDO_DW_PSEUDONYM_KEY)
        assertThat(System.getenv(PseudonymKey.ENVIRONMENT_VARIABLE)).isNull();
        assertOneLine(
                missing, 2, "hdo-dw: the inbox holds turnus files (personal data) and no pseudonym key was given");
        assertOneLine(changed, 2, "hdo-dw: the pseudonym key from the key file " + otherKey + " is not the key");
        assertOneLine(
                absent,
                2,
                "hdo-dw: cannot read the pseudonym key file " + temporary.resolve("no.key")
                        + ": no such file or folder");
        assertOneLine(aFolder, 2, "hdo-dw: cannot read the pseudonym key file " + folder + ": is a directory");
    }

    @Test
    void aBadMemoryLimitNamesWhereItCameFrom() {
        // given an empty inbox
        Path inbox = temporary.resolve("inbox");

        // when the option is bad, and when the variable is (in a JVM of its own, with the program's logging)
        Captured option = hdoDw(
                "nightly",
                "--inbox",
                temporary.toString(),
                "--duckdb-memory-limit",
                "lots",
                "--home",
                temporary.resolve("h").toString());
        Captured variable = ChildCommand.hdoDw(
                temporary.resolve("child"),
                Map.of(NightlyParameters.DUCKDB_MEMORY_LIMIT_VARIABLE, "plenty"),
                "nightly",
                "--inbox",
                temporary.toString(),
                "--home",
                temporary.resolve("h").toString());

        // then each names its setting, in one line, and nothing was started
        assertOneLine(option, 2, "hdo-dw: --duckdb-memory-limit must be an amount such as 4GB or 512MB, not 'lots'");
        assertOneLine(
                variable, 2, "hdo-dw: HDO_DW_DUCKDB_MEMORY_LIMIT must be an amount such as 4GB or 512MB, not 'plenty'");
        assertThat(variable.out()).isEmpty();
        assertThat(temporary.resolve("h")).doesNotExist();
        assertThat(inbox).doesNotExist();
    }

    @Test
    void aCommandThatRunsOutOfHeapIsOneLineWithExitOne() {
        // given a terminal whose writing runs out of heap, as the listing of millions of quarantined records did (the
        // listing is now written as it is rendered, but a heap can always be too small)
        java.io.StringWriter err = new java.io.StringWriter();
        java.io.PrintWriter exhausted = new java.io.PrintWriter(new java.io.Writer() {
            @Override
            public void write(char[] buffer, int offset, int length) {
                throw new OutOfMemoryError("Java heap space");
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        });

        // when
        int exitCode = no.hdo.dw.jobs.cli.HdoDw.execute(
                exhausted, new java.io.PrintWriter(err), "status", "--home", temporary.toString());

        // then it says so in one line, with what to do, and exits 1
        assertThat(exitCode).isEqualTo(1);
        assertThat(err.toString().lines().toList())
                .singleElement()
                .asString()
                .startsWith("hdo-dw: out of memory (Java heap space): give the JVM more heap with HDO_DW_JAVA_OPTS");
        assertThat(err.toString()).doesNotContain("\tat ", "Exception", "Error");
    }

    private static void assertOneLine(Captured run, int exitCode, String start) {
        assertThat(run.exitCode()).as(run.err()).isEqualTo(exitCode);
        assertThat(run.errLines()).as(run.err()).singleElement().asString().startsWith(start);
        assertThat(run.err()).doesNotContain("\tat ", "Exception");
    }
}
