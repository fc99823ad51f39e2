package no.hdo.dw.jobs.nightly;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import no.hdo.dw.jobs.logging.RunLog;
import no.hdo.dw.pipeline.landing.InboxSurvey;
import no.hdo.dw.pipeline.turnus.AbsencesFeed;
import no.hdo.dw.pipeline.turnus.EmployeesFeed;
import no.hdo.dw.pipeline.turnus.PseudonymKey;
import no.hdo.dw.pipeline.turnus.PseudonymKeyCheck;
import no.hdo.dw.pipeline.turnus.ShiftsFeed;
import no.hdo.dw.warehouse.DuckDbDatabase;
import no.hdo.dw.warehouse.Home;
import no.hdo.dw.warehouse.HomeLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

/**
 * Runs the nightly job once in this process. A run that an earlier process left unfinished (killed,
 * crashed) is marked failed first; the new run then redoes what is missing, since every stage is
 * idempotent: files already landed are skipped, and the build and publication are made anew.
 */
public final class NightlyRun {

    private static final Logger log = LoggerFactory.getLogger(NightlyRun.class);

    private NightlyRun() {}

    /** A run of {@code inbox} on {@code runDate} with the defaults ({@link NightlyParameters#of}). */
    public static RunReport run(Home home, Path inbox, LocalDate runDate) {
        return run(home, NightlyParameters.of(inbox, runDate));
    }

    /**
     * Runs the nightly job as the next run of {@code home}. Refuses to start
     * ({@link MissingPseudonymKeyException}) when the inbox holds turnus files and the parameters
     * name no pseudonym key: personal data must never land unkeyed. A key source that names an
     * unusable key refuses here too, before anything is written, and so does a key other than the one
     * the home's turnus data was made with ({@link PseudonymKeyMismatchException}; its check value is
     * {@code state/pseudonym-key-check}), unless the parameters ask to move to a new key ({@code rekey}).
     */
    public static RunReport run(Home home, NightlyParameters parameters) {
        return run(home, parameters, log -> {});
    }

    /**
     * {@link #run(Home, NightlyParameters)}, telling {@code logFile} the run's log file once it is
     * open ({@code logs/} in the home, {@link RunLog}), so that the caller can name it.
     */
    public static RunReport run(Home home, NightlyParameters parameters, Consumer<Path> logFile) {
        RunReport report = runJob(home, parameters, logFile);
        // The home's files are closed: the report is handed over, and no later run needs to report this one again.
        RunReportListener.reportSeen(home, report.runId());
        return report;
    }

    private static RunReport runJob(Home home, NightlyParameters parameters, Consumer<Path> logFile) {
        home.requireFolderOrNothing();
        PseudonymKey key = PseudonymKey.fromSource(parameters.pseudonymKeySource(), System.getenv())
                .orElse(null);
        boolean personalData = holdsPersonalData(parameters.inbox());
        if (key == null && (personalData || parameters.rekey())) {
            throw new MissingPseudonymKeyException(
                    (parameters.rekey() ? "--rekey needs the new key" : "the inbox holds turnus files (personal data)")
                            + " and no pseudonym key was given: set " + PseudonymKey.ENVIRONMENT_VARIABLE
                            + " or use --pseudonym-key-file FILE");
        }
        PseudonymKeyCheck keyCheck = new PseudonymKeyCheck(home.pseudonymKeyCheck());
        if (key != null && !parameters.rekey() && !keyCheck.matches(key)) {
            throw new PseudonymKeyMismatchException(
                    "the pseudonym key from " + key.origin() + " is not the key the turnus data in "
                            + home.root() + " was made with (its check value "
                            + home.root().relativize(keyCheck.file())
                            + " differs), and another key would make every person new; to move to a new key on purpose, run nightly --rekey"
                            + " with every turnus file in the inbox");
        }
        home.create();
        // Before Spring and DuckDB start: a second run on this home answers at once.
        try (HomeLock lock = HomeLock.acquire(home, "nightly run for " + parameters.runDate());
                RunLog runLog = RunLog.start(home)) {
            if (runLog.file() != null) {
                logFile.accept(runLog.file());
            }
            try {
                return runJobLocked(home, parameters, key, personalData, keyCheck);
            } catch (RuntimeException | Error e) {
                runLog.recordFailure(e);
                throw e;
            }
        }
    }

    private static RunReport runJobLocked(
            Home home,
            NightlyParameters parameters,
            PseudonymKey key,
            boolean personalData,
            PseudonymKeyCheck keyCheck) {
        try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext()) {
            context.registerBean(Home.class, () -> home);
            // Read by nothing but the job's incrementer, which makes them the run's job parameters.
            context.registerBean(NightlyParameters.class, () -> parameters);
            context.register(NightlyJobConfiguration.class);
            context.refresh();
            // This process now holds the home's locks: finish a publication a dead run left half-swapped.
            no.hdo.dw.warehouse.Publisher.recover(home);
            if (parameters.rekey()) {
                retireTurnusData(context.getBean("workWarehouse", DuckDbDatabase.class), home);
                keyCheck.record(key);
            } else if (key != null && personalData && keyCheck.recorded().isEmpty()) {
                keyCheck.record(key);
            }
            JobRepository jobRepository = context.getBean(JobRepository.class);
            JobOperator jobOperator = context.getBean(JobOperator.class);
            Job job = context.getBean("nightlyJob", Job.class);
            // A run that died never told the operator its outcome, even if it wrote its report: this run reports it.
            context.getBean(RunReportListener.class).adopt(recoverUnfinished(jobRepository, jobOperator));
            JobExecution execution = jobOperator.startNextInstance(job);
            RunReport report = context.getBean(RunReportListener.class).lastReport();
            if (report == null) {
                throw new IllegalStateException(
                        "the nightly job ended (" + execution.getStatus() + ") without a run report");
            }
            return report;
        }
    }

    /**
     * Whether a turnus feed folder holds a file that will be landed (not hidden, not a link): a file
     * elsewhere under {@code turnus/} is not taken, so it needs no key.
     */
    static boolean holdsPersonalData(Path inbox) {
        return new InboxSurvey(List.of(EmployeesFeed.ID, ShiftsFeed.ID, AbsencesFeed.ID)).holdsFilesOf(inbox, "turnus");
    }

    /**
     * {@code nightly --rekey}: the turnus data made under the old key leaves the warehouse (its archive is
     * moved to {@code landing-retired/turnus-<time>}, its registry entries deleted), so that this run lands
     * every turnus file of the inbox anew under the new key. Other sources are untouched.
     */
    static void retireTurnusData(DuckDbDatabase workWarehouse, Home home) {
        Path archive = home.landing().resolve("turnus");
        try {
            if (Files.isDirectory(archive)) {
                Files.createDirectories(home.retiredLanding());
                Path retired = home.retiredLanding()
                        .resolve("turnus-"
                                + LocalDateTime.now().withNano(0).toString().replace(':', '-'));
                Files.move(archive, retired);
                log.warn("Re-keying: the turnus archive made under the old key is moved to {}", retired);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move the turnus archive aside", e);
        }
        workWarehouse.jdbi().useTransaction(handle -> {
            for (String table : List.of("meta.landed_file", "meta.rejected_file", "meta.quarantined_record")) {
                handle.execute("delete from " + table + " where source = 'turnus'");
            }
        });
    }

    /**
     * Marks executions left running by a dead process as failed, so that the next run can start;
     * returns their run ids, for the next run to report what they could not.
     */
    private static List<Long> recoverUnfinished(JobRepository jobRepository, JobOperator jobOperator) {
        // This process holds the job repository's only write lock, so no other run can be alive.
        List<Long> deadRuns = new ArrayList<>();
        List<JobInstance> instances =
                jobRepository.getJobInstances(NightlyJobConfiguration.JOB_NAME, 0, Integer.MAX_VALUE);
        for (JobInstance instance : instances) {
            for (JobExecution execution : jobRepository.getJobExecutions(instance)) {
                if (execution.getStatus().isRunning() || execution.getStatus() == BatchStatus.UNKNOWN) {
                    Long runId = execution.getJobParameters().getLong(NightlyParameters.RUN_ID);
                    log.warn(
                            "Run {} (execution {}) was left {} by a process that died; marking it failed",
                            runId,
                            execution.getId(),
                            execution.getStatus());
                    jobOperator.recover(execution);
                    if (runId != null) {
                        deadRuns.add(runId);
                    }
                }
            }
        }
        return deadRuns;
    }
}
