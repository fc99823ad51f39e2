package no.hdo.dw.feeds;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** An inbox as the senders fill it: {@code <inbox>/<source>/<feed>/<file>}. */
public final class Inbox {

    private Inbox() {}

    /** Writes the bytes to {@code inbox/<source>/<feed>/<fileName>}, making the folders; any bytes, under any name. */
    public static Path deliver(Path inbox, String source, String feed, String fileName, byte[] bytes) {
        try {
            Path folder = Files.createDirectories(inbox.resolve(source).resolve(feed));
            return Files.write(folder.resolve(fileName), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot deliver " + source + "/" + feed + "/" + fileName, e);
        }
    }
}
