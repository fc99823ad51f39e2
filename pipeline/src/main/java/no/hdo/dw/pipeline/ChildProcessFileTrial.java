package no.hdo.dw.pipeline;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import no.hdo.dw.pipeline.landing.DeliveredFile;
import no.hdo.dw.pipeline.landing.DeliveryName;
import no.hdo.dw.pipeline.landing.FeedId;
import no.hdo.dw.pipeline.landing.FeedSpec;
import no.hdo.dw.pipeline.landing.FileTrial;
import no.hdo.dw.pipeline.landing.RecordSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.StepScope;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

/**
 * The file trial as a child JVM: the same Java, class path, heap and {@code hdo.dw.*} settings (the
 * workbook bounds) as this process, with {@code -XX:+ExitOnOutOfMemoryError}, so that a file which
 * exhausts the heap ends the child, not the run. The child opens the file with its feed and reads
 * every record; it neither validates (the turnus validators need the key, and work record by record)
 * nor writes anything, and a file it finds bad is the landing's to reject: only a death counts.
 */
public final class ChildProcessFileTrial implements FileTrial {

    private static final Logger log = LoggerFactory.getLogger(ChildProcessFileTrial.class);

    /** The child's heap in {@code -Xmx} syntax ({@code 512m}, {@code 2g}); unset: this process's maximum heap. */
    public static final String MAX_HEAP_PROPERTY = "hdo.dw.trial.max-heap";

    /** What the JVM exits with when {@code -XX:+ExitOnOutOfMemoryError} ends it. */
    private static final int EXIT_ON_OUT_OF_MEMORY = 3;

    private static final int KILLED_BY_SIGKILL = 128 + 9;

    private final long maxHeapBytes;
    private final Duration timeout;

    public ChildProcessFileTrial(long maxHeapBytes, Duration timeout) {
        this.maxHeapBytes = maxHeapBytes;
        this.timeout = timeout;
    }

    /** A trial with this process's heap (or {@value #MAX_HEAP_PROPERTY}); a reading that takes an hour is a death too. */
    public static ChildProcessFileTrial likeThisProcess() {
        String heap = System.getProperty(MAX_HEAP_PROPERTY);
        return new ChildProcessFileTrial(
                heap == null ? Runtime.getRuntime().maxMemory() : bytesOf(heap), Duration.ofHours(1));
    }

    /** {@code 512m}, {@code 2g}, {@code 1048576k} or bytes, as {@code -Xmx} takes them. */
    static long bytesOf(String heap) {
        String amount = heap.trim().toLowerCase(java.util.Locale.ROOT);
        int shift = switch (amount.charAt(amount.length() - 1)) {
            case 'k' -> 10;
            case 'm' -> 20;
            case 'g' -> 30;
            default -> 0;
        };
        String digits = shift == 0 ? amount : amount.substring(0, amount.length() - 1);
        return Long.parseLong(digits) << shift;
    }

    @Override
    public Optional<String> deathOf(FeedId feed, Path file) {
        Path output = null;
        try {
            output = Files.createTempFile("hdo-dw-file-trial", ".log");
            Process child = new ProcessBuilder(command(feed, file))
                    .redirectErrorStream(true)
                    .redirectOutput(output.toFile())
                    .start();
            if (!child.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                child.destroyForcibly().waitFor();
                return Optional.of("a reading of it in a process of its own did not end within " + timeout.toMinutes()
                        + " minutes");
            }
            int exitCode = child.exitValue();
            if (exitCode == 0) {
                return Optional.empty();
            }
            log.warn(
                    "The trial reading of {} ({}) died with exit code {}; its last output: {}",
                    file,
                    feed,
                    exitCode,
                    tail(output));
            return Optional.of("a reading of it in a process of its own died too (" + why(exitCode) + ")");
        } catch (IOException e) {
            // A trial that cannot start says nothing of the file: the landing tries it once more, as before trials.
            log.warn("The trial reading of {} ({}) could not start: {}", file, feed, e.toString());
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during the trial reading of " + file, e);
        } finally {
            if (output != null) {
                try {
                    Files.deleteIfExists(output);
                } catch (IOException e) {
                    log.debug("Could not delete {}", output, e);
                }
            }
        }
    }

    private String why(int exitCode) {
        if (exitCode == EXIT_ON_OUT_OF_MEMORY) {
            return "out of memory with a heap of " + maxHeapBytes / (1024 * 1024) + " MiB";
        }
        if (exitCode == KILLED_BY_SIGKILL) {
            return "killed, as the system kills a process when the machine runs out of memory";
        }
        return "exit code " + exitCode;
    }

    private List<String> command(FeedId feed, Path file) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx" + maxHeapBytes);
        command.add("-XX:+ExitOnOutOfMemoryError");
        command.add("-XX:TieredStopAtLevel=1");
        System.getProperties().stringPropertyNames().stream()
                .filter(name -> name.startsWith("hdo.dw.") && !name.equals(MAX_HEAP_PROPERTY))
                .sorted()
                .forEach(name -> command.add("-D" + name + "=" + System.getProperty(name)));
        command.add("-cp");
        command.add(Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(entry -> Path.of(entry).toAbsolutePath().toString())
                .collect(Collectors.joining(File.pathSeparator)));
        command.add(ChildProcessFileTrial.class.getName());
        command.add(feed.source());
        command.add(feed.feed());
        command.add(file.toAbsolutePath().toString());
        return command;
    }

    private static String tail(Path output) {
        try {
            List<String> lines = Files.readAllLines(output, StandardCharsets.UTF_8);
            return String.join(" | ", lines.subList(Math.max(0, lines.size() - 3), lines.size()));
        } catch (IOException e) {
            return "(unreadable: " + e + ")";
        }
    }

    /** The child: {@code <source> <feed> <file>}; exits 0 when it has read the file to its end or found it bad. */
    public static void main(String[] args) {
        FeedId feed = new FeedId(args[0], args[1]);
        Path file = Path.of(args[2]);
        try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext()) {
            // The turnus validators' pseudonymiser is step-scoped; the trial never validates, so its proxy is never
            // used.
            context.registerBean(StepScope.class);
            context.register(SourcesConfiguration.class);
            context.refresh();
            FeedSpec<?, ?> spec = context.getBeansOfType(FeedSpec.class).values().stream()
                    .filter(candidate -> candidate.id().equals(feed))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no feed " + feed));
            System.out.println("read " + read(spec, file) + " record(s) of " + file);
        } catch (Exception e) {
            System.out.println("the landing will refuse or fail " + file + ": " + e);
        }
        System.exit(0);
    }

    private static long read(FeedSpec<?, ?> spec, Path file) throws Exception {
        String fileName = file.getFileName().toString();
        DeliveryName name = spec.parseName(fileName);
        DeliveredFile delivered =
                new DeliveredFile(spec.id(), file, fileName, Files.size(file), "", name.deliveryStamp(), name.period());
        long records = 0;
        try (RecordSource<?> source = spec.open(delivered)) {
            while (source.next() != null) {
                records++;
            }
        }
        return records;
    }
}
