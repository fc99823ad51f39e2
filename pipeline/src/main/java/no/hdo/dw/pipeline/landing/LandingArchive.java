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
        return root.resolve(file.feed().source()).resolve(file.feed().feed())
                .resolve("delivery_month=" + month).resolve(file.fileName() + ".parquet");
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
