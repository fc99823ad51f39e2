package no.hdo.dw.jobs.logging;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.rolling.FixedWindowRollingPolicy;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeBasedTriggeringPolicy;
import ch.qos.logback.core.util.FileSize;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import no.hdo.dw.warehouse.Errors;
import no.hdo.dw.warehouse.Home;
import org.slf4j.LoggerFactory;

/**
 * The log file of one nightly run, {@code logs/nightly-<yyyyMMdd-HHmmss>.log} in the home, written
 * besides stderr for the operator who was asleep: everything the run logs, with stack traces (the
 * terminal gets one line per event while a run log is open, {@link ConsoleThrowableConverter}). Bounded:
 * a file rolls over at {@link #MAX_FILE_SIZE} into at most {@link #ROLLED_FILES} older parts
 * ({@code .1.log}, ...), and the logs of the newest {@link #KEPT_RUNS} runs are kept.
 */
public final class RunLog implements AutoCloseable {

    public static final int KEPT_RUNS = 30;
    public static final String MAX_FILE_SIZE = "10MB";
    public static final int ROLLED_FILES = 2;

    /** Writes to the run's file only: the stack trace of what stopped a run, which the terminal gets as one line. */
    private static final String FAILURES_LOGGER = "no.hdo.dw.failures";

    private static final Pattern LOG_FILE = Pattern.compile("(nightly-\\d{8}-\\d{6}(?:-\\d+)?)(?:\\.\\d+)?\\.log");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private static volatile RunLog open;
    /** Failures whose stack trace is in a run's file, with that file: said in one line on the terminal. */
    private static final Map<Throwable, Path> RECORDED = Collections.synchronizedMap(new WeakHashMap<>());

    private final Path file;
    private final RollingFileAppender<ILoggingEvent> appender;

    private RunLog(Path file, RollingFileAppender<ILoggingEvent> appender) {
        this.file = file;
        this.appender = appender;
    }

    /** Opens a new log file for a run of {@code home}, deleting the logs of runs beyond the newest {@link #KEPT_RUNS}. */
    public static RunLog start(Home home) {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return new RunLog(null, null);
        }
        Path folder = home.logs();
        try {
            Files.createDirectories(folder);
            prune(folder, KEPT_RUNS - 1);
        } catch (IOException e) {
            throw new no.hdo.dw.warehouse.WarehouseException(
                    "cannot write the run's log in " + folder + ": " + Errors.ioReason(e), e);
        }
        String stamp = "nightly-" + LocalDateTime.now().format(STAMP);
        String name = stamp;
        for (int n = 2; Files.exists(folder.resolve(name + ".log")); n++) {
            name = stamp + "-" + n;
        }
        Path file = folder.resolve(name + ".log");

        RollingFileAppender<ILoggingEvent> appender = new RollingFileAppender<>();
        appender.setContext(context);
        appender.setName("run-log");
        appender.setFile(file.toString());
        FixedWindowRollingPolicy rolling = new FixedWindowRollingPolicy();
        rolling.setContext(context);
        rolling.setParent(appender);
        rolling.setFileNamePattern(folder.resolve(name + ".%i.log").toString());
        rolling.setMinIndex(1);
        rolling.setMaxIndex(ROLLED_FILES);
        rolling.start();
        SizeBasedTriggeringPolicy<ILoggingEvent> trigger = new SizeBasedTriggeringPolicy<>();
        trigger.setContext(context);
        trigger.setMaxFileSize(FileSize.valueOf(MAX_FILE_SIZE));
        trigger.start();
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level [%thread] %logger{0} - %msg%n");
        encoder.start();
        appender.setRollingPolicy(rolling);
        appender.setTriggeringPolicy(trigger);
        appender.setEncoder(encoder);
        appender.start();
        context.getLogger(Logger.ROOT_LOGGER_NAME).addAppender(appender);
        Logger failures = context.getLogger(FAILURES_LOGGER);
        failures.setAdditive(false);
        failures.addAppender(appender);
        RunLog log = new RunLog(file, appender);
        open = log;
        return log;
    }

    /** The run's log file (null when logging is not logback's). */
    public Path file() {
        return file;
    }

    /** The log a run has open in this process, or null. */
    static RunLog open() {
        return open;
    }

    /**
     * Writes the stack trace of what stopped the run into the run's file, and nowhere else: the
     * terminal gets the one line {@code ExitCodes} prints, naming this file ({@link #recordedIn}).
     */
    public void recordFailure(Throwable failure) {
        if (appender == null) {
            return;
        }
        LoggerFactory.getLogger(FAILURES_LOGGER).warn("The run stopped: {}", Errors.rootMessage(failure), failure);
        RECORDED.put(failure, file);
    }

    /** The run log that holds the stack trace of {@code failure} (or of an exception it wraps), if a run recorded it. */
    public static Path recordedIn(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            Path file = RECORDED.get(cause);
            if (file != null) {
                return file;
            }
        }
        return null;
    }

    @Override
    public void close() {
        if (appender == null) {
            return;
        }
        open = null;
        LoggerContext context = (LoggerContext) appender.getContext();
        context.getLogger(Logger.ROOT_LOGGER_NAME).detachAppender(appender);
        context.getLogger(FAILURES_LOGGER).detachAppender(appender);
        appender.stop();
    }

    /** Deletes the log files of every run but the newest {@code keep} (a run's file and its rolled parts go together). */
    static void prune(Path folder, int keep) throws IOException {
        List<String> runs;
        try (Stream<Path> files = Files.list(folder)) {
            runs = files.map(path -> LOG_FILE.matcher(path.getFileName().toString()))
                    .filter(Matcher::matches)
                    .map(matcher -> matcher.group(1))
                    .distinct()
                    .sorted(Collections.reverseOrder())
                    .toList();
        }
        Set<String> old = Set.copyOf(runs.subList(Math.min(keep, runs.size()), runs.size()));
        if (old.isEmpty()) {
            return;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path path : files.toList()) {
                Matcher matcher = LOG_FILE.matcher(path.getFileName().toString());
                if (matcher.matches() && old.contains(matcher.group(1))) {
                    Files.deleteIfExists(path);
                }
            }
        }
    }
}
