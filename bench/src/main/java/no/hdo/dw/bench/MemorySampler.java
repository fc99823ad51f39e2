package no.hdo.dw.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Samples the JVM's heap in use ({@link MemoryMXBean}) and the process's resident set
 * ({@code VmRSS} of {@code /proc/self/status}) every 100 ms in a daemon thread, and reads the
 * kernel's own peak resident set ({@code VmHWM}), which it can reset between phases through
 * {@code /proc/self/clear_refs} (Linux 4.0 and later).
 */
final class MemorySampler implements AutoCloseable {

    static final long INTERVAL_MILLIS = 100;
    private static final Path STATUS = Path.of("/proc/self/status");
    private static final Path CLEAR_REFS = Path.of("/proc/self/clear_refs");

    /** One sample: wall-clock millis, heap used and resident set in bytes (-1 if unknown). */
    record Sample(long atMillis, long heapUsed, long rss) {}

    /** The peaks over a span of samples. */
    record Peaks(long heapUsed, long rss, int samples) {}

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final List<Sample> samples = new ArrayList<>();
    private final Thread thread;
    private volatile boolean running = true;

    MemorySampler() {
        thread = new Thread(this::run, "memory-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    private void run() {
        while (running) {
            Sample sample = new Sample(
                    System.currentTimeMillis(), memory.getHeapMemoryUsage().getUsed(), statusBytes("VmRSS"));
            synchronized (samples) {
                samples.add(sample);
            }
            try {
                Thread.sleep(INTERVAL_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** A sample now, so a span shorter than the interval is not empty. */
    void sampleNow() {
        Sample sample = new Sample(
                System.currentTimeMillis(), memory.getHeapMemoryUsage().getUsed(), statusBytes("VmRSS"));
        synchronized (samples) {
            samples.add(sample);
        }
    }

    /** The peaks of the samples taken between two wall-clock times. */
    Peaks peaks(long fromMillis, long toMillis) {
        long heap = 0;
        long rss = 0;
        int count = 0;
        synchronized (samples) {
            for (Sample sample : samples) {
                if (sample.atMillis() >= fromMillis && sample.atMillis() <= toMillis) {
                    heap = Math.max(heap, sample.heapUsed());
                    rss = Math.max(rss, sample.rss());
                    count++;
                }
            }
        }
        return new Peaks(heap, rss, count);
    }

    /** The kernel's peak resident set of this process, in bytes (-1 if unknown). */
    static long vmHwm() {
        return statusBytes("VmHWM");
    }

    /** Resets VmHWM to the current resident set; false where the kernel does not let us. */
    static boolean resetVmHwm() {
        try {
            Files.writeString(CLEAR_REFS, "5");
            return true;
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }

    /** A {@code kB} field of /proc/self/status in bytes, or -1. */
    static long statusBytes(String field) {
        try {
            for (String line : Files.readAllLines(STATUS)) {
                if (line.startsWith(field + ":")) {
                    String value = line.substring(field.length() + 1).trim();
                    return Long.parseLong(value.substring(0, value.indexOf(' '))) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            // Not Linux, or no such field.
        }
        return -1;
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }
}
