package no.hdo.dw.jobs.nightly;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.AbstractStep;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;

/**
 * Progress per stage in the log, for whoever reads an unattended run's log file: which stage of how
 * many starts, and how it ended after how long ({@code Stage 4/16 ledger/saftLandingStep: COMPLETED in
 * 1.2 s}).
 */
final class NightlyProgress implements StepExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(NightlyProgress.class);

    private final String stage;

    private NightlyProgress(String stage) {
        this.stage = stage;
    }

    /** Registers a listener with each of the job's {@code steps}, numbered in their order. */
    static void register(List<Step> steps) {
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i) instanceof AbstractStep step) {
                step.registerStepExecutionListener(
                        new NightlyProgress("Stage " + (i + 1) + "/" + steps.size() + " " + step.getName()));
            }
        }
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        log.info("{}: started", stage);
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        LocalDateTime start = stepExecution.getStartTime();
        double seconds =
                start == null ? 0 : Duration.between(start, LocalDateTime.now()).toMillis() / 1000.0;
        log.info(
                "{}: {} in {} s{}",
                stage,
                stepExecution.getStatus(),
                String.format(java.util.Locale.ROOT, "%.1f", seconds),
                stepExecution.getReadCount() > 0 ? " (" + stepExecution.getReadCount() + " items read)" : "");
        return null;
    }
}
