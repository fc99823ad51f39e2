package no.hdo.dw.pipeline.landing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import no.hdo.dw.pipeline.ledger.BudgetFeed;
import no.hdo.dw.pipeline.support.Inbox;
import no.hdo.dw.warehouse.DuckDbDatabase;
import no.hdo.dw.warehouse.Migrations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * A file that the run listed and that is gone when its turn comes (an operator took a bad file out of
 * the inbox while the night went on, an upload tool renamed it): the landing of that file, as its
 * partition hands it over, says it is not taken and why, instead of failing the feed's step and with it
 * the night. Before, the step failed and nothing was published (exit 1, "Partition handler returned an
 * unsuccessful step; /path/of/the/file").
 */
class GoneFileLandingIntegrationTests {

    @TempDir
    Path temporary;

    @Test
    void aFileGoneWhenItsTurnComesIsNotTakenWithItsReasonAndNoStartedEventIsLeft() throws IOException {
        // given a budget file as the partitioner of run 1 handed it to its landing, and then removed from the inbox
        Inbox inbox = new Inbox(temporary);
        Path file = inbox.deliverText(
                "ledger",
                "budget",
                "budget_2025_20241215120000.csv",
                "year;month;account;department;amount",
                "2025;1;3000;;-1,00");
        ExecutionContext partition = new ExecutionContext();
        partition.putString(NewFilesPartitioner.PATH, file.toAbsolutePath().toString());
        partition.putString(NewFilesPartitioner.SHA256, NewFilesPartitioner.sha256(file));
        partition.putLong(NewFilesPartitioner.SIZE, Files.size(file));
        partition.putLong(NewFilesPartitioner.RUN_ID, 1);
        Files.delete(file);
        inbox.home.create();

        // when its landing runs
        try (DuckDbDatabase warehouse = DuckDbDatabase.openReadWrite(inbox.home.workWarehouse())) {
            Migrations.apply(warehouse.jdbi());
            FileLanding<?, ?> landing = new FileLanding<>(
                    new BudgetFeed(),
                    new LandingRegistry(warehouse.jdbi(), inbox.home.landing()),
                    new LandingArchive(inbox.home.landing()));
            landing.open(partition);
            assertThat(landing.read()).isNull();
            landing.close();
        }

        // then the run's word on it is "not taken", with its path under the inbox and the reason, and the run left
        // no STARTED event (the next run would take it for a file the run died on)
        assertThat(inbox.work("select run_id, outcome, source, feed, file_name, reason from meta.file_event"))
                .containsExactly("1|NOT_TAKEN|ledger|budget|ledger/budget/budget_2025_20241215120000.csv|the file was"
                        + " gone when its turn came (removed or renamed while the run went on): nothing of it is"
                        + " landed; a later run takes it should it come back");
        assertThat(inbox.work("select count(*) from meta.landed_file")).containsExactly("0");
        assertThat(inbox.work("select count(*) from meta.rejected_file")).containsExactly("0");

        // when the file comes back and the next run lands the feed
        inbox.deliverText(
                "ledger",
                "budget",
                "budget_2025_20241215120000.csv",
                "year;month;account;department;amount",
                "2025;1;3000;;-1,00");
        long next = inbox.land(BudgetFeed.ID).runId();

        // then it lands as any new delivery
        assertThat(inbox.fileOutcomes(next, "ledger", "budget")).containsExactly("LANDED|1");
    }
}
