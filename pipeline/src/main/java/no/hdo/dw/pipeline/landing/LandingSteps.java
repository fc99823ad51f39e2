package no.hdo.dw.pipeline.landing;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Builds a feed's landing step: a manager step that makes one partition per new file, and a
 * chunk-oriented worker step (reader, the feed's validator, the Parquet writer) that lands it.
 */
public final class LandingSteps {

    private static final int CHUNK_SIZE = 10_000;

    private final JobRepository jobRepository;
    private final PlatformTransactionManager transactionManager;
    private final LandingRegistry registry;
    private final LandingArchive archive;
    private final FileTrial trial;

    public LandingSteps(
            JobRepository jobRepository,
            PlatformTransactionManager transactionManager,
            LandingRegistry registry,
            LandingArchive archive,
            FileTrial trial) {
        this.jobRepository = jobRepository;
        this.transactionManager = transactionManager;
        this.registry = registry;
        this.archive = archive;
        this.trial = trial;
    }

    /** A record that could not be read is quarantined with its problem, without its text (it may hold personal data). */
    static <R, T>
            org.springframework.batch.infrastructure.item.ItemProcessor<SourceRecord<R>, Checked<T>> unreadableFirst(
                    org.springframework.batch.infrastructure.item.ItemProcessor<SourceRecord<R>, Checked<T>>
                            validator) {
        return record -> record.problem() != null
                ? Checked.rejected(record.recordNo(), null, null, record.problem())
                : validator.process(record);
    }

    /** {@code <feed>LandingStep}, with {@code <feed>FileLandingStep} as its worker. */
    public <R, T> Step landingStep(FeedSpec<R, T> spec) {
        String feed = spec.id().feed();
        FileLanding<R, T> landing = new FileLanding<>(spec, registry, archive);
        Step worker = new StepBuilder(feed + "FileLandingStep", jobRepository)
                .<SourceRecord<R>, Checked<T>>chunk(CHUNK_SIZE)
                .transactionManager(transactionManager)
                .reader(landing)
                .processor(landing.guarded(unreadableFirst(spec.validator())))
                .writer(landing.writer())
                .build();
        NewFilesPartitioner partitioner = new NewFilesPartitioner(spec, registry, archive, trial);
        return new StepBuilder(feed + "LandingStep", jobRepository)
                .partitioner(worker.getName(), partitioner)
                .step(worker)
                .listener(partitioner)
                .build();
    }
}
