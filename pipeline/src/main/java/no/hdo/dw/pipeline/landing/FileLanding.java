package no.hdo.dw.pipeline.landing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import no.hdo.dw.pipeline.landing.LandingRegistry.Counts;
import no.hdo.dw.pipeline.landing.internal.ParquetRecordWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Lands one delivered file (one partition of a feed's landing step): reads its records, writes the
 * accepted ones to a temporary Parquet file and the rejected ones to a quarantine file, and when the
 * whole file has been read, renames the Parquet file into the archive and registers it with its
 * quarantine in one transaction. A file that fails half-way leaves nothing behind.
 *
 * <p>Partitions of one feed run one after the other, so one instance serves them all.
 */
public final class FileLanding<R, T> implements ItemStreamReader<SourceRecord<R>> {

    private static final Logger log = LoggerFactory.getLogger(FileLanding.class);
    private static final long PROGRESS_EVERY = 1_000_000;

    static final RecordSchema<QuarantinedRecord> QUARANTINE_SCHEMA = RecordSchema.<QuarantinedRecord>builder()
            .bigint("record_no", true, QuarantinedRecord::recordNo)
            .string("field", false, QuarantinedRecord::field)
            .string("value", false, QuarantinedRecord::value)
            .string("reason", true, QuarantinedRecord::reason)
            .build();

    /** A landed record with its lineage. */
    public record Landed<T>(T record, String sourceFile, java.time.LocalDateTime deliveryStamp, long recordNo) {}

    record QuarantinedRecord(long recordNo, String field, String value, String reason) {}

    private final FeedSpec<R, T> spec;
    private final LandingRegistry registry;
    private final LandingArchive archive;

    // The state of the file being landed.
    private DeliveredFile file;
    private long runId;
    private RecordSource<R> source;
    private ParquetRecordWriter<Landed<T>> acceptedWriter;
    private ParquetRecordWriter<QuarantinedRecord> quarantineWriter;
    private Path acceptedTemporary;
    private Path quarantineTemporary;
    /** What became of the file, once decided; null while it is being read. */
    private LandingRegistry.Outcome outcome;

    private String reason;
    /** The first record quarantined, as "record N, field F: reason", for a file refused for having no good one. */
    private String firstRejected;

    private long read;
    private long accepted;
    private long quarantined;
    private long startedNanos;

    public FileLanding(FeedSpec<R, T> spec, LandingRegistry registry, LandingArchive archive) {
        this.spec = spec;
        this.registry = registry;
        this.archive = archive;
    }

    /** The writer of the worker step: hands each chunk to this landing. */
    public ItemWriter<Checked<T>> writer() {
        return this::write;
    }

    @Override
    public void open(ExecutionContext context) throws ItemStreamException {
        reset();
        file = NewFilesPartitioner.deliveredFile(spec, context);
        runId = context.getLong(NewFilesPartitioner.RUN_ID);
        startedNanos = System.nanoTime();
        // The partitioner of this run found the file neither landed nor rejected (a run never restarts
        // a partition: a dead run's next run is a new job instance), so it is not looked up again.
        registry.registerStarted(file, runId);
        log.info("Landing {} ({})", file.fileName(), spec.id());
        if (!Files.isRegularFile(file.path(), LinkOption.NOFOLLOW_LINKS)) {
            gone();
            return;
        }
        try {
            source = spec.open(file);
            acceptedTemporary = archive.temporaryPathFor(file, "records");
            quarantineTemporary = archive.temporaryPathFor(file, "quarantine");
            Map<String, String> metadata = Map.of(
                    "hdo_dw.source",
                    spec.id().source(),
                    "hdo_dw.feed",
                    spec.id().feed(),
                    "hdo_dw.file_name",
                    file.fileName(),
                    "hdo_dw.sha256",
                    file.sha256());
            acceptedWriter = new ParquetRecordWriter<>(acceptedTemporary, landedSchema(spec.schema()), metadata);
            quarantineWriter = new ParquetRecordWriter<>(quarantineTemporary, QUARANTINE_SCHEMA, metadata);
        } catch (RejectedFileException e) {
            decide(LandingRegistry.Outcome.REJECTED, e.getMessage());
        } catch (OutOfMemoryError e) {
            exhaustedMemory(e);
        } catch (NoSuchFileException e) {
            gone();
        } catch (IOException e) {
            decide(LandingRegistry.Outcome.FAILED, "cannot open " + file.path() + ": " + e.getMessage());
            throw new ItemStreamException("cannot open " + file.path() + ": " + e.getMessage(), e);
        }
    }

    /**
     * The file was in the inbox when the run listed it and is gone now (removed or renamed while the run
     * went on): it is not taken, said with the reason, and the rest of the run goes on.
     */
    private void gone() {
        deleteTemporariesQuietly();
        source = null;
        acceptedWriter = null;
        quarantineWriter = null;
        decide(
                LandingRegistry.Outcome.NOT_TAKEN,
                "the file was gone when its turn came (removed or renamed while the run went on): nothing of it"
                        + " is landed; a later run takes it should it come back");
    }

    private void deleteTemporariesQuietly() {
        try {
            deleteTemporaries();
        } catch (IOException e) {
            log.debug("cannot delete a temporary file of {}", file.fileName(), e);
        }
    }

    @Override
    public SourceRecord<R> read() {
        if (outcome != null) {
            return null;
        }
        try {
            SourceRecord<R> next = source.next();
            if (next == null) {
                decide(LandingRegistry.Outcome.LANDED, null);
                return null;
            }
            read++;
            if (read % PROGRESS_EVERY == 0) {
                log.info(
                        "{}: {} records read ({} records/s)",
                        file.fileName(),
                        read,
                        Math.round(read / elapsedSeconds()));
            }
            return next;
        } catch (RejectedFileException e) {
            decide(LandingRegistry.Outcome.REJECTED, e.getMessage());
            return null;
        } catch (OutOfMemoryError e) {
            exhaustedMemory(e);
            return null;
        } catch (IOException e) {
            decide(
                    LandingRegistry.Outcome.FAILED,
                    "cannot read " + file.path() + " after record " + read + ": " + e.getMessage());
            throw new UncheckedIOException(reason, e);
        }
    }

    /**
     * The validator of the worker step, guarded: a record whose checking exhausts the heap rejects the
     * file, as its reading would, and the night goes on; nothing of a refused file is checked further.
     */
    public ItemProcessor<SourceRecord<R>, Checked<T>> guarded(ItemProcessor<SourceRecord<R>, Checked<T>> validator) {
        return record -> {
            if (outcome != null && outcome != LandingRegistry.Outcome.LANDED) {
                return null;
            }
            try {
                return validator.process(record);
            } catch (OutOfMemoryError e) {
                exhaustedMemory(e);
                return null;
            }
            // Any other exception of a validator stops the step, as before: it is the run's (no pseudonym key), not
            // the record's, and records must not be quarantined for it.
        };
    }

    private void write(Chunk<? extends Checked<T>> chunk) throws IOException {
        if (outcome != null && outcome != LandingRegistry.Outcome.LANDED) {
            // The file is refused (its reading exhausted the heap, or a record could not be written): the
            // records read before are not written, and the writers may be gone.
            return;
        }
        long recordNo = 0;
        try {
            for (Checked<T> item : chunk) {
                recordNo = item.recordNo();
                if (item.isAccepted()) {
                    acceptedWriter.write(
                            new Landed<>(item.value(), file.fileName(), file.deliveryStamp(), item.recordNo()));
                    accepted++;
                } else {
                    Rejection rejection = item.rejection();
                    quarantineWriter.write(new QuarantinedRecord(
                            item.recordNo(), rejection.field(), rejection.value(), rejection.reason()));
                    quarantined++;
                    if (firstRejected == null) {
                        firstRejected = "record " + item.recordNo()
                                + (rejection.field() == null ? "" : ", field " + rejection.field()) + ": "
                                + rejection.reason();
                    }
                }
            }
        } catch (IOException | UncheckedIOException e) {
            decide(
                    LandingRegistry.Outcome.FAILED,
                    "cannot write the landed records of " + file.fileName() + ": " + e.getMessage());
            throw e;
        } catch (OutOfMemoryError e) {
            exhaustedMemory(e);
        } catch (ArithmeticException | IllegalArgumentException e) {
            // A value the archive cannot hold (a validator let it through: an amount beyond decimal(18, 2)): the file
            // is refused, not the night. Other exceptions stay the run's (a disk), FAILED and tried again.
            log.warn(
                    "{} ({}): record {} cannot be written to the landing archive",
                    file.fileName(),
                    spec.id(),
                    recordNo,
                    e);
            refuse("record " + recordNo + " cannot be written to the landing archive (" + describe(e)
                    + "): the file is refused whole");
        } catch (RuntimeException e) {
            decide(
                    LandingRegistry.Outcome.FAILED,
                    "cannot write the landed records of " + file.fileName() + ": " + e.getMessage());
            throw e;
        }
    }

    private static String describe(Exception e) {
        String message = e.getMessage();
        return message == null || message.isBlank()
                ? e.getClass().getSimpleName()
                : message.lines().findFirst().orElse(message);
    }

    /**
     * A file whose records do not fit in memory (a field of gigabytes, a workbook that expands
     * without bound) is rejected whole; the big allocation failed, so the rest of the run can go on.
     */
    private void exhaustedMemory(OutOfMemoryError e) {
        source = null;
        acceptedWriter = null;
        quarantineWriter = null;
        refuse("reading the file exhausted the memory (" + e.getMessage() + ") after record " + read
                + ": a record or cell too large to land");
    }

    /**
     * Rejects the file whole, also after its reading came to the end (the last chunk is written after
     * that): a landing is decided only once every record is written. A rejection or failure decided
     * before stands.
     */
    private void refuse(String why) {
        if (outcome == LandingRegistry.Outcome.LANDED) {
            outcome = null;
        }
        decide(LandingRegistry.Outcome.REJECTED, why);
    }

    /** The outcome is decided once: what the file was found to be first stands. */
    private void decide(LandingRegistry.Outcome decided, String why) {
        if (outcome == null) {
            outcome = decided;
            reason = why;
        }
    }

    @Override
    public void close() throws ItemStreamException {
        if (file == null) {
            return;
        }
        try {
            closeWriters();
            String refusal = accepted == 0 ? spec.whyRefusedWithoutAnAcceptedRecord() : null;
            if (outcome == LandingRegistry.Outcome.LANDED && refusal != null) {
                refuse((read == 0
                                ? "the file has its header and no row"
                                : "none of the file's " + read + " rows was accepted (the first, " + firstRejected
                                        + ")")
                        + ": " + refusal);
            }
            switch (outcome == null ? LandingRegistry.Outcome.FAILED : outcome) {
                case REJECTED -> {
                    deleteTemporaries();
                    registry.registerRejected(
                            spec.id(), file.fileName(), file.sha256(), file.sizeBytes(), reason, runId, true);
                    log.warn("Rejected {} ({}): {}", file.fileName(), spec.id(), reason);
                }
                case NOT_TAKEN -> {
                    deleteTemporaries();
                    registry.registerGone(spec.id(), file.fileName(), reason, runId);
                    log.warn(
                            "Not taken: {}/{}/{}: {}",
                            spec.id().source(),
                            spec.id().feed(),
                            file.fileName(),
                            reason);
                }
                case LANDED -> {
                    if (read != accepted + quarantined) {
                        throw new IllegalStateException(file.fileName() + ": read " + read + " != accepted " + accepted
                                + " + quarantined " + quarantined);
                    }
                    Path target = archive.pathFor(file);
                    Files.move(
                            acceptedTemporary,
                            target,
                            StandardCopyOption.ATOMIC_MOVE,
                            StandardCopyOption.REPLACE_EXISTING);
                    registry.registerLanded(
                            file,
                            target,
                            new Counts(read, accepted, quarantined),
                            runId,
                            quarantined > 0 ? quarantineTemporary : null,
                            elapsedSeconds());
                    Files.deleteIfExists(quarantineTemporary);
                    log.info(
                            "Landed {} ({}): {} read, {} accepted, {} quarantined, {} records/s",
                            file.fileName(),
                            spec.id(),
                            read,
                            accepted,
                            quarantined,
                            Math.round(read / Math.max(elapsedSeconds(), 1e-3)));
                }
                default -> {
                    // Failed for a reason outside the file (or the step stopped half-way): the next run tries again.
                    deleteTemporaries();
                    registry.registerFailed(
                            spec.id(),
                            file.fileName(),
                            file.sha256(),
                            reason == null ? "the landing stopped before the end of the file" : reason,
                            runId);
                }
            }
        } catch (IOException e) {
            throw new ItemStreamException("cannot finish landing " + file.path() + ": " + e.getMessage(), e);
        } finally {
            file = null;
        }
    }

    private double elapsedSeconds() {
        return (System.nanoTime() - startedNanos) / 1e9;
    }

    private void closeWriters() throws IOException {
        try (RecordSource<R> openSource = source;
                ParquetRecordWriter<Landed<T>> openAccepted = acceptedWriter;
                ParquetRecordWriter<QuarantinedRecord> openQuarantine = quarantineWriter) {
            source = null;
            acceptedWriter = null;
            quarantineWriter = null;
        }
    }

    private void deleteTemporaries() throws IOException {
        if (acceptedTemporary != null) {
            Files.deleteIfExists(acceptedTemporary);
        }
        if (quarantineTemporary != null) {
            Files.deleteIfExists(quarantineTemporary);
        }
    }

    private void reset() {
        file = null;
        source = null;
        acceptedWriter = null;
        quarantineWriter = null;
        acceptedTemporary = null;
        quarantineTemporary = null;
        outcome = null;
        reason = null;
        firstRejected = null;
        read = 0;
        accepted = 0;
        quarantined = 0;
    }

    /** The feed's columns followed by the lineage columns every landed file carries. */
    public static <T> RecordSchema<Landed<T>> landedSchema(RecordSchema<T> schema) {
        RecordSchema.Builder<Landed<T>> builder = RecordSchema.builder();
        for (RecordSchema.Column<T> column : schema.columns()) {
            builder.column(
                    column.name(),
                    column.type(),
                    column.required(),
                    landed -> column.accessor().apply(landed.record()));
        }
        return builder.string("source_file", true, Landed::sourceFile)
                .localDateTime("delivery_stamp", true, Landed::deliveryStamp)
                .bigint("record_no", true, Landed::recordNo)
                .build();
    }
}
