package no.hdo.dw.pipeline.landing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The landing archive: one Parquet file per landed delivery, in Hive-style folders
 * {@code landing/<source>/<feed>/delivery_month=yyyy-MM/<file name>.parquet}, so any lake engine
 * can read it as it is.
 */
public record LandingArchive(Path root) {

    public Path pathFor(DeliveredFile file) {
        String month = file.deliveryStamp().toLocalDate().toString().substring(0, 7);
        return root.resolve(file.feed().source())
                .resolve(file.feed().feed())
                .resolve("delivery_month=" + month)
                .resolve(file.fileName() + ".parquet");
    }

    /** Deletes the hidden temporary files a run that died while landing left in a feed's folders. */
    public void deleteTemporaries(FeedId feed) {
        Path folder = root.resolve(feed.source()).resolve(feed.feed());
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (java.util.stream.Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.filter(p -> p.getFileName().toString().startsWith(".")
                            && p.toString().endsWith(".tmp"))
                    .toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clear the temporary files under " + folder, e);
        }
    }

    public Path temporaryPathFor(DeliveredFile file, String suffix) {
        Path target = pathFor(file);
        try {
            Files.createDirectories(target.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + target.getParent(), e);
        }
        return target.resolveSibling("." + file.fileName() + "." + suffix + ".tmp");
    }
}
