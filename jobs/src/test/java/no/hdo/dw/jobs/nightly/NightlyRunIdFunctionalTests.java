package no.hdo.dw.jobs.nightly;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import no.hdo.dw.jobs.support.Inboxes;
import no.hdo.dw.jobs.support.WarehouseRows;
import no.hdo.dw.warehouse.Home;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run has one id, given by the job's {@code RunIdIncrementer}: the same in the job repository,
 * the run report ({@code runs/run-<n>.json} and {@code meta}), the landing registry and the
 * publication, whatever ids the job repository gives its instances.
 */
class NightlyRunIdFunctionalTests {

    private static final String CALL =
            "{\"callId\":\"%s\",\"start\":\"2026-02-0%dT10:00:00+01:00\",\"end\":\"2026-02-0%dT10:07:00+01:00\","
                    + "\"centre\":\"AMK Oslo\",\"status\":\"COMPLETED\",\"participants\":2}\n";

    @TempDir
    Path temporary;

    @Test
    void theSecondRunIsRunTwoEverywhereThoughItsJobInstanceHasAnotherId() throws IOException {
        // given a home after its first run
        Home home = new Home(temporary.resolve("home"));
        Path inbox = temporary.resolve("inbox");
        deliverBliksund(inbox, "20260202020000", "b-1", 1);
        // (on 5 February the deliveries of 2 and 3 February are fresh: exit 0)
        RunReport first = NightlyRun.run(home, inbox, LocalDate.of(2026, 2, 5));
        assertThat(first.runId()).isEqualTo(1);
        // and a job repository whose instance ids have moved on (as another job's instances would move them)
        for (int i = 0; i < 10; i++) {
            WarehouseRows.jobRepository(home, "select next value for BATCH_JOB_INSTANCE_SEQ");
        }

        // when the next run lands a new file
        deliverBliksund(inbox, "20260203020000", "b-2", 2);
        RunReport second = NightlyRun.run(home, inbox, LocalDate.of(2026, 2, 5));

        // then it is run 2 in its report, its JSON file, meta and the publication
        assertThat(second.runId()).isEqualTo(2);
        Path json = home.runReports().resolve("run-2.json");
        assertThat(new ObjectMapper().readTree(json.toFile()).get("runId").asLong())
                .isEqualTo(2);
        // (handed over: no later run reports it again)
        assertThat(home.runReports().resolve("run-2.unseen")).doesNotExist();
        assertThat(WarehouseRows.work(home, "select run_id, exit_code from meta.run_report order by run_id"))
                .containsExactly("1|0", "2|0");
        assertThat(WarehouseRows.work(home, """
                select run_id, file_name, outcome from meta.file_event where source = 'video' and feed = 'bliksund' order by run_id, file_name"""))
                .containsExactly(
                        "1|bliksund_20260202020000.jsonl|LANDED",
                        "2|bliksund_20260202020000.jsonl|SKIPPED",
                        "2|bliksund_20260203020000.jsonl|LANDED");
        assertThat(WarehouseRows.work(
                        home, "select run_id from meta.landed_file where file_name = 'bliksund_20260203020000.jsonl'"))
                .containsExactly("2");
        assertThat(WarehouseRows.published(home, "select run_id from bi.bi_publication"))
                .containsExactly("2");
        // and the job repository holds run 2 as the run.id parameter of a job instance with another id
        List<String> repository = WarehouseRows.jobRepository(home, """
                select instance.job_instance_id, parameter.parameter_value
                  from batch_job_instance as instance
                  join batch_job_execution as execution on execution.job_instance_id = instance.job_instance_id
                  join batch_job_execution_params as parameter on parameter.job_execution_id = execution.job_execution_id
                 where parameter.parameter_name = 'run.id'
                 order by instance.job_instance_id""");
        assertThat(repository).hasSize(2).first().isEqualTo("1|1");
        assertThat(repository.get(1)).endsWith("|2").isNotEqualTo("2|2");
    }

    private static void deliverBliksund(Path inbox, String stamp, String callId, int day) {
        Inboxes.deliver(
                inbox,
                "video",
                "bliksund",
                "bliksund_" + stamp + ".jsonl",
                CALL.formatted(callId, day, day).getBytes(StandardCharsets.UTF_8));
    }
}
