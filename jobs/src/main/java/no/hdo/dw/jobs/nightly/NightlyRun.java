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
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

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

    /** A run of {@code inbox} on {@code runDate} with the defaults ({@link NightlyParameters#of}). */
    public static RunReport run(Home home, Path inbox, LocalDate runDate) {
        return run(home, NightlyParameters.of(inbox, runDate));
    }

    /**
     * Runs the nightly job as the next run of {@code home}. Refuses to start
     * ({@link MissingPseudonymKeyException}) when the inbox holds turnus files and the parameters
     * name no pseudonym key: personal data must never land unkeyed. A key source that names an
     * unusable key refuses here too, before anything is written.
     */
    public static RunReport run(Home home, NightlyParameters parameters) {
        boolean hasKey = PseudonymKey.fromSource(parameters.pseudonymKeySource(), System.getenv()).isPresent();
        if (!hasKey && holdsPersonalData(parameters.inbox())) {
            throw new MissingPseudonymKeyException("the inbox holds turnus files (personal data) and no pseudonym key was given: set "
                    + PseudonymKey.ENVIRONMENT_VARIABLE + " or use --pseudonym-key-file FILE");
        }
        home.create();
        try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext()) {
            context.registerBean(Home.class, () -> home);
            // Read by nothing but the job's incrementer, which makes them the run's job parameters.
            context.registerBean(NightlyParameters.class, () -> parameters);
            context.register(NightlyJobConfiguration.class);
            context.refresh();
            // This process now holds the home's locks: finish a publication a dead run left half-swapped.
            no.hdo.dw.warehouse.Publisher.recover(home);
            JobRepository jobRepository = context.getBean(JobRepository.class);
            JobOperator jobOperator = context.getBean(JobOperator.class);
            Job job = context.getBean("nightlyJob", Job.class);
            recoverUnfinished(jobRepository, jobOperator);
            JobExecution execution = jobOperator.startNextInstance(job);
            RunReport report = context.getBean(RunReportListener.class).lastReport();
            if (report == null) {
                throw new IllegalStateException("the nightly job ended (" + execution.getStatus() + ") without a run report");
            }
            return report;
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

    /** Marks executions left running by a dead process as failed, so that the next run can start. */
    private static void recoverUnfinished(JobRepository jobRepository, JobOperator jobOperator) {
        // This process holds the job repository's only write lock, so no other run can be alive.
        List<JobInstance> instances = jobRepository.getJobInstances(NightlyJobConfiguration.JOB_NAME, 0, Integer.MAX_VALUE);
        for (JobInstance instance : instances) {
            for (JobExecution execution : jobRepository.getJobExecutions(instance)) {
                if (execution.getStatus().isRunning() || execution.getStatus() == BatchStatus.UNKNOWN) {
                    log.warn("Run {} (execution {}) was left {} by a process that died; marking it failed",
                            execution.getJobParameters().getLong(NightlyParameters.RUN_ID), execution.getId(), execution.getStatus());
                    jobOperator.recover(execution);
                }
            }
        }
    }
}
