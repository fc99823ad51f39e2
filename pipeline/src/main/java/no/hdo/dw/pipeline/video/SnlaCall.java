package no.hdo.dw.pipeline.video;

import java.time.Instant;
import java.time.LocalDateTime;

/**
 * A video call from the SNLA platform, as landed: the local times as delivered and the instants
 * they denote in Europe/Oslo. {@code status} is SNLA's own word ({@code Gjennomført}, ...).
 */
public record SnlaCall(
        String callId,
        LocalDateTime startLocal,
        Instant startAt,
        LocalDateTime endLocal,
        Instant endAt,
        String centre,
        String status) {}
