package no.hdo.dw.jobs.nightly;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

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

import no.hdo.dw.pipeline.landing.InboxSurvey;
import no.hdo.dw.pipeline.landing.NewFilesPartitioner;
import no.hdo.dw.pipeline.turnus.AbsencesFeed;
import no.hdo.dw.pipeline.turnus.EmployeesFeed;
import no.hdo.dw.pipeline.turnus.PseudonymKeyCheck;
import no.hdo.dw.pipeline.turnus.ShiftsFeed;
import no.hdo.dw.warehouse.DuckDbDatabase;
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
        boolean personalData = holdsPersonalData(inbox);
        PseudonymKey key = options.pseudonymKey();
        if (key == null && (personalData || options.rekey())) {
            throw new MissingPseudonymKeyException((options.rekey() ? "--rekey needs the new key" : "the inbox holds turnus files (personal data)")
                    + " and no pseudonym key was given: set " + PseudonymKey.ENVIRONMENT_VARIABLE + " or use --pseudonym-key-file FILE");
        }
        PseudonymKeyCheck keyCheck = new PseudonymKeyCheck(home.pseudonymKeyCheck());
        if (key != null && !options.rekey() && !keyCheck.matches(key)) {
            throw new PseudonymKeyMismatchException("the pseudonym key from " + key.origin() + " is not the key the turnus data in "
                    + home.root() + " was made with (its check value " + home.root().relativize(keyCheck.file())
                    + " differs), and another key would make every person new; to move to a new key on purpose, run nightly --rekey"
                    + " with every turnus file in the inbox");
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
            if (options.rekey()) {
                retireTurnusData(context.getBean("workWarehouse", DuckDbDatabase.class), home);
                keyCheck.record(key);
            } else if (key != null && personalData && keyCheck.recorded().isEmpty()) {
                keyCheck.record(key);
            }
            JobRepository jobRepository = context.getBean(JobRepository.class);
            JobOperator jobOperator = context.getBean(JobOperator.class);
            Job job = context.getBean("nightlyJob", Job.class);
            List<Long> deadRuns = new ArrayList<>();
            long runNo = recoverUnfinished(jobRepository, jobOperator, deadRuns) + 1;
            // A run that died never told the operator its outcome, even if it wrote its report: this run reports it.
            context.getBean(RunReportListener.class).adopt(deadRuns);
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
                Path retired = home.retiredLanding().resolve("turnus-" + java.time.LocalDateTime.now().withNano(0).toString().replace(':', '-'));
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

    /** Marks executions left running by a dead process as failed; returns the highest run number so far. */
    private static long recoverUnfinished(JobRepository jobRepository, JobOperator jobOperator, List<Long> deadRuns) {
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
                    deadRuns.add(instance.getInstanceId());
                }
            }
        }
        return highest;
    }
}
