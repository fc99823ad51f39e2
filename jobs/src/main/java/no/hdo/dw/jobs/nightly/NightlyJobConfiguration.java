package no.hdo.dw.jobs.nightly;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.hdo.dw.pipeline.BatchInfrastructureConfiguration;
import no.hdo.dw.pipeline.SourcesConfiguration;
import no.hdo.dw.pipeline.landing.BuildQuarantine;
import no.hdo.dw.pipeline.landing.FeedId;
import no.hdo.dw.pipeline.landing.FeedSpec;
import no.hdo.dw.pipeline.landing.InboxSurvey;
import no.hdo.dw.pipeline.landing.LandingRegistry;
import no.hdo.dw.pipeline.landing.LandingSteps;
import no.hdo.dw.pipeline.landing.RawViews;
import no.hdo.dw.pipeline.ledger.BudgetFeed;
import no.hdo.dw.pipeline.ledger.MappingFeed;
import no.hdo.dw.pipeline.ledger.ReceivablesFeed;
import no.hdo.dw.pipeline.ledger.SaftFeed;
import no.hdo.dw.pipeline.lifex.LifexTrackerFeed;
import no.hdo.dw.pipeline.medielogg.MedieloggAvailabilityFeed;
import no.hdo.dw.pipeline.medielogg.MedieloggCallsFeed;
import no.hdo.dw.pipeline.turnus.AbsencesFeed;
import no.hdo.dw.pipeline.turnus.EmployeesFeed;
import no.hdo.dw.pipeline.turnus.ShiftsFeed;
import no.hdo.dw.pipeline.video.BliksundFeed;
import no.hdo.dw.pipeline.video.SnlaFeed;
import no.hdo.dw.warehouse.BuildFingerprint;
import no.hdo.dw.warehouse.DataTests;
import no.hdo.dw.warehouse.Domains;
import no.hdo.dw.warehouse.DuckDbDatabase;
import no.hdo.dw.warehouse.Home;
import no.hdo.dw.warehouse.ModelBuild;
import no.hdo.dw.warehouse.MonthRange;
import no.hdo.dw.warehouse.Publisher;
import no.hdo.dw.warehouse.RawView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.builder.SimpleJobBuilder;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The nightly job: land every new file of every feed, build the star schemas from the landing
 * archive, run the data tests, publish. Every stage can run again: landing skips what is landed,
 * and the build and the publication are made anew from the archive each time.
 *
 * <p>The run's inputs are its job parameters ({@link NightlyParameters}), read by step-scoped beans
 * where they are used; each run is the next instance of the job, numbered by {@code RunIdIncrementer}.
 */
@Configuration
@Import({BatchInfrastructureConfiguration.class, SourcesConfiguration.class})
public class NightlyJobConfiguration {

    public static final String JOB_NAME = "nightly";

    /**
     * The feeds in the order they land and the run report lists them: the sources as the report
     * has grown (video, ledger, turnus, media log, LifeX), each source's feeds as its contract lists them.
     */
    public static final List<FeedId> FEEDS = List.of(
            BliksundFeed.ID,
            SnlaFeed.ID,
            SaftFeed.ID,
            BudgetFeed.ID,
            ReceivablesFeed.ID,
            MappingFeed.ID,
            EmployeesFeed.ID,
            ShiftsFeed.ID,
            AbsencesFeed.ID,
            MedieloggCallsFeed.ID,
            MedieloggAvailabilityFeed.ID,
            LifexTrackerFeed.ID);

    private static final Logger log = LoggerFactory.getLogger(NightlyRun.class);

    /** The job's execution context entry: the run whose build and publication stand, on a night with nothing new. */
    static final String UNCHANGED_SINCE_RUN = "unchangedSinceRun";

    /** The job's execution context entry: what tonight's build did (full or incremental; built, merged, kept). */
    static final String BUILD_SUMMARY = "buildSummary";

    static String buildSummary(org.springframework.batch.core.job.JobExecution jobExecution) {
        var context = jobExecution.getExecutionContext();
        return context.containsKey(BUILD_SUMMARY) ? context.getString(BUILD_SUMMARY) : null;
    }

    /** The job's execution context entry: the fingerprint of tonight's full build (inputs, day models). */
    static final String BUILD_FINGERPRINT = "buildFingerprint";

    /** The job execution a step's tasklet runs in: where the steps of a night pass each other what they found. */
    private static org.springframework.batch.core.job.JobExecution jobExecution(
            org.springframework.batch.core.scope.context.ChunkContext chunkContext) {
        return chunkContext.getStepContext().getStepExecution().getJobExecution();
    }

    private static org.springframework.batch.infrastructure.item.ExecutionContext jobContext(
            org.springframework.batch.core.scope.context.ChunkContext chunkContext) {
        return jobExecution(chunkContext).getExecutionContext();
    }

    static Long unchangedSinceRun(org.springframework.batch.core.scope.context.ChunkContext chunkContext) {
        return unchangedSinceRun(jobExecution(chunkContext));
    }

    static Long unchangedSinceRun(org.springframework.batch.core.job.JobExecution jobExecution) {
        var context = jobExecution.getExecutionContext();
        return context.containsKey(UNCHANGED_SINCE_RUN) ? context.getLong(UNCHANGED_SINCE_RUN) : null;
    }

    /** The job's execution context entry: the domains the data tests hold back, each with its reason. */
    static final String HELD_BACK_DOMAINS = "heldBackDomains";

    @SuppressWarnings("unchecked")
    static Map<String, String> heldBackDomains(org.springframework.batch.core.job.JobExecution jobExecution) {
        Object held = jobExecution.getExecutionContext().get(HELD_BACK_DOMAINS);
        return held == null ? Map.of() : (Map<String, String>) held;
    }

    @Bean
    public Job nightlyJob(
            JobRepository jobRepository,
            LandingSteps landingSteps,
            List<FeedSpec<?, ?>> feeds,
            Step inboxStep,
            Step buildStep,
            Step testStep,
            Step publishStep,
            JobExecutionListener runInputsListener,
            RunReportListener runReportListener,
            NightlyParameters parameters) {
        // First what the inbox holds outside the feeds (not taken), then the feeds' landing steps in FEEDS order.
        List<Step> steps = new java.util.ArrayList<>(List.of(inboxStep));
        for (FeedSpec<?, ?> feed : inFeedOrder(feeds)) {
            steps.add(landingSteps.landingStep(feed));
        }
        steps.addAll(List.of(buildStep, testStep, publishStep));
        NightlyProgress.register(steps);
        SimpleJobBuilder job = new JobBuilder(JOB_NAME, jobRepository)
                .incrementer(parameters.incrementer())
                .start(steps.get(0));
        for (Step step : steps.subList(1, steps.size())) {
            job = job.next(step);
        }
        return job.listener(runInputsListener).listener(runReportListener).build();
    }

    /** The configured feeds in the order of {@link #FEEDS}; a feed missing there, or configured twice, stops the start. */
    static List<FeedSpec<?, ?>> inFeedOrder(List<FeedSpec<?, ?>> feeds) {
        Map<FeedId, FeedSpec<?, ?>> byId = new HashMap<>();
        for (FeedSpec<?, ?> feed : feeds) {
            if (!FEEDS.contains(feed.id())) {
                throw new IllegalStateException(
                        "the feed " + feed.id() + " is configured but not in NightlyJobConfiguration.FEEDS");
            }
            if (byId.put(feed.id(), feed) != null) {
                throw new IllegalStateException("the feed " + feed.id() + " is configured twice");
            }
        }
        List<FeedSpec<?, ?>> ordered = new ArrayList<>();
        for (FeedId id : FEEDS) {
            FeedSpec<?, ?> feed = byId.get(id);
            if (feed == null) {
                throw new IllegalStateException(
                        "the feed " + id + " is in NightlyJobConfiguration.FEEDS but not configured");
            }
            ordered.add(feed);
        }
        return ordered;
    }

    /** Everything in the inbox that no feed takes is registered as not taken, with its reason (run report, exit 3). */
    @Bean
    public Step inboxStep(
            JobRepository jobRepository, PlatformTransactionManager transactionManager, Tasklet inboxTasklet) {
        return new StepBuilder("inboxStep", jobRepository)
                .tasklet(inboxTasklet, transactionManager)
                .build();
    }

    @Bean
    @StepScope
    public Tasklet inboxTasklet(
            List<FeedSpec<?, ?>> feeds,
            LandingRegistry landingRegistry,
            @Value("#{jobParameters['" + NightlyParameters.RUN_ID + "']}") long runId,
            @Value("#{jobParameters['" + NightlyParameters.INBOX + "']}") String inbox) {
        InboxSurvey survey = new InboxSurvey(feeds.stream().map(FeedSpec::id).toList());
        return (contribution, chunkContext) -> {
            for (InboxSurvey.NotTaken entry : survey.notTaken(Path.of(inbox))) {
                landingRegistry.registerNotTaken(entry.source(), entry.feed(), entry.path(), entry.reason(), runId);
                log.warn("Not taken: {}: {}", entry.path(), entry.reason());
            }
            return RepeatStatus.FINISHED;
        };
    }

    @Bean
    public Step buildStep(
            JobRepository jobRepository, PlatformTransactionManager transactionManager, Tasklet buildTasklet) {
        return new StepBuilder("buildStep", jobRepository)
                .tasklet(buildTasklet, transactionManager)
                .build();
    }

    @Bean
    @StepScope
    public Tasklet buildTasklet(
            DuckDbDatabase workWarehouse,
            List<FeedSpec<?, ?>> feeds,
            LandingRegistry landingRegistry,
            @Value("#{jobParameters['" + NightlyParameters.RUN_ID + "']}") long runId,
            @Value("#{jobParameters['" + NightlyParameters.RUN_DATE + "']}") LocalDate runDate,
            @Value("#{jobParameters['" + NightlyParameters.MIN_PERSONS + "']}") long minPersons,
            @Value("#{jobParameters['" + NightlyParameters.FULL_REFRESH + "'] ?: 'false'}") boolean fullRefresh,
            @Value("#{jobParameters['" + NightlyParameters.REBUILD_MONTHS + "']}") String rebuildMonths,
            Home home) {
        return (contribution, chunkContext) -> {
            List<RawView> rawViews = RawViews.views(feeds, landingRegistry);
            ModelBuild.Refresh refresh = fullRefresh ? ModelBuild.Refresh.FULL : ModelBuild.Refresh.INCREMENTAL;
            Map<String, Object> variables = Map.of("min_persons", minPersons);
            var context = jobContext(chunkContext);
            String inputs = BuildFingerprint.inputs(workWarehouse.jdbi(), rawViews, variables);
            Optional<Map.Entry<Long, BuildFingerprint>> last = BuildFingerprint.lastPublished(workWarehouse.jdbi());
            MonthRange months = rebuildMonths == null ? null : MonthRange.parse(rebuildMonths);
            if (refresh == ModelBuild.Refresh.INCREMENTAL
                    && months == null
                    && last.isPresent()
                    && last.get().getValue().inputs().equals(inputs)
                    && Files.exists(home.published())) {
                // the same inputs as the last published build: only the day can have changed what it makes
                BuildFingerprint.rebuildTheDay(workWarehouse.jdbi(), runDate);
                if (BuildFingerprint.digestOfTheDay(workWarehouse.jdbi())
                        .equals(last.get().getValue().dayModels())) {
                    log.info(
                            "Nothing new since run {}: its build and publication stand; the models, the tests and"
                                    + " the publication are skipped (the feeds' freshness is brought to today)",
                            last.get().getKey());
                    context.putLong(UNCHANGED_SINCE_RUN, last.get().getKey());
                    return RepeatStatus.FINISHED;
                }
            }
            ModelBuild.Summary built =
                    ModelBuild.run(workWarehouse.jdbi(), runDate, rawViews, variables, refresh, months, runId);
            context.putString(BUILD_SUMMARY, built.describe());
            // Checks across records and feeds (int_<source>__quarantined) go to the quarantine like the landing's own.
            BuildQuarantine.record(workWarehouse.jdbi(), runId);
            // the inputs as the next night will find them, the build's own quarantine included
            context.put(BUILD_FINGERPRINT, new String[] {
                BuildFingerprint.inputs(workWarehouse.jdbi(), rawViews, variables),
                BuildFingerprint.digestOfTheDay(workWarehouse.jdbi())
            });
            return RepeatStatus.FINISHED;
        };
    }

    @Bean
    public Step testStep(
            JobRepository jobRepository, PlatformTransactionManager transactionManager, DuckDbDatabase workWarehouse) {
        return new StepBuilder("testStep", jobRepository)
                .tasklet(
                        (contribution, chunkContext) -> {
                            if (unchangedSinceRun(chunkContext) != null) {
                                return RepeatStatus.FINISHED;
                            }
                            List<DataTests.Failure> failures = DataTests.run(workWarehouse.jdbi());
                            if (!failures.isEmpty()) {
                                // a failed test stops only its domain (and what reads it), unless nothing is left
                                Map<String, String> heldBack = Domains.heldBackFor(failures)
                                        .orElseThrow(() -> new DataTestsFailedException(failures));
                                log.warn(
                                        "Holding back {}: {}",
                                        heldBack.keySet(),
                                        failures.stream()
                                                .map(DataTests.Failure::describe)
                                                .toList());
                                jobContext(chunkContext).put(HELD_BACK_DOMAINS, new LinkedHashMap<>(heldBack));
                            }
                            return RepeatStatus.FINISHED;
                        },
                        transactionManager)
                .build();
    }

    @Bean
    public Step publishStep(
            JobRepository jobRepository, PlatformTransactionManager transactionManager, Tasklet publishTasklet) {
        return new StepBuilder("publishStep", jobRepository)
                .tasklet(publishTasklet, transactionManager)
                .build();
    }

    @Bean
    @StepScope
    public Tasklet publishTasklet(
            DuckDbDatabase workWarehouse,
            Home home,
            @Value("#{jobParameters['" + NightlyParameters.RUN_ID + "']}") long runId,
            @Value("#{jobParameters['" + NightlyParameters.RUN_DATE + "']}") LocalDate runDate,
            @Value("#{jobParameters['" + NightlyParameters.FULL_REFRESH + "'] ?: 'false'}") boolean fullRefresh) {
        return (contribution, chunkContext) -> {
            if (unchangedSinceRun(chunkContext) != null) {
                return RepeatStatus.FINISHED;
            }
            var jobExecution = jobExecution(chunkContext);
            Map<String, String> heldBack = heldBackDomains(jobExecution);
            // a full refresh computes every published table again too
            Publisher.publish(workWarehouse.jdbi(), home, runId, runDate, heldBack, !fullRefresh);
            String[] fingerprint = (String[]) jobExecution.getExecutionContext().get(BUILD_FINGERPRINT);
            if (fingerprint != null && heldBack.isEmpty()) {
                // a later night with the same inputs may stand on this publication
                new BuildFingerprint(fingerprint[0], fingerprint[1]).record(workWarehouse.jdbi(), runId, runDate);
            }
            return RepeatStatus.FINISHED;
        };
    }

    /** Says which run starts, and caps DuckDB's memory as the run asks, before the first step. */
    @Bean
    public JobExecutionListener runInputsListener(DuckDbDatabase workWarehouse) {
        return new JobExecutionListener() {
            @Override
            public void beforeJob(JobExecution jobExecution) {
                var parameters = jobExecution.getJobParameters();
                String givenLimit = parameters.getString(NightlyParameters.DUCKDB_MEMORY_LIMIT);
                String memoryLimit = givenLimit != null ? givenLimit : DuckDbDatabase.defaultMemoryLimit();
                workWarehouse.limitMemory(memoryLimit);
                log.info(
                        "Nightly run {} for {} from {} (DuckDB memory limit {}{})",
                        parameters.getLong(NightlyParameters.RUN_ID),
                        parameters.getLocalDate(NightlyParameters.RUN_DATE),
                        parameters.getString(NightlyParameters.INBOX),
                        memoryLimit,
                        givenLimit != null ? "" : ", from the machine's memory");
            }
        };
    }

    @Bean
    public RunReportListener runReportListener(DuckDbDatabase workWarehouse, Home home, List<FeedSpec<?, ?>> feeds) {
        return new RunReportListener(
                workWarehouse.jdbi(),
                home,
                inFeedOrder(feeds).stream().map(FeedSpec::id).toList());
    }
}
