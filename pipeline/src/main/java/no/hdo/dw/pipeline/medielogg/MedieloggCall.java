package no.hdo.dw.pipeline.medielogg;

import java.time.Instant;

/**
 * A call seen by the media log, as landed. {@code logged} is false when the call was seen but its
 * recording failed; {@code durationSeconds} may be empty.
 */
public record MedieloggCall(
        String recordingId, String site, String channel, Instant startAt, Long durationSeconds, boolean logged) {}
