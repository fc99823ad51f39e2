package no.hdo.dw.pipeline.landing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import no.hdo.dw.pipeline.landing.LandingRegistry.KnownFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * One partition per new file of a feed in the inbox. A delivery is a file name: a name landed or
 * rejected before with the same content is skipped as known; a name seen before with other content,
 * a name that does not fit the feed, an empty file, and a file that two runs died on are rejected
 * here. The same content under a new name is a new delivery.
 */
public final class NewFilesPartitioner implements Partitioner, StepExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(NewFilesPartitioner.class);

    /** The job parameters the landing reads: the inbox folder, and the run's id (what the registry records). */
    public static final String INBOX_PARAMETER = "inbox";

    public static final String RUN_ID_PARAMETER = "run.id";
    /** The nightly job's {@code run.date} (NightlyParameters.RUN_DATE): a stamp after it and after now is refused. */
    public static final String RUN_DATE_PARAMETER = "run.date";

    static final String RUN_ID = "run.id";
    static final String PATH = "file.path";
    static final String SHA256 = "file.sha256";
    static final String SIZE = "file.size";

    /**
     * A run may die on a file for reasons of its own (killed, a power cut) or of the file's: the next
     * run reads the file in a process of its own first ({@link FileTrial}) and rejects it if that dies
     * too, else lands it. A file that a second run dies on all the same is rejected without a trial.
     */
    static final int DEATHS_BEFORE_REJECTION = 2;

    private final FeedSpec<?, ?> spec;
    private final LandingRegistry registry;
    private Path inbox;
    private long runId;
    /** The run's date ({@code run.date}), where the job gives one. */
    private java.time.LocalDate runDate;
    /** Oslo wall time when the step began, and the latest delivery stamp this run takes (fromTheFuture). */
    private LocalDateTime startedAt;

    private LocalDateTime latestStamp;

    private final LandingArchive archive;
    private final FileTrial trial;

    public NewFilesPartitioner(FeedSpec<?, ?> spec, LandingRegistry registry, LandingArchive archive, FileTrial trial) {
        this.spec = spec;
        this.registry = registry;
        this.archive = archive;
        this.trial = trial;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        var parameters = stepExecution.getJobParameters();
        inbox = Path.of(parameters.getString(INBOX_PARAMETER));
        runId = parameters.getLong(RUN_ID_PARAMETER);
        runDate = parameters.getLocalDate(RUN_DATE_PARAMETER);
        startedAt = LocalDateTime.now(LocalTimes.OSLO).withNano(0);
        LocalDateTime afterTheRunDate =
                runDate == null ? startedAt : runDate.plusDays(1).atStartOfDay();
        latestStamp = (afterTheRunDate.isAfter(startedAt) ? afterTheRunDate : startedAt).plus(CLOCK_MARGIN);
        // Only one nightly run works on a home at a time: hidden temporaries are what a dead run left.
        archive.deleteTemporaries(spec.id());
    }

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
        Path folder = inbox.resolve(spec.id().source()).resolve(spec.id().feed());
        // A linked source or feed folder is not followed (InboxSurvey reports it).
        boolean linked = Files.isSymbolicLink(folder.getParent()) || Files.isSymbolicLink(folder);
        List<Path> files = linked ? List.<Path>of() : filesIn(folder);
        // What the registry knows of the feed, read once for all its files (a statement costs a millisecond or more).
        Map<String, KnownFile> knownFiles = files.isEmpty() ? Map.of() : registry.knownFiles(spec.id());
        Map<LandingRegistry.Content, List<Long>> deaths =
                files.isEmpty() ? Map.of() : registry.runsThatDiedLanding(spec.id(), runId);
        Map<String, LandingRegistry.Fingerprint> fingerprints =
                files.isEmpty() ? Map.of() : registry.fingerprints(spec.id());
        List<LandingRegistry.Fingerprint> hashedTonight = new ArrayList<>();
        List<LandingRegistry.Skipped> skipped = new ArrayList<>();
        for (Path path : files) {
            String fileName = path.getFileName().toString();
            long size = size(path);
            long modifiedAtNanos = modifiedAtNanos(path);
            // Reading every known file again would make each night cost the whole archive: same size and time, same
            // bytes.
            LandingRegistry.Fingerprint fingerprint = fingerprints.get(fileName);
            String sha256;
            if (fingerprint != null
                    && fingerprint.sizeBytes() == size
                    && fingerprint.modifiedAtNanos() == modifiedAtNanos) {
                sha256 = fingerprint.sha256();
            } else {
                sha256 = sha256(path);
                hashedTonight.add(new LandingRegistry.Fingerprint(fileName, size, modifiedAtNanos, sha256));
            }
            // A delivery is a file name: the same name with the same content is known, with other content an error.
            Optional<KnownFile> known = Optional.ofNullable(knownFiles.get(fileName));
            if (known.isPresent()) {
                boolean landed = known.get().outcome() == LandingRegistry.Outcome.LANDED;
                if (known.get().sha256().equals(sha256)) {
                    skipped.add(new LandingRegistry.Skipped(
                            fileName,
                            sha256,
                            landed
                                    ? "landed before"
                                    : "rejected before: " + known.get().reason()));
                } else {
                    reject(
                            fileName,
                            sha256,
                            size,
                            "a file named " + fileName + " was " + (landed ? "landed" : "rejected")
                                    + " before with other content (sha256 "
                                    + known.get().sha256()
                                    + "); a delivered file must never change, send a correction with a later stamp");
                }
                continue;
            }
            if (size == 0) {
                reject(
                        fileName,
                        sha256,
                        size,
                        "the file is empty (0 bytes): an export that wrote nothing, not a delivery");
                continue;
            }
            DeliveryName name;
            try {
                name = spec.parseName(fileName);
            } catch (RejectedFileException e) {
                reject(fileName, sha256, size, e.getMessage());
                continue;
            }
            String future = fromTheFuture(fileName, name);
            if (future != null) {
                reject(fileName, sha256, size, future);
                continue;
            }
            List<Long> diedOnIt = deaths.getOrDefault(new LandingRegistry.Content(fileName, sha256), List.of());
            if (diedOnIt.size() >= DEATHS_BEFORE_REJECTION) {
                reject(
                        fileName,
                        sha256,
                        size,
                        "runs " + diedOnIt.stream().map(String::valueOf).collect(Collectors.joining(", "))
                                + " died while landing this file (out of memory or killed); it is not tried again");
                continue;
            }
            if (!diedOnIt.isEmpty()) {
                Optional<String> death = trial.deathOf(spec.id(), path);
                if (death.isPresent()) {
                    reject(
                            fileName,
                            sha256,
                            size,
                            "run " + diedOnIt.get(0) + " died while landing this file (out of memory or killed), and "
                                    + death.get() + "; it is not tried again");
                    continue;
                }
                log.warn(
                        "Run {} died while landing {} ({}); a reading of it in a process of its own read it to its"
                                + " end, so it is landed",
                        diedOnIt.get(0),
                        fileName,
                        spec.id());
            }
            ExecutionContext context = new ExecutionContext();
            context.putString(PATH, path.toAbsolutePath().toString());
            context.putString(SHA256, sha256);
            context.putLong(SIZE, size);
            context.putLong(RUN_ID, runId);
            partitions.put(spec.id().feed() + ":" + fileName, context);
        }
        registry.registerSkipped(spec.id(), skipped, runId);
        registry.rememberFingerprints(spec.id(), hashedTonight);
        log.info(
                "{}: {} new file(s) to land, {} of {} file(s) hashed",
                spec.id(),
                partitions.size(),
                hashedTonight.size(),
                files.size());
        return partitions;
    }

    /** A stamp may be this far ahead of the run (a sender's clock, a stamp in UTC rather than Oslo time). */
    static final java.time.Duration CLOCK_MARGIN = java.time.Duration.ofDays(1);

    /**
     * Why a name's delivery stamp (a tracker's snapshot date) cannot be, or null: a stamp later than the run, by
     * its date and by this machine's clock (whichever is later, so that the demo's and a rerun's dates stand), is a
     * mistyped name (2062 for 2026), which as the newest delivery would win over every real one until then.
     */
    private String fromTheFuture(String fileName, DeliveryName name) {
        if (!name.deliveryStamp().isAfter(latestStamp)) {
            return null;
        }
        return "the file name " + fileName + " says it was delivered on "
                + name.deliveryStamp().toString().replace('T', ' ') + ", in the future (it is now "
                + startedAt.toString().replace('T', ' ') + " in Oslo"
                + (runDate == null ? "" : ", the run is for " + runDate)
                + "): as the newest delivery it would win over every real one; a mistyped name?";
    }

    private void reject(String fileName, String sha256, long size, String reason) {
        registry.registerRejected(spec.id(), fileName, sha256, size, reason, runId, false);
        log.warn("Rejected {} ({}): {}", fileName, spec.id(), reason);
    }

    /** The file a partition lands, from the partition's context. */
    static DeliveredFile deliveredFile(FeedSpec<?, ?> spec, ExecutionContext context) {
        Path path = Path.of(context.getString(PATH));
        String fileName = path.getFileName().toString();
        try {
            DeliveryName name = spec.parseName(fileName);
            return new DeliveredFile(
                    spec.id(),
                    path,
                    fileName,
                    context.getLong(SIZE),
                    context.getString(SHA256),
                    name.deliveryStamp(),
                    name.period());
        } catch (RejectedFileException e) {
            throw new IllegalStateException("the partitioner accepted a name the feed refuses: " + fileName, e);
        }
    }

    private static List<Path> filesIn(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            // Hidden files are a sender's partial uploads; they are not deliveries yet. Links and folders are
            // not taken (InboxSurvey reports them).
            return files.filter(path -> Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS))
                    .filter(path -> !path.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
    }

    private static long size(Path path) {
        try {
            return Files.size(path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the size of " + path, e);
        }
    }

    private static long modifiedAtNanos(Path path) {
        try {
            return Files.getLastModifiedTime(path, LinkOption.NOFOLLOW_LINKS).to(TimeUnit.NANOSECONDS);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the modification time of " + path, e);
        }
    }

    public static String sha256(Path path) {
        try (InputStream in = Files.newInputStream(path)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int count = in.read(buffer); count >= 0; count = in.read(buffer)) {
                digest.update(buffer, 0, count);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
