package no.hdo.dw.pipeline.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import no.hdo.dw.pipeline.BatchInfrastructureConfiguration;
import no.hdo.dw.pipeline.SourcesConfiguration;
import no.hdo.dw.pipeline.landing.FeedId;
import no.hdo.dw.pipeline.landing.FeedSpec;
import no.hdo.dw.pipeline.landing.LandingSteps;
import no.hdo.dw.pipeline.landing.NewFilesPartitioner;
import no.hdo.dw.pipeline.turnus.PseudonymKey;
import no.hdo.dw.pipeline.turnus.TurnusJobConfiguration;
import no.hdo.dw.warehouse.DuckDbDatabase;
import no.hdo.dw.warehouse.Home;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * Runs one feed's landing step ({@code <feed>LandingStep}, as {@link LandingSteps} makes it for the
 * nightly job) on an inbox and a home, with Spring Batch's {@link JobOperatorTestUtils#startStep}:
 * the files are partitioned, read, validated, written to the landing archive and registered in
 * {@code meta} of the home's work warehouse (a real DuckDB file), with the job repository in the
 * home as in a nightly run; no model build, no data tests, no publication. What landed is read back
 * with {@link LandedRows} once the step has ended.
 *
 * <p>Every call has a context of its own, closed before it returns, so the home's DuckDB files are
 * free for reading; calling it again on the same home is the next night for that feed (files landed
 * before are skipped as known, a changed file is rejected), with the next run id.
 */
public final class LandingStepRun {

    /** The pseudonym key of the landing tests: long and distinctive, so a search of a home's bytes for it means something. */
    public static final String KEY_TEXT = "landing-test-key-5d2e8a61-ONLY-IN-MEMORY";

    public static final PseudonymKey KEY = PseudonymKey.of(KEY_TEXT, "the landing tests");

    private LandingStepRun() {}

    /** What a landing step run ended with, and the run id it registered its files under. */
    public record Ended(BatchStatus status, long runId, String exitDescription) {}

    /**
     * Lands the new files of {@code <inbox>/<source>/<feed>/} with the feed's landing step, under
     * {@link #KEY} (given to the step as the nightly run gives its key: the source of the key, here a
     * file next to the inbox, never the key itself).
     */
    public static Ended land(Home home, Path inbox, FeedId feed) {
        Path keyFile = inbox.toAbsolutePath().resolveSibling(".landing-test.key");
        try {
            Files.writeString(keyFile, KEY_TEXT, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return land(home, inbox, feed, PseudonymKey.fileSource(keyFile));
    }

    /** As {@link #land(Home, Path, FeedId)}, with this key source ({@link PseudonymKey#NO_SOURCE}: turnus records cannot land). */
    public static Ended land(Home home, Path inbox, FeedId feed, String pseudonymKeySource) {
        home.create();
        try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext()) {
            context.registerBean(Home.class, () -> home);
            context.register(LandingConfiguration.class);
            context.refresh();
            FeedSpec<?, ?> spec = context.getBeansOfType(FeedSpec.class).values().stream()
                    .filter(candidate -> candidate.id().equals(feed))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no feed " + feed + " is configured"));
            Step step = context.getBean(LandingSteps.class).landingStep(spec);
            long runId = context.getBean("workWarehouse", DuckDbDatabase.class)
                    .jdbi()
                    .withHandle(handle -> handle.createQuery("select coalesce(max(run_id), 0) + 1 from meta.file_event")
                            .mapTo(Long.class)
                            .one());
            JobOperatorTestUtils steps =
                    new JobOperatorTestUtils(context.getBean(JobOperator.class), context.getBean(JobRepository.class));
            JobParameters parameters = new JobParametersBuilder(steps.getUniqueJobParameters())
                    .addString(
                            NewFilesPartitioner.INBOX_PARAMETER,
                            inbox.toAbsolutePath().toString(),
                            false)
                    .addLong(NewFilesPartitioner.RUN_ID_PARAMETER, runId)
                    .addString(TurnusJobConfiguration.PSEUDONYM_KEY_SOURCE_PARAMETER, pseudonymKeySource, false)
                    .toJobParameters();
            JobExecution execution = steps.startStep(step, parameters, new ExecutionContext());
            return new Ended(
                    execution.getStatus(), runId, execution.getExitStatus().getExitDescription());
        }
    }

    /** The batch infrastructure of a nightly run and every source's feeds, as the nightly job imports them. */
    @Configuration
    @Import({BatchInfrastructureConfiguration.class, SourcesConfiguration.class})
    static class LandingConfiguration {}
}
