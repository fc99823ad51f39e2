package no.hdo.dw.bench;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.SplittableRandom;
import no.hdo.dw.feeds.TextFeed;
import no.hdo.dw.feeds.VideoLines;

/**
 * Writes a Bliksund JSON Lines file of a given number of lines, the same bytes for the same number
 * every time: unique {@code callId}s, start times spread in order over February 2025 to February
 * 2026 (Europe/Oslo offsets, busier by day than by night), about 95 % COMPLETED calls of a few minutes
 * with 2-4 participants and about 5 % FAILED or REJECTED ones without an end, eight AMK centres
 * (two with non-ASCII letters), and an extra {@code client} field on about 5 % of the lines.
 */
final class BliksundFileGenerator {

    static final ZoneId OSLO = VideoLines.OSLO;
    private static final long SEED = 20_260_301L;
    private static final long FIRST_ID = 7_000_000L;
    private static final long FROM =
            LocalDateTime.of(2025, 2, 1, 0, 0).atZone(OSLO).toEpochSecond();
    private static final long TO =
            LocalDateTime.of(2026, 3, 1, 0, 0).atZone(OSLO).toEpochSecond();

    private static final String[] CENTRES = {
        "AMK Oslo",
        "AMK Innlandet",
        "AMK Vestfold",
        "AMK Østfold",
        "AMK Sørlandet",
        "AMK Stavanger",
        "AMK Bergen",
        "AMK Trondheim"
    };
    private static final double[] CENTRE_WEIGHTS = {0.24, 0.12, 0.10, 0.10, 0.10, 0.12, 0.14, 0.08};
    private static final String[] CLIENTS = {"ios", "android", "web"};
    /** Relative call volume by local hour of day, as in the demo inbox. */
    private static final double[] HOUR_WEIGHT = {
        0.35, 0.28, 0.24, 0.22, 0.24, 0.32, 0.50, 0.75, 1.00, 1.15, 1.25, 1.30,
        1.30, 1.28, 1.25, 1.25, 1.30, 1.35, 1.35, 1.30, 1.20, 1.05, 0.80, 0.55
    };

    private final double[] centreCumulative = cumulative(CENTRE_WEIGHTS);
    private final double[] hourCumulative = cumulative(HOUR_WEIGHT);

    /** What the file holds, as the generator planned it (to check the landing against). */
    record Summary(long lines, long completed, long failed, long rejected, long withExtraField, long bytes) {}

    /**
     * The file with {@code lines} lines at {@code file}: reused when it is there with that many
     * lines, else written anew (to a temporary file first, so a killed run leaves no half file).
     *
     * @return what was written, or empty when the file was reused
     */
    java.util.Optional<Summary> ensure(Path file, long lines) throws IOException {
        if (Files.isRegularFile(file) && countLines(file) == lines) {
            return java.util.Optional.empty();
        }
        Files.createDirectories(file.getParent());
        Path temporary = file.resolveSibling("." + file.getFileName() + ".tmp");
        Summary summary = write(temporary, lines);
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return java.util.Optional.of(summary);
    }

    Summary write(Path file, long lines) throws IOException {
        SplittableRandom random = new SplittableRandom(SEED);
        long completed = 0;
        long failed = 0;
        long rejected = 0;
        long extra = 0;
        long days = (TO - FROM) / 86_400;
        StringBuilder line = new StringBuilder(256);
        try (TextFeed.Rows out = TextFeed.BLIKSUND.open(file)) {
            for (long i = 0; i < lines; i++) {
                // The calls come in start order: line i falls on day i * days / lines, at an hour drawn
                // by the hour-of-day weights (sorted within the day would cost a sort; a file from a
                // platform is ordered by export, not strictly by start, so this is realistic enough).
                long day = i * days / lines;
                int hour = pick(hourCumulative, random.nextDouble());
                long localMidnight = FROM + day * 86_400;
                long start = localMidnight + hour * 3_600L + random.nextInt(3_600);
                // Days are counted in 24-hour steps from local midnight 1 February 2025, so in summer time
                // they run 01:00-01:00 local: that shifts the hour weights by one hour, nothing more.
                double u = random.nextDouble();
                String status;
                long end;
                int participants;
                if (u < 0.95) {
                    status = "COMPLETED";
                    long seconds = Math.round(Math.exp(Math.log(330) + 0.65 * random.nextGaussian()));
                    end = start + Math.max(40, Math.min(3_600, seconds));
                    double p = random.nextDouble();
                    participants = p < 0.72 ? 2 : p < 0.94 ? 3 : 4;
                    completed++;
                } else {
                    status = u < 0.98 ? "FAILED" : "REJECTED";
                    end = -1;
                    participants = 1;
                    if (u < 0.98) {
                        failed++;
                    } else {
                        rejected++;
                    }
                }
                String centre = CENTRES[pick(centreCumulative, random.nextDouble())];
                String client = null;
                if (random.nextDouble() < 0.05) {
                    client = CLIENTS[random.nextInt(CLIENTS.length)];
                    extra++;
                }
                line.setLength(0);
                out.row(VideoLines.appendBliksund(
                                line, "b-" + (FIRST_ID + i), start, end, centre, status, participants, client)
                        .toString());
            }
        }
        return new Summary(lines, completed, failed, rejected, extra, Files.size(file));
    }

    private static int pick(double[] cumulative, double u) {
        double target = u * cumulative[cumulative.length - 1];
        for (int i = 0; i < cumulative.length - 1; i++) {
            if (target < cumulative[i]) {
                return i;
            }
        }
        return cumulative.length - 1;
    }

    private static double[] cumulative(double[] weights) {
        double[] cumulative = new double[weights.length];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i];
            cumulative[i] = sum;
        }
        return cumulative;
    }

    /** The number of '\n' in the file. */
    static long countLines(Path file) throws IOException {
        long count = 0;
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer buffer = ByteBuffer.allocateDirect(1 << 22);
            while (channel.read(buffer) >= 0) {
                buffer.flip();
                while (buffer.hasRemaining()) {
                    if (buffer.get() == '\n') {
                        count++;
                    }
                }
                buffer.clear();
            }
        }
        return count;
    }
}
