package no.hdo.dw.pipeline.landing;

import java.nio.file.Path;
import java.time.LocalDateTime;

/**
 * A file in the inbox that is to be landed: where it is, what it holds (SHA-256) and what its
 * name says (the delivery stamp and, for feeds delivered per period, the period).
 */
public record DeliveredFile(
        FeedId feed,
        Path path,
        String fileName,
        long sizeBytes,
        String sha256,
        LocalDateTime deliveryStamp,
        String period) {}
