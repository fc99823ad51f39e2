package no.hdo.dw.pipeline.landing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDateTime;
import no.hdo.dw.pipeline.ChildProcessFileTrial;
import no.hdo.dw.pipeline.ledger.BudgetFeed;
import no.hdo.dw.pipeline.support.Inbox;
import no.hdo.dw.pipeline.support.LandingStepRun;
import no.hdo.dw.warehouse.DuckDbDatabase;
import no.hdo.dw.warehouse.Migrations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;

/**
 * A file that runs died on cannot stop every night (issue 9, item 3; decisions.md, "A file a run
 * dies on"). The landing commits a {@code STARTED} event before it reads a file, so a run that dies
 * (killed, out of memory, a power cut) leaves that event behind: the next run reads such a file in a
 * process of its own first (a real child JVM), rejects it if that process dies too and lands it if
 * not; a file that a second run died on is rejected, named with the runs. The good files next to it
 * land. The budget feed's landing step alone, on a real home; the dead runs are the {@code STARTED}
 * events they left, written by the registry as the landing writes them.
 */
class DeadRunLandingIntegrationTests {

    private static final String HEADER = "year;month;account;department;amount";
    private static final String KILLER = "budget_2025_20241215120000.csv";
    private static final String GOOD = "budget_2026_20251215120000.csv";

    @TempDir
    Path temporary;

    @Test
    void aFileOneRunDiedOnThatAProcessOfItsOwnReadsToItsEndLands() {
        // given a budget file that run 1 was landing when it died
        Inbox inbox = new Inbox(temporary);
        Path killer =
                inbox.deliverText("ledger", "budget", KILLER, HEADER, "2025;1;3000;;-1000,00", "2025;2;3000;;-1000,00");
        diedWhileLanding(inbox, killer, 1);

        // when the next run lands the feed
        LandingStepRun.Ended next = inbox.land(BudgetFeed.ID);

        // then a process of its own reads it to its end, and the file lands whole
        assertThat(next.status()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(next.runId()).isEqualTo(2);
        assertThat(inbox.landedFiles("ledger", "budget")).containsExactly(KILLER + "|2|2|0");
        assertThat(inbox.rejected("ledger")).isEmpty();
        assertThat(inbox.fileOutcomes(1, "ledger", "budget")).containsExactly("STARTED|1");
        assertThat(inbox.fileOutcomes(2, "ledger", "budget")).containsExactly("LANDED|1");
    }

    @Test
    void aFileThatKillsTheProcessReadingItIsRejectedOnTheNextRunWhileTheGoodFileNextToItLands() throws Exception {
        // given a budget file with a 48 MB line that run 1 died on, a good budget file next to it, and a trial heap of
        // 24 MiB, which the line exhausts (at HDO's heap, the bounds of a workbook or a line would)
        Inbox inbox = new Inbox(temporary);
        Path killer = inbox.deliverText("ledger", "budget", KILLER, HEADER, "2025;1;3000;;" + "1".repeat(48_000_000));
        inbox.deliverText("ledger", "budget", GOOD, HEADER, "2026;1;3000;;-980000,00", "2026;1;5000;100;380000,00");
        diedWhileLanding(inbox, killer, 1);

        // when the next run lands the feed, with the trial's heap set low and the bound on a text line lifted (a line
        // of more than 1 MiB is refused before it is read, TextDefectsLandingIntegrationTests: here the heap must be
        // what the line exhausts)
        LandingStepRun.Ended next;
        System.setProperty(ChildProcessFileTrial.MAX_HEAP_PROPERTY, "24m");
        System.setProperty(TextRecordSources.MAX_LINE_BYTES_PROPERTY, "100000000");
        try {
            next = inbox.land(BudgetFeed.ID);
        } finally {
            System.clearProperty(ChildProcessFileTrial.MAX_HEAP_PROPERTY);
            System.clearProperty(TextRecordSources.MAX_LINE_BYTES_PROPERTY);
        }

        // then the file is rejected at once with what killed the trial, and the good file lands
        assertThat(next.status()).isEqualTo(BatchStatus.COMPLETED);
        String reason = "run 1 died while landing this file (out of memory or killed), and a reading of it in a process"
                + " of its own died too (out of memory with a heap of 24 MiB); it is not tried again";
        assertThat(inbox.rejected("ledger")).containsExactly("budget|" + KILLER + "|" + reason);
        assertThat(inbox.landedFiles("ledger", "budget")).containsExactly(GOOD + "|2|2|0");
        assertThat(inbox.fileOutcomes(2, "ledger", "budget")).containsExactly("LANDED|1", "REJECTED|1");

        // when a third run sees the same inbox
        LandingStepRun.Ended third = inbox.land(BudgetFeed.ID);

        // then the rejection is remembered by name: nothing is read again
        assertThat(inbox.fileOutcomes(third.runId(), "ledger", "budget")).containsExactly("SKIPPED|2");
        assertThat(inbox.work("select reason from meta.file_event where run_id = " + third.runId()
                        + " and file_name = '" + KILLER + "'"))
                .containsExactly("rejected before: " + reason);
    }

    @Test
    void aFileTwoRunsDiedOnIsRejectedNamingTheRunsWhileTheGoodFileNextToItLands() {
        // given a budget file that runs 1 and 2 died while landing, and a good budget file next to it
        Inbox inbox = new Inbox(temporary);
        Path killer = inbox.deliverText("ledger", "budget", KILLER, HEADER, "2025;1;3000;;-1000,00");
        inbox.deliverText("ledger", "budget", GOOD, HEADER, "2026;1;3000;;-980000,00", "2026;1;5000;100;380000,00");
        diedWhileLanding(inbox, killer, 1);
        diedWhileLanding(inbox, killer, 2);

        // when the next run lands the feed
        LandingStepRun.Ended third = inbox.land(BudgetFeed.ID);

        // then the file is not tried again: it is rejected with the runs that died on it, and the good file lands
        assertThat(third.status()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(third.runId()).isEqualTo(3);
        assertThat(inbox.rejected("ledger"))
                .containsExactly("budget|" + KILLER
                        + "|runs 1, 2 died while landing this file (out of memory or killed); it is not tried again");
        assertThat(inbox.landedFiles("ledger", "budget")).containsExactly(GOOD + "|2|2|0");
        assertThat(inbox.fileOutcomes(3, "ledger", "budget")).containsExactly("LANDED|1", "REJECTED|1");

        // when a fourth run sees the same inbox
        LandingStepRun.Ended fourth = inbox.land(BudgetFeed.ID);

        // then the rejection is remembered by name and said once: both files are known, nothing is read again
        assertThat(fourth.status()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(inbox.fileOutcomes(fourth.runId(), "ledger", "budget")).containsExactly("SKIPPED|2");
        assertThat(inbox.work("select file_name, reason from meta.file_event where run_id = " + fourth.runId()
                        + " order by file_name"))
                .containsExactly(
                        KILLER
                                + "|rejected before: runs 1, 2 died while landing this file (out of memory or killed); it is not tried again",
                        GOOD + "|landed before");
        assertThat(inbox.landedFiles("ledger", "budget")).containsExactly(GOOD + "|2|2|0");
    }

    /** What a run that died while landing {@code file} leaves in the registry: the event written before the file was read. */
    private static void diedWhileLanding(Inbox inbox, Path file, long runId) {
        inbox.home.create();
        try (DuckDbDatabase warehouse = DuckDbDatabase.openReadWrite(inbox.home.workWarehouse())) {
            Migrations.apply(warehouse.jdbi());
            new LandingRegistry(warehouse.jdbi(), inbox.home.landing())
                    .registerStarted(
                            new DeliveredFile(
                                    BudgetFeed.ID,
                                    file,
                                    file.getFileName().toString(),
                                    size(file),
                                    NewFilesPartitioner.sha256(file),
                                    LocalDateTime.of(2024, 12, 15, 12, 0),
                                    "2025"),
                            runId);
        }
    }

    private static long size(Path file) {
        try {
            return java.nio.file.Files.size(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
