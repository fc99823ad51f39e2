package no.hdo.dw.pipeline.landing;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads a delivered file to its end in a process of its own, so that a file which kills the process
 * reading it (a heap it exhausts past every bound, the machine's memory) kills that process, not the
 * night. The landing asks for it for a file an earlier run died on (docs/decisions.md, "A file a run
 * dies on").
 */
@FunctionalInterface
public interface FileTrial {

    /** Why the process that read {@code file} died, or empty if it read the file to its end. */
    Optional<String> deathOf(FeedId feed, Path file);
}
