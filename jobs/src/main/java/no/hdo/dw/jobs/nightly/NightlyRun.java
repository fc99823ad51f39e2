package no.hdo.dw.jobs.nightly;

import java.nio.file.Path;
import java.time.LocalDate;
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
