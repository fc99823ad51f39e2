package no.hdo.dw.warehouse;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Optional;

/**
 * The home's lock ({@code state/nightly.lock}), held by the nightly run that uses the home, taken
 * before anything else starts (Spring, the job repository, DuckDB), so that a second run on the home
 * answers at once, in one line. The operating system drops the lock when the process dies, so a
 * killed run never leaves the home locked; the file stays, with the text of its last holder.
 * {@link #holder} tells the operator's commands ({@code status}, {@code quarantine}) that a run is
 * going on, without waiting for it.
 */
public final class HomeLock implements AutoCloseable {

    /** How long a run waits for the lock (a {@code status} may hold it for a moment to look). */
    private static final long WAIT_MILLIS = 500;

    /**
     * The lock files this process holds. Closing any channel of a file drops every lock the process
     * holds on it (POSIX), so this process never opens a file it holds the lock of.
     */
    private static final java.util.Set<Path> HELD = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;

    private HomeLock(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the lock for a nightly run, or refuses in one line ({@link WarehouseException}: exit 1)
     * when another run holds it. {@code what} is written into the file for the next one to read.
     */
    public static HomeLock acquire(Home home, String what) {
        Path file = home.lockFile();
        long deadline = System.nanoTime() + WAIT_MILLIS * 1_000_000;
        try {
            Files.createDirectories(file.getParent());
            while (true) {
                if (HELD.contains(file)) {
                    if (System.nanoTime() > deadline) {
                        throw inUse(home, file);
                    }
                    Thread.sleep(50);
                    continue;
                }
                FileChannel channel = FileChannel.open(
                        file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
                FileLock lock = tryLock(channel);
                if (lock != null) {
                    channel.truncate(0);
                    channel.write(ByteBuffer.wrap(
                            (what + ", process " + ProcessHandle.current().pid() + ", since "
                                            + Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS) + "\n")
                                    .getBytes(StandardCharsets.UTF_8)));
                    channel.force(false);
                    HELD.add(file);
                    return new HomeLock(file, channel, lock);
                }
                channel.close();
                if (System.nanoTime() > deadline) {
                    throw inUse(home, file);
                }
                Thread.sleep(50);
            }
        } catch (IOException e) {
            throw new WarehouseException("cannot lock the home " + home.root() + ": " + Errors.ioReason(e), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WarehouseException("interrupted while waiting for the lock of the home " + home.root(), e);
        }
    }

    private static WarehouseException inUse(Home home, Path file) {
        return new WarehouseException("the home " + home.root() + " is in use by another nightly run ("
                + lastHolder(file) + "): wait for it to end");
    }

    /**
     * The run holding the home's lock, as its holder wrote it ({@code nightly run for 2026-03-01,
     * process 4711, since ...}), or empty when no run is going on. Takes the lock for a moment to tell.
     */
    public static Optional<String> holder(Home home) {
        Path file = home.lockFile();
        if (HELD.contains(file)) {
            return Optional.of(lastHolder(file));
        }
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock lock = tryLock(channel);
            if (lock != null) {
                lock.release();
                return Optional.empty();
            }
            return Optional.of(lastHolder(file));
        } catch (IOException e) {
            throw new WarehouseException(
                    "cannot read the lock of the home " + home.root() + ": " + Errors.ioReason(e), e);
        }
    }

    /** The lock, or null when another process (or this one) holds it. */
    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException heldHere) {
            return null;
        }
    }

    private static String lastHolder(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8).strip();
            return text.isEmpty() ? "a run that is starting" : text;
        } catch (IOException e) {
            return "its lock file cannot be read: " + Errors.ioReason(e);
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
            HELD.remove(file);
        } catch (IOException e) {
            throw new WarehouseException("cannot release the lock " + channel + ": " + Errors.ioReason(e), e);
        }
    }
}
