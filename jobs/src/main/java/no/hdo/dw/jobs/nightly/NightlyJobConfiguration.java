package no.hdo.dw.jobs.nightly;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.builder.SimpleJobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.PlatformTransactionManager;

import no.hdo.dw.jobs.BatchInfrastructureConfiguration;
import no.hdo.dw.pipeline.landing.BuildQuarantine;
import no.hdo.dw.pipeline.landing.FeedSpec;
import no.hdo.dw.pipeline.landing.InboxSurvey;
import no.hdo.dw.pipeline.landing.NewFilesPartitioner;
import no.hdo.dw.pipeline.landing.LandingRegistry;
import no.hdo.dw.pipeline.landing.RawViews;
import no.hdo.dw.pipeline.ledger.LedgerJobConfiguration;
import no.hdo.dw.pipeline.lifex.LifexJobConfiguration;
import no.hdo.dw.pipeline.medielogg.MedieloggJobConfiguration;
import no.hdo.dw.pipeline.turnus.TurnusJobConfiguration;
import no.hdo.dw.pipeline.video.VideoJobConfiguration;
import no.hdo.dw.warehouse.DataTests;
import no.hdo.dw.warehouse.DuckDbDatabase;
import no.hdo.dw.warehouse.Home;
import no.hdo.dw.warehouse.ModelBuild;
import no.hdo.dw.warehouse.Publisher;

/**
 * The nightly job: land every new file of every feed, build the star schemas from the landing
 * archive, run the data tests, publish. Every stage can run again: landing skips what is landed,
 * and the build and the publication are made anew from the archive each time.
 */
@Configuration
@Import({BatchInfrastructureConfiguration.class, VideoJobConfiguration.class, LedgerJobConfiguration.class,
        TurnusJobConfiguration.class, MedieloggJobConfiguration.class, LifexJobConfiguration.class})
public class NightlyJobConfiguration {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(NightlyJobConfiguration.class);

    public static final String JOB_NAME = "nightly";
    public static final String RUN_DATE = "run.date";
    @Bean
    public Job nightlyJob(JobRepository jobRepository, Map<String, Step> steps, Step inboxStep, Step buildStep, Step testStep,
            Step publishStep, RunReportListener runReportListener) {
        // The landing steps of every source, in a fixed order: one per feed, named <feed>LandingStep.
        Map<String, Step> landingSteps = new TreeMap<>();
        steps.forEach((name, step) -> {
            if (name.endsWith("LandingStep")) {
                landingSteps.put(name, step);
            }
        });
        if (landingSteps.isEmpty()) {
            throw new IllegalStateException("no landing steps are configured");
        }
        SimpleJobBuilder job = new JobBuilder(JOB_NAME, jobRepository).start(inboxStep);
        for (Step landingStep : landingSteps.values()) {
            job = job.next(landingStep);
        }
        return job.next(buildStep).next(testStep).next(publishStep).listener(runReportListener).build();
    }

    /** Everything in the inbox that no feed takes is registered as not taken, with its reason (run report, exit 3). */
    @Bean
    public Step inboxStep(JobRepository jobRepository, PlatformTransactionManager transactionManager, List<FeedSpec<?, ?>> feeds,
            LandingRegistry landingRegistry) {
        InboxSurvey survey = new InboxSurvey(feeds.stream().map(FeedSpec::id).toList());
        return new StepBuilder("inboxStep", jobRepository).tasklet((contribution, chunkContext) -> {
            var stepExecution = chunkContext.getStepContext().getStepExecution();
            java.nio.file.Path inbox = java.nio.file.Path.of(stepExecution.getJobParameters().getString(NewFilesPartitioner.INBOX_PARAMETER));
            long runId = stepExecution.getJobExecution().getJobInstance().getInstanceId();
            for (InboxSurvey.NotTaken entry : survey.notTaken(inbox)) {
                landingRegistry.registerNotTaken(entry.source(), entry.feed(), entry.path(), entry.reason(), runId);
                log.warn("Not taken: {}: {}", entry.path(), entry.reason());
            }
            return RepeatStatus.FINISHED;
        }, transactionManager).build();
    }

    @Bean
    public Step buildStep(JobRepository jobRepository, PlatformTransactionManager transactionManager, DuckDbDatabase workWarehouse,
            List<FeedSpec<?, ?>> feeds, LandingRegistry landingRegistry, org.springframework.beans.factory.ObjectProvider<NightlyOptions> options) {
        return new StepBuilder("buildStep", jobRepository).tasklet((contribution, chunkContext) -> {
            var stepExecution = chunkContext.getStepContext().getStepExecution();
            LocalDate runDate = stepExecution.getJobParameters().getLocalDate(RUN_DATE);
            int minPersons = options.getIfAvailable(() -> new NightlyOptions(null, NightlyOptions.DEFAULT_MIN_PERSONS)).minPersons();
            ModelBuild.run(workWarehouse.jdbi(), runDate, RawViews.statements(feeds, landingRegistry), Map.of("min_persons", minPersons));
            // Checks across records and feeds (int_<source>__quarantined) go to the quarantine like the landing's own.
            BuildQuarantine.record(workWarehouse.jdbi(), stepExecution.getJobExecution().getJobInstance().getInstanceId());
            return RepeatStatus.FINISHED;
        }, transactionManager).build();
    }

    @Bean
    public Step testStep(JobRepository jobRepository, PlatformTransactionManager transactionManager, DuckDbDatabase workWarehouse) {
        return new StepBuilder("testStep", jobRepository).tasklet((contribution, chunkContext) -> {
            List<DataTests.Failure> failures = DataTests.run(workWarehouse.jdbi());
            if (!failures.isEmpty()) {
                throw new DataTestsFailedException(failures);
            }
            return RepeatStatus.FINISHED;
        }, transactionManager).build();
    }

    @Bean
    public Step publishStep(JobRepository jobRepository, PlatformTransactionManager transactionManager, DuckDbDatabase workWarehouse,
            Home home) {
        return new StepBuilder("publishStep", jobRepository).tasklet((contribution, chunkContext) -> {
            var stepExecution = chunkContext.getStepContext().getStepExecution();
            Publisher.publish(workWarehouse.jdbi(), home, stepExecution.getJobExecution().getJobInstance().getInstanceId(),
                    stepExecution.getJobParameters().getLocalDate(RUN_DATE));
            return RepeatStatus.FINISHED;
        }, transactionManager).build();
    }

    @Bean
    public RunReportListener runReportListener(DuckDbDatabase workWarehouse, Home home, List<FeedSpec<?, ?>> feeds) {
        return new RunReportListener(workWarehouse.jdbi(), home, feeds.stream().map(FeedSpec::id).toList());
    }
}
