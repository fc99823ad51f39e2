package no.hdo.dw.pipeline.landing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import no.hdo.dw.pipeline.landing.LandingRegistry.KnownFile;

/**
 * One partition per new file of a feed in the inbox. A file whose content was landed or rejected
 * before is skipped as known; a file whose name was landed before with other content, or whose
 * name does not fit the feed, is rejected here.
 */
public final class NewFilesPartitioner implements Partitioner, StepExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(NewFilesPartitioner.class);

    /** The job parameters the landing reads: the inbox folder, and the run's id (what the registry records). */
    public static final String INBOX_PARAMETER = "inbox";
    public static final String RUN_ID_PARAMETER = "run.id";
    static final String RUN_ID = "run.id";
    private static final String PATH = "file.path";
    private static final String SHA256 = "file.sha256";
    private static final String SIZE = "file.size";

    private final FeedSpec<?, ?> spec;
    private final LandingRegistry registry;
    private Path inbox;
    private long runId;

    private final LandingArchive archive;

    public NewFilesPartitioner(FeedSpec<?, ?> spec, LandingRegistry registry, LandingArchive archive) {
        this.spec = spec;
        this.registry = registry;
        this.archive = archive;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        var parameters = stepExecution.getJobParameters();
        inbox = Path.of(parameters.getString(INBOX_PARAMETER));
        runId = parameters.getLong(RUN_ID_PARAMETER);
        // Only one nightly run works on a home at a time: hidden temporaries are what a dead run left.
        archive.deleteTemporaries(spec.id());
    }

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
        Path folder = inbox.resolve(spec.id().source()).resolve(spec.id().feed());
        for (Path path : filesIn(folder)) {
            String fileName = path.getFileName().toString();
            long size = size(path);
            String sha256 = sha256(path);
            Optional<KnownFile> known = registry.findBySha256(spec.id(), sha256);
            if (known.isPresent()) {
                registry.registerSkipped(spec.id(), fileName, sha256, known.get().outcome() == LandingRegistry.Outcome.REJECTED
                        ? "rejected before: " + known.get().reason() : "landed before as " + known.get().fileName(), runId);
                continue;
            }
            Optional<String> landedContent = registry.landedSha256(spec.id(), fileName);
            if (landedContent.isPresent()) {
                reject(fileName, sha256, size, "a file named " + fileName + " was landed before with other content (sha256 "
                        + landedContent.get() + "); a delivered file must never change, send a correction with a later stamp");
                continue;
            }
            DeliveryName name;
            try {
                name = spec.parseName(fileName);
            } catch (RejectedFileException e) {
                reject(fileName, sha256, size, e.getMessage());
                continue;
            }
            ExecutionContext context = new ExecutionContext();
            context.putString(PATH, path.toAbsolutePath().toString());
            context.putString(SHA256, sha256);
            context.putLong(SIZE, size);
            context.putLong(RUN_ID, runId);
            partitions.put(spec.id().feed() + ":" + fileName, context);
        }
        log.info("{}: {} new file(s) to land", spec.id(), partitions.size());
        return partitions;
    }

    private void reject(String fileName, String sha256, long size, String reason) {
        registry.registerRejected(spec.id(), fileName, sha256, size, reason, runId);
        log.warn("Rejected {} ({}): {}", fileName, spec.id(), reason);
    }

    /** The file a partition lands, from the partition's context. */
    static DeliveredFile deliveredFile(FeedSpec<?, ?> spec, ExecutionContext context) {
        Path path = Path.of(context.getString(PATH));
        String fileName = path.getFileName().toString();
        try {
            DeliveryName name = spec.parseName(fileName);
            return new DeliveredFile(spec.id(), path, fileName, context.getLong(SIZE), context.getString(SHA256),
                    name.deliveryStamp(), name.period());
        } catch (RejectedFileException e) {
            throw new IllegalStateException("the partitioner accepted a name the feed refuses: " + fileName, e);
        }
    }

    private static List<Path> filesIn(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            // Hidden files are a sender's partial uploads; they are not deliveries yet.
            return files.filter(Files::isRegularFile).filter(path -> !path.getFileName().toString().startsWith("."))
                    .sorted().toList();
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
