package no.hdo.dw.jobs.nightly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import no.hdo.dw.jobs.cli.HdoDw;
import no.hdo.dw.jobs.support.DemoPublication;
import no.hdo.dw.jobs.support.PublishedContent;
import no.hdo.dw.jobs.support.WarehouseRows;
import no.hdo.dw.pipeline.turnus.PseudonymKey;
import no.hdo.dw.warehouse.DuckDbDatabase;
import no.hdo.dw.warehouse.Home;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Crash safety: the nightly job runs in a child JVM and is killed with SIGKILL ({@code kill -9},
 * {@link Process#destroyForcibly()} on Linux) at chosen points; the next run must finish as if the
 * crash had not happened. Also: a failed run leaves the previous publication alone, a reader that
 * holds the published file open keeps reading the old publication while a run replaces it, and a
 * second run on the same inbox changes nothing.
 *
 * <p>The runs are on a small inbox made for them ({@link CrashInbox}: a few files of every feed of
 * the demo inbox, with planted bad records), so that every stage is reached and killed in seconds;
 * one uncrashed run on it (the reference home) is the measure of "as if nothing happened". Tests
 * that need a published home start from a copy of it.
 */
class NightlyCrashFunctionalTests {

    private static final LocalDate RUN_DATE = LocalDate.of(2026, 3, 1);
    /** The demo inbox holds personal data (turnus): its runs need a pseudonym key. */
    /** The demo's staff data is keyed with the demo's key. */
    private static NightlyParameters demoKeyed(Path inbox, LocalDate runDate) {
        return NightlyParameters.of(inbox, runDate).withPseudonymKeySource(PseudonymKey.DEMO_SOURCE);
    }
    /** A run date before the calendar starts (2015): the data test "exactly one reporting month" fails. */
    private static final LocalDate RUN_DATE_WITHOUT_REPORTING_MONTH = LocalDate.of(2015, 1, 1);

    private static final Duration CHILD_TIMEOUT = Duration.ofMinutes(4);
    /** What {@link Process#exitValue()} says of a process killed by SIGKILL: 128 + 9. */
    private static final int KILLED_BY_SIGKILL = 137;
    /** The seed of the timed kills; -Dhdo.dw.crash.seed=N tries other moments. */
    private static final long SEED = Long.getLong("hdo.dw.crash.seed", 20260301L);
    /**
     * Every kill point and failure runs in the suite; -Dhdo.dw.crash.quick=true runs only a kill while landing and
     * failed data tests, for a quick loop while working on something else (docs/decisions.md, "The crash tests in the
     * suite").
     */
    private static final boolean EVERY_KILL_POINT = !Boolean.getBoolean("hdo.dw.crash.quick");

    private static final Set<String> KILLS_OF_THE_FULL_SET_ONLY = Set.of(
            "AT_THE_START_OF_THE_SECOND_FEED",
            "AFTER_THE_MODELS_ARE_BUILT",
            "AFTER_PUBLISHING_BEFORE_THE_RUN_REPORT",
            "AFTER_THE_RUN_REPORT_BEFORE_THE_EXIT",
            "AT_SEEDED_RANDOM_MOMENTS_TWICE_IN_A_ROW",
            "KILLED_AFTER_THE_MODELS_ARE_BUILT",
            "KILLED_WHILE_THE_NEW_PUBLICATION_IS_WRITTEN",
            "READER_HOLDS_THE_PUBLISHED_FILE",
            "SAME_INBOX_TWICE");

    private enum WholeRun {
        READER_HOLDS_THE_PUBLISHED_FILE,
        SAME_INBOX_TWICE
    }

    private static void inThisRun(Enum<?> kill) {
        assumeTrue(
                EVERY_KILL_POINT || !KILLS_OF_THE_FULL_SET_ONLY.contains(kill.name()),
                kill + " is left out by -Dhdo.dw.crash.quick=true");
    }

    @TempDir
    static Path shared;

    private static Path inbox;
    private static int inboxFiles;
    private static Home reference;
    private static RunReport referenceReport;
    private static Map<String, List<String>> referenceContent;
    private static LandingFacts referenceLanding;
    private static int timedKillWindowMillis;

    @BeforeAll
    static void writeTheCrashInboxAndRunItOnceUncrashed() throws IOException {
        DemoPublication demo = DemoPublication.get();
        CrashInbox.Written written = CrashInbox.from(demo.inbox(), demo.summary(), shared.resolve("inbox"));
        inbox = written.inbox();
        inboxFiles = filesUnder(inbox).size();
        assertThat(inboxFiles).isEqualTo(written.files());
        assertThat(written.badRecords())
                .as("planted bad records in the crash inbox")
                .isNotEmpty();

        reference = new Home(shared.resolve("reference"));
        referenceReport = NightlyRun.run(reference, demoKeyed(inbox, RUN_DATE));
        assertThat(referenceReport.exitCode())
                .as("the uncrashed run: published, with the planted bad records quarantined")
                .isEqualTo(3);
        assertThat(referenceReport.quarantinedTotal())
                .isEqualTo(written.badRecords().size());
        // the timed kills fall within a run: a moment in the first half of the reference run (at least a second)
        timedKillWindowMillis = Math.max(1_000, (int) (referenceReport.durationSeconds() * 1_000 / 2));
        referenceContent = PublishedContent.of(reference);
        referenceLanding = LandingFacts.of(reference);
        assertThat(referenceLanding.files()).isEqualTo(inboxFiles);
    }

    /** Where the child JVM is killed. */
    enum KillPoint {
        AFTER_THE_THIRD_FILE_IS_LANDED {
            @Override
            Predicate<String> trigger() {
                AtomicInteger landed = new AtomicInteger();
                return line -> line.contains("FileLanding - Landed ") && landed.incrementAndGet() == 3;
            }
        },
        AT_THE_START_OF_THE_SECOND_FEED {
            @Override
            Predicate<String> trigger() {
                return line -> line.contains("video/snla: ") && line.contains("new file(s) to land");
            }
        },
        AFTER_THE_MODELS_ARE_BUILT {
            @Override
            Predicate<String> trigger() {
                return line -> line.contains("ModelBuild - Built ");
            }
        },
        /** The publication's folder is complete and named; the link turns to it now (or has just turned). */
        AS_THE_NEW_PUBLICATION_IS_LINKED {
            @Override
            Predicate<String> trigger() {
                return line -> line.contains("Publisher - Publication ") && line.contains(" written; linking it");
            }
        },
        AFTER_PUBLISHING_BEFORE_THE_RUN_REPORT {
            @Override
            Predicate<String> trigger() {
                return line -> line.contains("Publisher - Published ");
            }
        },
        /** The run wrote its report but died before it exited: the operator never saw its exit code. */
        AFTER_THE_RUN_REPORT_BEFORE_THE_EXIT {
            @Override
            Predicate<String> trigger() {
                return line -> line.contains("Run report written to ");
            }
        },
        /**
         * Two runs in a row, each killed a seeded random time after its job started (within the first half of
         * the reference run's length): the third run must make up for both.
         */
        AT_SEEDED_RANDOM_MOMENTS_TWICE_IN_A_ROW {
            @Override
            Predicate<String> trigger() {
                return null;
            }
        };

        /** A new trigger for one run, or {@code null} for the timer. */
        abstract Predicate<String> trigger();

        boolean timed() {
            return trigger() == null;
        }
    }

    @ParameterizedTest(name = "killed {0}")
    @EnumSource(KillPoint.class)
    void aRunKilledAtAnyPointIsFinishedByTheNextRunAsIfNothingHadHappened(KillPoint point, @TempDir Path work)
            throws Exception {
        inThisRun(point);
        // given a nightly run on a new home in a child JVM, killed with SIGKILL at the chosen point
        Home home = new Home(work.resolve("home"));
        // A timed run may finish before its moment comes: then it has reported for the crashed one before it.
        boolean finishedByItself = false;
        if (point.timed()) {
            Random random = new Random(SEED);
            for (int crash = 1; crash <= 2; crash++) {
                long delayMillis = random.nextInt(timedKillWindowMillis);
                try (ChildRun crashed = ChildRun.nightly(home, inbox, RUN_DATE, null, work)) {
                    crashed.killWhen(() -> crashed.jobHasRunFor(delayMillis));
                    int exit = crashed.awaitExit();
                    System.out.printf(
                            "%s, crash %d of 2 (seed %d: %d ms after the job started): %s%n",
                            point, crash, SEED, delayMillis, crashed.describeEnd());
                    // A run that ends before its time is up is no crash, but must have ended well.
                    // a run that finishes reports the quarantine itself (3), unless an earlier child already had (0)
                    assertThat(exit)
                            .as(crashed.describeEnd())
                            .isEqualTo(crashed.wasKilled() ? KILLED_BY_SIGKILL : finishedByItself ? 0 : 3);
                    finishedByItself = finishedByItself || !crashed.wasKilled();
                }
            }
        } else {
            try (ChildRun crashed = ChildRun.nightly(home, inbox, RUN_DATE, point.trigger(), work)) {
                int exit = crashed.awaitExit();
                System.out.printf("%s: %s%n", point, crashed.describeEnd());
                assertThat(crashed.wasKilled())
                        .as("the kill point was reached: %s", crashed.describeEnd())
                        .isTrue();
                assertThat(exit).as("killed by SIGKILL").isEqualTo(KILLED_BY_SIGKILL);
            }
        }

        // when the nightly job runs again
        RunReport rerun = NightlyRun.run(home, demoKeyed(inbox, RUN_DATE));

        // then it finishes and publishes, and its report says what an uncrashed run says
        assertThat(rerun.published())
                .as("the run after the crash publishes: %s", rerun.message())
                .isTrue();
        if (finishedByItself) {
            // an earlier child run finished, reported every file (and the quarantine) and exited: this is a plain rerun
            assertThat(rerun.exitCode()).as("a rerun with nothing new").isZero();
        } else {
            // a killed run never told the operator its outcome, even if it wrote its report: the rerun does
            assertThat(rerun.exitCode())
                    .as("published, with the demo's bad records quarantined")
                    .isEqualTo(3);
            assertThat(rerun.quarantinedTotal()).isEqualTo(referenceReport.quarantinedTotal());
            assertThat(countsOf(rerun)).isEqualTo(countsOf(referenceReport));
        }
        if (!point.timed()) {
            assertThat(rerun.adoptedRuns())
                    .as("the killed run, whose files this report counts")
                    .containsExactly(1L);
        }
        // and every delivered file is landed exactly once
        assertLandedOnceEach(home);
        // and the publication is the one an uncrashed run makes, with nothing of the crash left behind
        assertThat(PublishedContent.of(home)).isEqualTo(referenceContent);
        assertNoTemporaryFilesIn(home);
        // and the job repository has no run left running
        assertThat(jobExecutionStatuses(home)).last().isEqualTo("COMPLETED");
        assertThat(jobExecutionStatuses(home))
                .allMatch(status -> status.equals("COMPLETED") || status.equals("FAILED"));
    }

    @Test
    void aFileWhoseReadingExhaustsTheHeapIsRejectedWholeAndTheRunLandsAndPublishesTheRest(@TempDir Path work)
            throws Exception {
        // given the crash inbox and one more budget file, whose one line of 300 MB does not fit a heap of 256 MiB
        Path inboxWithHog = work.resolve("inbox");
        copyTree(inbox, inboxWithHog);
        Path hog = inboxWithHog.resolve("ledger/budget/budget_2024_20231215120000.csv");
        try (var out = Files.newOutputStream(hog)) {
            out.write("year;month;account;department;amount\n2024;1;3000;;".getBytes(StandardCharsets.UTF_8));
            byte[] digits = "1".repeat(1 << 20).getBytes(StandardCharsets.UTF_8);
            for (int mebibyte = 0; mebibyte < 300; mebibyte++) {
                out.write(digits);
            }
            out.write("\n".getBytes(StandardCharsets.UTF_8));
        }
        Home home = new Home(work.resolve("home"));

        // when the nightly job runs in a JVM of that heap, its bound on a text line lifted (a line of 1 MiB is refused
        // before it is read: TextDefectsLandingIntegrationTests), so that the heap is what the line exhausts
        int exit;
        try (ChildRun run = ChildRun.nightlyWithHeap(
                home, inboxWithHog, RUN_DATE, "256m", work, "-Dhdo.dw.text.max-line-bytes=2000000000")) {
            exit = run.awaitExit();
            System.out.printf("a run with a 300 MB line in a 256 MiB heap: %s%n", run.describeEnd());
        }

        // then the file is rejected whole, saying why, and the run goes on: every other file lands, and it publishes
        // what an uncrashed run of the crash inbox publishes
        assertThat(exit)
                .as("published, with the rejected file and the planted bad records")
                .isEqualTo(3);
        List<String> events;
        try (DuckDbDatabase warehouse = DuckDbDatabase.openReadOnly(home.workWarehouse())) {
            events = warehouse
                    .jdbi()
                    .withHandle(handle -> handle.createQuery(
                                    "select outcome || ': ' || reason from meta.file_event where file_name = :name")
                            .bind("name", hog.getFileName().toString())
                            .mapTo(String.class)
                            .list());
        }
        assertThat(events).hasSize(1);
        assertThat(events.get(0))
                .startsWith("REJECTED: reading the file exhausted the memory (Java heap space) after record 0");
        assertLandedOnceEach(home);
        assertThat(PublishedContent.of(home)).isEqualTo(referenceContent);
        assertNoTemporaryFilesIn(home);
    }

    /** How a run is made to fail before it publishes. */
    enum Failure {
        KILLED_AFTER_THE_MODELS_ARE_BUILT,
        KILLED_WHILE_THE_NEW_PUBLICATION_IS_WRITTEN,
        DATA_TESTS_FAIL
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Failure.class)
    void aFailedRunLeavesThePreviousPublicationUntouched(Failure failure, @TempDir Path work) throws Exception {
        inThisRun(failure);
        // given a home with a publication
        Home home = copyOfTheReference(work.resolve("home"));
        Map<String, FileIdentity> before = publishedFiles(home);

        // when a run fails before its publication is in place
        switch (failure) {
            case KILLED_AFTER_THE_MODELS_ARE_BUILT -> {
                try (ChildRun run =
                        ChildRun.nightly(home, inbox, RUN_DATE, line -> line.contains("ModelBuild - Built "), work)) {
                    assertThat(run.awaitExit()).as(run.describeEnd()).isEqualTo(KILLED_BY_SIGKILL);
                }
            }
            case KILLED_WHILE_THE_NEW_PUBLICATION_IS_WRITTEN -> {
                try (ChildRun run = ChildRun.nightly(home, inbox, RUN_DATE, null, work)) {
                    run.killWhen(() -> !newPublicationFilesIn(home).isEmpty());
                    assertThat(run.awaitExit()).as(run.describeEnd()).isEqualTo(KILLED_BY_SIGKILL);
                }
                assertThat(newPublicationFilesIn(home))
                        .as("killed while writing the new publication")
                        .isNotEmpty();
            }
            case DATA_TESTS_FAIL -> {
                RunReport failed = NightlyRun.run(home, demoKeyed(inbox, RUN_DATE_WITHOUT_REPORTING_MONTH));
                assertThat(failed.published()).isFalse();
                assertThat(failed.exitCode()).isEqualTo(1);
                assertThat(failed.message()).contains("assert_dim_calendar_month__one_reporting_month");
            }
        }

        // then the published files are the very same files, untouched
        assertThat(publishedFiles(home)).isEqualTo(before).containsKey("warehouse.duckdb");
        assertThat(PublishedContent.of(home)).isEqualTo(referenceContent);

        if (failure == Failure.DATA_TESTS_FAIL) {
            return;
        }
        // and when the next run succeeds, it replaces the publication and leaves nothing of the killed one behind
        RunReport next = NightlyRun.run(home, demoKeyed(inbox, RUN_DATE));
        assertThat(next.published()).as(next.message()).isTrue();
        assertThat(publishedFiles(home).get("warehouse.duckdb").inode())
                .isNotEqualTo(before.get("warehouse.duckdb").inode());
        assertThat(PublishedContent.of(home)).isEqualTo(referenceContent);
        assertNoTemporaryFilesIn(home);
    }

    @Test
    void aReaderThatHoldsThePublishedFileOpenKeepsReadingTheOldPublicationWhileARunPublishesANewOne(@TempDir Path work)
            throws Exception {
        inThisRun(WholeRun.READER_HOLDS_THE_PUBLISHED_FILE);
        // given a home with a publication, and a new delivery: the latest Bliksund file again, later, with one more
        // completed call
        Home home = copyOfTheReference(work.resolve("home"));
        Path newInbox = linkedCopyOf(inbox, work.resolve("inbox"));
        Path latest = newInbox.resolve("video/bliksund/bliksund_20260301020000.jsonl");
        Path correction = latest.resolveSibling("bliksund_20260301030000.jsonl");
        Files.copy(latest, correction);
        Files.writeString(
                correction,
                "{\"callId\":\"b-crash-test-1\",\"start\":\"2026-02-27T10:00:00+01:00\",\"end\":"
                        + "\"2026-02-27T10:04:00+01:00\",\"centre\":\"AMK Bergen\",\"status\":\"COMPLETED\",\"participants\":2}\n",
                StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);

        // and a reader with the published file open, in the middle of reading a query's result
        try (DuckDbDatabase reader = DuckDbDatabase.openReadOnly(home.publishedWarehouse());
                Handle held = reader.jdbi().open();
                Connection connection = reader.connect();
                Statement statement = connection.createStatement();
                ResultSet calls = statement.executeQuery(
                        "select video_call_id from bi.bi_video_calls order by platform, video_call_id")) {
            Map<String, String> oldDigests = tableDigests(held);
            long oldFebruary = completedCalls(held, 202602);
            long oldCalls = held.createQuery("select count(*) from bi.bi_video_calls")
                    .mapTo(Long.class)
                    .one();
            long callsRead = 0;
            for (int i = 0; i < 1_000 && calls.next(); i++) {
                callsRead++;
            }

            // when a nightly run (another process) lands the new file and publishes
            ChildRun run = ChildRun.nightly(home, newInbox, RUN_DATE, null, work);
            int exit;
            try (run) {
                exit = run.awaitExit();
            }

            // then the run publishes: the reader does not block it
            assertThat(exit).as(run.describeEnd()).isZero();
            assertThat(run.log()).anyMatch(line -> line.contains("Landed bliksund_20260301030000.jsonl"));
            assertThat(run.log()).anyMatch(line -> line.contains("Publisher - Published "));
            // and the held reader goes on reading the old publication, whole and unchanged
            while (calls.next()) {
                callsRead++;
            }
            assertThat(callsRead).isEqualTo(oldCalls);
            assertThat(tableDigests(held)).isEqualTo(oldDigests);
            assertThat(completedCalls(held, 202602)).isEqualTo(oldFebruary);

            // and a reader that opens the published file now sees the new publication. (It is another process:
            // within one JVM, DuckDB hands a second open of a path that is still open the cached, old instance.)
            ChildRun trend = ChildRun.start(
                    List.of(
                            "trend",
                            "video-calls",
                            "--to",
                            "2026-02",
                            "--months",
                            "1",
                            "--format",
                            "csv",
                            "--home",
                            home.root().toString()),
                    null,
                    work);
            try (trend) {
                assertThat(trend.awaitExit()).as(trend.describeEnd()).isZero();
            }
            String february = Files.readAllLines(trend.stdout()).get(1);
            assertThat(february).startsWith("2026-02,");
            assertThat(Long.parseLong(february.split(",")[3])).isEqualTo(oldFebruary + 1);
        }
        try (DuckDbDatabase newReader = DuckDbDatabase.openReadOnly(home.publishedWarehouse())) {
            newReader
                    .jdbi()
                    .useHandle(handle -> assertThat(completedCalls(handle, 202602))
                            .isEqualTo(completedCalls(reference, 202602) + 1));
        }
    }

    @Test
    void runningTheSameInboxTwiceGivesTheSamePublication(@TempDir Path work) throws Exception {
        inThisRun(WholeRun.SAME_INBOX_TWICE);
        // given a home where one run has landed and published the inbox
        Home home = copyOfTheReference(work.resolve("home"));
        Set<Path> archiveBefore = Set.copyOf(filesUnder(home.landing()));

        // when the nightly job runs again on the same inbox
        RunReport second = NightlyRun.run(home, demoKeyed(inbox, RUN_DATE));

        // then it skips every file as known, lands nothing, and publishes the same content
        assertThat(second.published()).isTrue();
        assertThat(second.exitCode()).as("nothing was rejected in this run").isZero();
        assertThat(second.feeds()).allSatisfy(feed -> {
            assertThat(feed.filesSkippedKnown()).isEqualTo(feed.filesSeen());
            assertThat(feed.filesLanded()).isZero();
            assertThat(feed.recordsRead()).isZero();
        });
        assertThat(second.feeds().stream()
                        .mapToLong(RunReport.FeedReport::filesSeen)
                        .sum())
                .isEqualTo(inboxFiles);
        assertThat(PublishedContent.of(home)).isEqualTo(referenceContent);
        assertThat(Set.copyOf(filesUnder(home.landing()))).isEqualTo(archiveBefore);
        assertLandedOnceEach(home);
        // and its run report says so, in the run's JSON file and in meta.run_feed_report
        JsonNode json = new ObjectMapper()
                .readTree(home.runReports()
                        .resolve("run-" + second.runId() + ".json")
                        .toFile());
        for (JsonNode feed : json.get("feeds")) {
            assertThat(feed.get("filesSkippedKnown").asLong())
                    .isEqualTo(feed.get("filesSeen").asLong())
                    .isPositive();
            assertThat(feed.get("filesLanded").asLong()).isZero();
        }
        try (DuckDbDatabase warehouse = DuckDbDatabase.openReadOnly(home.workWarehouse())) {
            long[] skippedAndSeen = warehouse
                    .jdbi()
                    .withHandle(handle -> handle.createQuery(
                                    "select sum(files_skipped_known), sum(files_seen), sum(files_landed) from meta.run_feed_report where run_id = :runId")
                            .bind("runId", second.runId())
                            .map((rs, ctx) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)})
                            .one());
            assertThat(skippedAndSeen).containsExactly(inboxFiles, inboxFiles, 0);
        }
    }

    // --- checks ---------------------------------------------------------------------------------

    /** One row per delivered file in the registry, as many as the inbox holds, and one Parquet file each in the archive. */
    private static void assertLandedOnceEach(Home home) {
        LandingFacts landing = LandingFacts.of(home);
        assertThat(landing.files()).as("landed files").isEqualTo(inboxFiles);
        assertThat(landing.distinctSha256()).as("distinct contents landed").isEqualTo(inboxFiles);
        assertThat(landing.recordsAccepted()).as("records accepted").isEqualTo(referenceLanding.recordsAccepted());
        assertThat(landing.recordsQuarantined())
                .as("records quarantined")
                .isEqualTo(referenceLanding.recordsQuarantined());
        assertThat(landing.quarantineRows())
                .as("rows of meta.quarantined_record")
                .isEqualTo(referenceLanding.quarantineRows());
        assertThat(landing.archivePaths())
                .as("archive paths of landed files")
                .hasSize(inboxFiles)
                .allMatch(path -> path.startsWith(home.landing()));
        assertThat(filesUnder(home.landing()))
                .as("files in the landing archive: one Parquet file per landed file, nothing else")
                .containsExactlyInAnyOrderElementsOf(landing.archivePaths());
    }

    /** Nothing of a run's unfinished publication: no hidden folder or link, no temporary or WAL file. */
    private static void assertNoTemporaryFilesIn(Home home) {
        assertThat(home.published()).isSymbolicLink();
        assertThat(filesUnder(home.publications()))
                .as("what the publications hold")
                .allMatch(path -> !path.toString().contains("/.")
                        && !path.toString().endsWith(".tmp")
                        && !path.toString().endsWith(".wal"));
        assertThat(home.root().toFile().list()).noneMatch(name -> name.startsWith("."));
    }

    /** The hidden folder a run writes its publication into until it is complete. */
    private static List<Path> newPublicationFilesIn(Home home) {
        try (Stream<Path> files = Files.list(home.publications())) {
            return files.filter(path -> path.getFileName().toString().startsWith(".run-"))
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** The per-feed counts of a run report, without the times. */
    private static List<List<Object>> countsOf(RunReport report) {
        return report.feeds().stream()
                .map(feed -> List.<Object>of(
                        feed.source(),
                        feed.feed(),
                        feed.filesSeen(),
                        feed.filesLanded(),
                        feed.filesSkippedKnown(),
                        feed.filesRejected(),
                        feed.recordsRead(),
                        feed.recordsAccepted(),
                        feed.recordsQuarantined()))
                .toList();
    }

    private static List<String> jobExecutionStatuses(Home home) {
        return WarehouseRows.jobRepository(home, "select status from batch_job_execution order by job_execution_id");
    }

    // --- the published files and their content --------------------------------------------------

    record FileIdentity(Object inode, FileTime lastModified, long size) {}

    /** The files of the publication (a run's hidden temporary files are not part of it), with what identifies each. */
    private static Map<String, FileIdentity> publishedFiles(Home home) throws IOException {
        Map<String, FileIdentity> files = new TreeMap<>();
        Path publication = home.published().toRealPath();
        for (Path file : filesUnder(publication)) {
            files.put(
                    publication.relativize(file).toString(),
                    new FileIdentity(
                            Files.getAttribute(file, "unix:ino"), Files.getLastModifiedTime(file), Files.size(file)));
        }
        return files;
    }

    /** Per table of the published file: its row count and an MD5 of its sorted rows. */
    private static Map<String, String> tableDigests(Handle handle) {
        Map<String, String> digests = new TreeMap<>();
        List<String> tables = handle.createQuery(
                        "select schema_name || '.' || table_name from duckdb_tables() where database_name = current_database() order by 1")
                .mapTo(String.class)
                .list();
        for (String table : tables) {
            digests.put(
                    table,
                    handle.createQuery(
                                    "select count(*) || ':' || coalesce(md5(string_agg(t::varchar, '\n' order by t::varchar)), '')"
                                            + " from " + table + " as t")
                            .mapTo(String.class)
                            .one());
        }
        return digests;
    }

    private static long completedCalls(Handle handle, int monthKey) {
        return handle.createQuery(
                        "select total_completed_calls from reporting.rpt_video_calls_monthly where month_key = :month")
                .bind("month", monthKey)
                .mapTo(Long.class)
                .one();
    }

    private static long completedCalls(Home home, int monthKey) {
        try (DuckDbDatabase published = DuckDbDatabase.openReadOnly(home.publishedWarehouse())) {
            return published.jdbi().withHandle(handle -> completedCalls(handle, monthKey));
        }
    }

    // --- the landing registry -------------------------------------------------------------------

    record LandingFacts(
            long files,
            long distinctSha256,
            long recordsAccepted,
            long recordsQuarantined,
            long quarantineRows,
            List<Path> archivePaths) {

        static LandingFacts of(Home home) {
            try (DuckDbDatabase warehouse = DuckDbDatabase.openReadOnly(home.workWarehouse())) {
                return warehouse.jdbi().withHandle(handle -> {
                    long[] counts = handle.createQuery("""
                                    select count(*), count(distinct sha256), coalesce(sum(records_accepted), 0),
                                           coalesce(sum(records_quarantined), 0), (select count(*) from meta.quarantined_record)
                                      from meta.landed_file""")
                            .map((rs, ctx) -> new long[] {
                                rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)
                            })
                            .one();
                    // Archive paths are kept relative to the landing folder, so a home can be moved or restored.
                    List<Path> paths = handle
                            .createQuery("select archive_path from meta.landed_file")
                            .mapTo(String.class)
                            .list()
                            .stream()
                            .map(path -> home.landing().resolve(path))
                            .toList();
                    return new LandingFacts(counts[0], counts[1], counts[2], counts[3], counts[4], paths);
                });
            }
        }
    }

    // --- homes and inboxes ----------------------------------------------------------------------

    /** A copy of the reference home at {@code root}: a home moves as a folder, its registry paths being relative. */
    private static Home copyOfTheReference(Path root) throws IOException {
        copyTree(reference.root(), root);
        return new Home(root);
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isSymbolicLink(path)) {
                    // the published link is relative: it points into the copy
                    Files.createSymbolicLink(target, Files.readSymbolicLink(path));
                } else if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    /** The inbox again at {@code to}, its files hard links to the shared inbox's (delivered files never change). */
    private static Path linkedCopyOf(Path from, Path to) throws IOException {
        for (Path file : filesUnder(from)) {
            Path target = to.resolve(from.relativize(file).toString());
            Files.createDirectories(target.getParent());
            try {
                Files.createLink(target, file);
            } catch (UnsupportedOperationException | IOException e) {
                Files.copy(file, target);
            }
        }
        return to;
    }

    private static List<Path> filesUnder(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            return paths.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // --- the child JVM --------------------------------------------------------------------------

    /**
     * {@code hdo-dw} in a child JVM with this test's class path. Its stderr (the log) is read line by
     * line as it comes; the process is killed with SIGKILL the moment the trigger matches a line, or
     * when {@link #killWhen} says so.
     */
    static final class ChildRun implements AutoCloseable {

        private static final AtomicInteger COUNT = new AtomicInteger();

        private final Process process;
        private final Path stdout;
        private final long startedNanos = System.nanoTime();
        private final List<String> log = Collections.synchronizedList(new ArrayList<>());
        private final Thread reader;
        private volatile long jobStartedNanos;
        private volatile boolean killed;
        private volatile String lastLineBeforeKill;
        private volatile long killedAfterMillis = -1;

        private ChildRun(List<String> arguments, Predicate<String> trigger, Path work, String maxHeap)
                throws IOException {
            this(arguments, trigger, work, maxHeap, List.of());
        }

        private ChildRun(
                List<String> arguments, Predicate<String> trigger, Path work, String maxHeap, List<String> jvmOptions)
                throws IOException {
            // A child lives seconds and is mostly killed: the client compiler and the serial collector start it with
            // the least CPU (the work is DuckDB's, native code), leaving the other core to the test JVM.
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx" + maxHeap,
                    "-XX:TieredStopAtLevel=1",
                    "-XX:+UseSerialGC",
                    "-Xshare:auto",
                    // named, not found: the classpath has a second logback-test.xml (pipeline's test jar), and logback
                    // would print its status on the child's standard output, which is a command's CSV
                    "-Dlogback.configurationFile=" + testLogbackConfiguration()));
            command.addAll(jvmOptions);
            command.addAll(List.of("-cp", System.getProperty("java.class.path"), HdoDw.class.getName()));
            command.addAll(arguments);
            stdout = work.resolve("child-" + COUNT.incrementAndGet() + ".out");
            ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(stdout.toFile());
            builder.environment().put(PseudonymKey.ENVIRONMENT_VARIABLE, PseudonymKey.DEMO_KEY_TEXT);
            process = builder.start();
            reader = new Thread(() -> readLog(trigger), "child-stderr");
            reader.setDaemon(true);
            reader.start();
        }

        static ChildRun nightly(Home home, Path inbox, LocalDate date, Predicate<String> trigger, Path work)
                throws IOException {
            return start(nightlyArguments(home, inbox, date), trigger, work);
        }

        private static List<String> nightlyArguments(Home home, Path inbox, LocalDate date) {
            return List.of(
                    "nightly",
                    "--inbox",
                    inbox.toString(),
                    "--home",
                    home.root().toString(),
                    "--date",
                    date.toString());
        }

        private static String testLogbackConfiguration() {
            try {
                return Path.of(ChildRun.class
                                .getProtectionDomain()
                                .getCodeSource()
                                .getLocation()
                                .toURI())
                        .resolve("logback-test.xml")
                        .toString();
            } catch (java.net.URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }

        static ChildRun start(List<String> arguments, Predicate<String> trigger, Path work) throws IOException {
            return new ChildRun(arguments, trigger, work, "1g");
        }

        /** A nightly run, not to be killed, in a JVM with this heap ({@code -Xmx} syntax). */
        static ChildRun nightlyWithHeap(
                Home home, Path inbox, LocalDate date, String maxHeap, Path work, String... jvmOptions)
                throws IOException {
            return new ChildRun(nightlyArguments(home, inbox, date), null, work, maxHeap, List.of(jvmOptions));
        }

        private void readLog(Predicate<String> trigger) {
            try (BufferedReader lines =
                    new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    log.add(line);
                    if (jobStartedNanos == 0 && line.contains("NightlyRun - Nightly run ")) {
                        jobStartedNanos = System.nanoTime();
                    }
                    if (trigger != null && !killed && trigger.test(line)) {
                        kill();
                    }
                }
            } catch (IOException e) {
                // The stream closes when the process dies.
            }
        }

        /** Polls {@code condition} until it holds (then kills the process) or the process ends by itself. */
        void killWhen(BooleanSupplier condition) throws InterruptedException {
            long deadline = System.nanoTime() + CHILD_TIMEOUT.toNanos();
            while (process.isAlive() && System.nanoTime() < deadline) {
                if (condition.getAsBoolean()) {
                    kill();
                    return;
                }
                Thread.sleep(1);
            }
        }

        /** Whether the job began ("Nightly run N for ...", after the JVM and Spring have started) at least this long ago. */
        boolean jobHasRunFor(long millis) {
            long started = jobStartedNanos;
            return started != 0 && (System.nanoTime() - started) / 1_000_000 >= millis;
        }

        private synchronized void kill() {
            if (killed || !process.isAlive()) {
                return;
            }
            killed = true;
            killedAfterMillis = (System.nanoTime() - startedNanos) / 1_000_000;
            synchronized (log) {
                lastLineBeforeKill = log.isEmpty() ? "(no log line yet)" : log.get(log.size() - 1);
            }
            process.toHandle().destroyForcibly();
        }

        int awaitExit() throws InterruptedException {
            if (!process.waitFor(CHILD_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor();
                fail("the child JVM did not end within %s; its log ends:%n%s", CHILD_TIMEOUT, tail());
            }
            reader.join(10_000);
            return process.exitValue();
        }

        boolean wasKilled() {
            return killed;
        }

        List<String> log() {
            synchronized (log) {
                return List.copyOf(log);
            }
        }

        Path stdout() {
            return stdout;
        }

        String describeEnd() {
            String end = killed
                    ? "killed after " + killedAfterMillis + " ms, after the line: " + lastLineBeforeKill
                    : "ended by itself" + (process.isAlive() ? "" : " with exit code " + process.exitValue());
            return end + System.lineSeparator() + "log tail:" + System.lineSeparator() + tail();
        }

        private String tail() {
            List<String> lines = log();
            return lines.subList(Math.max(0, lines.size() - 15), lines.size()).stream()
                    .collect(Collectors.joining(System.lineSeparator()));
        }

        @Override
        public void close() {
            process.destroyForcibly();
        }
    }
}
