package no.hdo.dw.jobs.nightly;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

import no.hdo.dw.pipeline.landing.NewFilesPartitioner;
import no.hdo.dw.pipeline.turnus.PseudonymKey;
import no.hdo.dw.warehouse.Home;

/**
 * Runs the nightly job once in this process. A run that an earlier process left unfinished (killed,
 * crashed) is marked failed first; the new run then redoes what is missing, since every stage is
 * idempotent: files already landed are skipped, and the build and publication are made anew.
 */
public final class NightlyRun {

    private static final Logger log = LoggerFactory.getLogger(NightlyRun.class);

    private NightlyRun() {
    }

    /** The settings from the environment: {@code HDO_DW_PSEUDONYM_KEY}, {@code HDO_DW_MIN_PERSONS}. */
    public static RunReport run(Home home, Path inbox, LocalDate runDate) {
        return run(home, inbox, runDate, NightlyOptions.fromEnvironment(System.getenv()));
    }

    /** With this pseudonym key; the other settings from the environment. */
    public static RunReport run(Home home, Path inbox, LocalDate runDate, PseudonymKey pseudonymKey) {
        return run(home, inbox, runDate, NightlyOptions.fromEnvironment(System.getenv()).withPseudonymKey(pseudonymKey));
    }

    /**
     * Runs the nightly job. Refuses to start ({@link MissingPseudonymKeyException}) when the inbox
     * holds turnus files and no pseudonym key is given: personal data must never land unkeyed.
     */
    public static RunReport run(Home home, Path inbox, LocalDate runDate, NightlyOptions options) {
        if (options.pseudonymKey() == null && holdsPersonalData(inbox)) {
            throw new MissingPseudonymKeyException("the inbox holds turnus files (personal data) and no pseudonym key was given: set "
                    + PseudonymKey.ENVIRONMENT_VARIABLE + " or use --pseudonym-key-file FILE");
        }
        home.create();
        try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext()) {
            context.registerBean(Home.class, () -> home);
            context.registerBean(NightlyOptions.class, () -> options);
            if (options.pseudonymKey() != null) {
                context.registerBean(PseudonymKey.class, options::pseudonymKey);
            }
            context.register(NightlyJobConfiguration.class);
            context.refresh();
            // This process now holds the home's locks: finish a publication a dead run left half-swapped.
            no.hdo.dw.warehouse.Publisher.recover(home);
            JobRepository jobRepository = context.getBean(JobRepository.class);
            JobOperator jobOperator = context.getBean(JobOperator.class);
            Job job = context.getBean("nightlyJob", Job.class);
            long runNo = recoverUnfinished(jobRepository, jobOperator) + 1;
            JobParametersBuilder parameters = new JobParametersBuilder()
                    .addLocalDate(NightlyJobConfiguration.RUN_DATE, runDate)
                    .addLong("run.no", runNo)
                    .addString(NewFilesPartitioner.INBOX_PARAMETER, inbox.toAbsolutePath().toString(), false);
            log.info("Nightly run {} for {} from {}", runNo, runDate, inbox.toAbsolutePath());
            JobExecution execution = jobOperator.start(job, parameters.toJobParameters());
            RunReport report = context.getBean(RunReportListener.class).lastReport();
            if (report == null) {
                throw new IllegalStateException("the nightly job ended (" + execution.getStatus() + ") without a run report");
            }
            return report;
        } catch (org.springframework.batch.core.launch.JobExecutionAlreadyRunningException
                 | org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException
                 | org.springframework.batch.core.launch.JobRestartException
                 | org.springframework.batch.core.job.parameters.InvalidJobParametersException e) {
            throw new IllegalStateException("cannot start the nightly job: " + e.getMessage(), e);
        }
    }

    /** Whether the inbox holds a file (not hidden: uploads in progress are) of the turnus source. */
    static boolean holdsPersonalData(Path inbox) {
        Path turnus = inbox.resolve("turnus");
        if (!Files.isDirectory(turnus)) {
            return false;
        }
        try (Stream<Path> files = Files.walk(turnus)) {
            return files.anyMatch(path -> Files.isRegularFile(path) && !path.getFileName().toString().startsWith("."));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + turnus, e);
        }
    }

    /** Marks executions left running by a dead process as failed; returns the highest run number so far. */
    private static long recoverUnfinished(JobRepository jobRepository, JobOperator jobOperator) {
        // This process holds the job repository's only write lock, so no other run can be alive.
        List<JobInstance> instances = jobRepository.getJobInstances(NightlyJobConfiguration.JOB_NAME, 0, Integer.MAX_VALUE);
        long highest = 0;
        for (JobInstance instance : instances) {
            for (JobExecution execution : jobRepository.getJobExecutions(instance)) {
                Long runNo = execution.getJobParameters().getLong("run.no");
                highest = Math.max(highest, runNo == null ? 0 : runNo);
                if (execution.getStatus().isRunning() || execution.getStatus() == BatchStatus.UNKNOWN) {
                    log.warn("Run {} (execution {}) was left {} by a process that died; marking it failed",
                            runNo, execution.getId(), execution.getStatus());
                    jobOperator.recover(execution);
                }
            }
        }
        return highest;
    }
}
