package no.hdo.dw.jobs.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import no.hdo.dw.warehouse.Home;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** A nightly run's log file in the home: everything the run logs, the newest {@link RunLog#KEPT_RUNS} runs kept. */
class RunLogTests {

    @TempDir
    Path temporary;

    @Test
    void aRunLogsToItsOwnFileAndKeepsTheNewestRunsLogsWithTheirRolledParts() throws IOException {
        // given the logs of 30 earlier runs, the oldest rolled over into a second part
        Home home = new Home(temporary.resolve("home"));
        Files.createDirectories(home.logs());
        for (int day = 1; day <= 30; day++) {
            Files.writeString(home.logs().resolve(String.format("nightly-202601%02d-023000.log", day)), "old\n");
        }
        Files.writeString(home.logs().resolve("nightly-20260101-023000.1.log"), "older part\n");
        Files.writeString(home.logs().resolve("notes.txt"), "not a run's log\n");

        // when a run logs with its log open, and after it is closed
        Path file;
        try (RunLog log = RunLog.start(home)) {
            file = log.file();
            LoggerFactory.getLogger("no.hdo.dw.test").info("while the run is going on");
            log.recordFailure(new IllegalStateException("what stopped the run"));
        }
        LoggerFactory.getLogger("no.hdo.dw.test").info("after the run");

        // then its file has what it logged while open, the failure with its trace, and nothing after
        assertThat(file.getFileName().toString()).matches("nightly-\\d{8}-\\d{6}\\.log");
        assertThat(Files.readString(file))
                .containsPattern("INFO  \\[[^]]+\\] test - while the run is going on")
                .contains("The run stopped: what stopped the run")
                .contains("java.lang.IllegalStateException: what stopped the run\n\tat ")
                .doesNotContain("after the run");
        // and the oldest run's log and its part are gone: 29 earlier runs and this one are kept
        try (Stream<Path> files = Files.list(home.logs())) {
            assertThat(files.map(path -> path.getFileName().toString()))
                    .hasSize(31)
                    .contains(
                            "notes.txt",
                            "nightly-20260102-023000.log",
                            file.getFileName().toString())
                    .doesNotContain("nightly-20260101-023000.log", "nightly-20260101-023000.1.log");
        }
    }
}
