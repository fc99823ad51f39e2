package no.hdo.dw.jobs.nightly;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

import no.hdo.dw.pipeline.landing.NewFilesPartitioner;
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

    public static RunReport run(Home home, Path inbox, LocalDate runDate) {
        home.create();
        try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext()) {
            context.registerBean(Home.class, () -> home);
            context.register(NightlyJobConfiguration.class);
            context.refresh();
            // This process now holds the home's locks: finish a publication a dead run left half-swapped.
            no.hdo.dw.warehouse.Publisher.recover(home);
            JobRepository jobRepository = context.getBean(JobRepository.class);
            JobOperator jobOperator = context.getBean(JobOperator.class);
            Job job = context.getBean("nightlyJob", Job.class);
            Recovery recovery = recoverUnfinished(jobRepository, jobOperator);
            long runNo = recovery.highestRunNo() + 1;
            JobParametersBuilder parameters = new JobParametersBuilder()
                    .addLocalDate(NightlyJobConfiguration.RUN_DATE, runDate)
                    .addLong("run.no", runNo)
                    .addString(NewFilesPartitioner.INBOX_PARAMETER, inbox.toAbsolutePath().toString(), false);
            if (!recovery.diedUnreported().isEmpty()) {
                // What the dead runs landed, this run skips as known: its report counts it for them (RunReportListener).
                parameters.addString(NightlyJobConfiguration.ADOPTED_RUNS, recovery.diedUnreported().stream().map(String::valueOf)
                        .collect(Collectors.joining(",")), false);
            }
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
     * @param highestRunNo   the highest run number so far
     * @param diedUnreported the runs (job instance ids) that died before they could write their run report, with
     *                       the runs those had adopted in turn
     */
    private record Recovery(long highestRunNo, List<Long> diedUnreported) {
    }

    /** Marks executions left running by a dead process as failed. */
    private static Recovery recoverUnfinished(JobRepository jobRepository, JobOperator jobOperator) {
        // This process holds the job repository's only write lock, so no other run can be alive.
        List<JobInstance> instances = jobRepository.getJobInstances(NightlyJobConfiguration.JOB_NAME, 0, Integer.MAX_VALUE);
        SortedSet<Long> diedUnreported = new TreeSet<>();
        long highest = 0;
        for (JobInstance instance : instances) {
            for (JobExecution execution : jobRepository.getJobExecutions(instance)) {
                Long runNo = execution.getJobParameters().getLong("run.no");
                highest = Math.max(highest, runNo == null ? 0 : runNo);
                if (execution.getStatus().isRunning() || execution.getStatus() == BatchStatus.UNKNOWN) {
                    log.warn("Run {} (execution {}) was left {} by a process that died; marking it failed",
                            runNo, execution.getId(), execution.getStatus());
                    jobOperator.recover(execution);
                    diedUnreported.add(instance.getInstanceId());
                    diedUnreported.addAll(NightlyJobConfiguration.runIds(
                            execution.getJobParameters().getString(NightlyJobConfiguration.ADOPTED_RUNS)));
                }
            }
        }
        return new Recovery(highest, List.copyOf(diedUnreported));
    }
}
